"""Emerging themes: frequent noun phrases the codebook does not cover yet.

A noun phrase (from `theming.pipeline.analyse`) is covered when one of the codebook's key
phrases occurs in it, or when all its words are words of one theme's label and key phrases.
Phrases made only of everyday words ("child", "school", "time", "lot") are ignored. Forms that
fold to the same words ("sensory room", "sensory rooms") count as one phrase, shown in the form
used most. A phrase's count is the number of distinct comments it appears in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from theming.codebook import DEFAULT_CODEBOOK, theme_matcher
from theming.model import Codebook, EmergingTheme, TextAnalysis
from theming.phrases import phrase_terms, stem

EXAMPLES = 3
"""How many example comments each emerging theme keeps."""

_EVERYDAY = frozenset(
    stem(word)
    for word in (
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "my", "our",
        "his", "her", "their", "your", "this", "that", "these", "those", "some", "any", "all",
        "child", "children", "son", "daughter", "kid", "kids", "boy", "girl", "baby", "parent",
        "parents", "mum", "dad", "mother", "father", "carer", "family", "families", "people",
        "stepson", "stepdaughter", "grandson", "granddaughter", "grandchild", "nephew", "niece",
        "brother", "sister", "sibling", "siblings", "twins", "husband", "wife", "partner",
        "grandparent", "grandparents", "nan", "grandma", "grandad", "teenager", "toddler",
        "person", "someone", "everyone", "anyone", "school", "schools", "thing", "things", "lot",
        "lots", "time", "times", "year", "years", "month", "months", "week", "weeks", "day",
        "days", "way", "ways", "bit", "help", "support", "issue", "issues", "problem",
        "problems", "need", "needs", "everything", "anything", "something", "nothing", "home",
        "life", "service", "services", "place", "part", "end", "point", "moment", "fact",
        "reason", "question", "answer", "send", "sen", "area", "council", "today", "now",
    )
)  # fmt: skip
"""Words too everyday to make a theme on their own."""


def emerging_themes(
    comments: Iterable[tuple[str, TextAnalysis]],
    codebook: Codebook = DEFAULT_CODEBOOK,
    min_count: int = 3,
    limit: int = 20,
) -> list[EmergingTheme]:
    """Noun phrases in at least `min_count` comments that `codebook` does not cover.

    Each comment is (how to show it, its analysis): the first element is returned as it is in
    `examples`, so pass the redacted text (or a reference) you want shown. Examples are the
    first three comments seen with the phrase. Empty and non-English comments are skipped.
    Sorted by count (most first), then phrase; at most `limit`.
    """
    coverage = _Coverage(codebook)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    for shown, analysis in comments:
        if analysis.is_empty or not analysis.is_english:
            continue
        seen: set[str] = set()
        for phrase in analysis.noun_phrases:
            key = coverage.uncovered_key(phrase)
            if key is None or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            forms.setdefault(key, Counter())[phrase.strip().lower()] += 1
            found = examples.setdefault(key, [])
            if len(found) < EXAMPLES:
                found.append(shown)
    emerging = [
        EmergingTheme(_most_used(forms[key]), count, tuple(examples[key]))
        for key, count in counts.items()
        if count >= min_count
    ]
    emerging.sort(key=lambda theme: (-theme.count, theme.phrase))
    return emerging[:limit]


class _Coverage:
    """Decides, once per distinct phrase, whether the codebook covers it."""

    def __init__(self, codebook: Codebook) -> None:
        self._matcher = theme_matcher(codebook)
        self._vocabularies = [
            {term for text in (theme.label, *theme.phrases) for term in phrase_terms(text)}
            for theme in codebook.themes
        ]
        self._decided: dict[str, str | None] = {}

    def uncovered_key(self, phrase: str) -> str | None:
        """The phrase's folded form if it could be a new theme; None if covered or everyday."""
        if phrase not in self._decided:
            self._decided[phrase] = self._decide(phrase)
        return self._decided[phrase]

    def _decide(self, phrase: str) -> str | None:
        folded = phrase_terms(phrase)
        content = {term for term in folded if term not in _EVERYDAY and not term.isdigit()}
        if not content or all(len(term) < 3 for term in content):
            return None
        if self._matcher.find(folded):
            return None
        if any(content <= vocabulary for vocabulary in self._vocabularies):
            return None
        return " ".join(folded)


def _most_used(forms: Counter[str]) -> str:
    """The form used most; ties go to the alphabetically first, so results are stable."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
