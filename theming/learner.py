"""An online naive Bayes model of how comments are coded, so corrections count at once.

Features of a comment: its content words (folded, see `theming.phrases`), pairs of neighbouring
content words, and the codebook phrases it contains. Each feature counts once per comment.
Two multinomial naive Bayes models share them: one over the themes (plus a "no theme" class for
comments a human coded with none; a comment with several themes counts for each), and one over
the 13 areas (a comment counts for the areas of its themes).

The models start from the codebook: each theme's example comments, one note made of its label,
description and key phrases, and each area's keywords; then the training comments shipped in
`theming/data/codebook_training.py` (all weigh `SEED_WEIGHT`). A human decision weighs
`HUMAN_WEIGHT`. `learn` and `forget` touch only the features of one comment, so a correction
changes the very next suggestion, and `forget` exactly undoes a `learn` with the same arguments.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence

from theming.codebook import AREA_KEYWORDS, DEFAULT_CODEBOOK, theme_matcher
from theming.data.codebook_training import TRAINING_COMMENTS
from theming.model import Codebook, Theme
from theming.phrases import BOUNDARY, PhraseMatch, is_negator, stem, terms

SEED_WEIGHT = 1
"""How much each codebook example, theme note, area note and training comment counts."""

HUMAN_WEIGHT = 3
"""How much one human decision counts, compared with a codebook example."""

SMOOTHING = 0.5
"""Additive (Lidstone) smoothing of feature counts."""

THEME_TEMPERATURE = 2.0
AREA_TEMPERATURE = 2.0
"""Soften the models' over-confident odds into usable 0–1 scores (chosen by cross-validation
on the training comments)."""

NO_THEME = ""
"""The class of comments a human coded with no theme."""

NO_THEME_SEEDS = (
    "No comment.",
    "Nothing to add, thank you.",
    "N/A",
    "Not applicable to us.",
    "No further comments at this time.",
)
"""Comments that carry no theme, so that empty remarks pull towards no suggestion."""

_STOPWORDS = frozenset(
    stem(word)
    for word in (
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with",
        "by", "from", "up", "about", "into", "over", "after", "as", "is", "are", "was", "were",
        "be", "been", "being", "am", "it", "its", "this", "that", "these", "those", "there",
        "here", "then", "than", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
        "his", "she", "her", "they", "them", "their", "what", "which", "who", "whom", "whose",
        "when", "where", "why", "how", "all", "any", "both", "each", "more", "most", "other",
        "some", "such", "own", "same", "so", "very", "can", "will", "should", "now", "has",
        "have", "had", "do", "does", "did", "would", "could", "also", "get", "got", "because",
        "really", "even", "much", "many", "one", "just", "only", "again", "ever", "yet",
        "still", "well",
    )
)  # fmt: skip

Features = frozenset[str]


def features(text_terms: Sequence[str], matches: Iterable[PhraseMatch]) -> Features:
    """The features of a comment from its terms (`phrases.terms`) and its phrase matches."""
    found: set[str] = {f"@{match.phrase}" for match in matches}
    previous = ""
    for term in text_terms:
        if term == BOUNDARY or term in _STOPWORDS or is_negator(term) or len(term) < 2:
            previous = "" if term == BOUNDARY else previous
            continue
        found.add(term)
        if previous:
            found.add(f"{previous} {term}")
        previous = term
    return frozenset(found)


class NaiveBayes:
    """Multinomial naive Bayes with integer weights, so every update can be undone exactly."""

    def __init__(self, temperature: float = 1.0) -> None:
        self.temperature = temperature
        self._documents: dict[str, int] = {}
        self._totals: dict[str, int] = {}
        self._counts: dict[str, dict[str, int]] = {}
        self._base: dict[str, tuple[float, float]] | None = None

    def add(self, found: Features, classes: Iterable[str], weight: int) -> None:
        """Count the features `found` for each class, `weight` times (negative to take away)."""
        self._base = None
        for cls in classes:
            self._documents[cls] = self._documents.get(cls, 0) + weight
            self._totals[cls] = self._totals.get(cls, 0) + weight * len(found)
            for feature in found:
                by_class = self._counts.setdefault(feature, {})
                count = by_class.get(cls, 0) + weight
                if count:
                    by_class[cls] = count
                    _log_ratio(count)
                else:
                    del by_class[cls]
                    if not by_class:
                        del self._counts[feature]
            if not self._documents[cls]:
                del self._documents[cls]
                del self._totals[cls]

    def holds(self, found: Features, classes: Iterable[str], weight: int) -> bool:
        """True if `add(found, classes, weight)` could have happened: it can be taken away."""
        return all(
            self._documents.get(cls, 0) >= weight
            and all(self._counts.get(feature, {}).get(cls, 0) >= weight for feature in found)
            for cls in classes
        )

    def posterior(self, found: Features) -> dict[str, float]:
        """Each class's probability for features `found`, softened by the temperature."""
        base = self._base if self._base is not None else self._bases()
        if not base:
            return {}
        counts = self._counts
        known = [counts[feature] for feature in found if feature in counts]
        log_odds = {cls: prior - len(known) * norm for cls, (prior, norm) in base.items()}
        ratios = _LOG_RATIOS
        for by_class in known:
            for cls, count in by_class.items():
                log_odds[cls] += ratios[count]
        best = max(log_odds.values())
        weights = {
            cls: math.exp((value - best) / self.temperature) for cls, value in log_odds.items()
        }
        total = sum(weights.values())
        return {cls: weight / total for cls, weight in weights.items()}

    def _bases(self) -> dict[str, tuple[float, float]]:
        """Per class: the log prior, and the log normaliser each known feature costs."""
        all_documents = sum(self._documents.values())
        smoothing_total = SMOOTHING * len(self._counts)
        self._base = {
            cls: (
                math.log(documents / all_documents),
                math.log((self._totals[cls] + smoothing_total) / SMOOTHING),
            )
            for cls, documents in self._documents.items()
        }
        return self._base


_LOG_RATIOS: list[float] = []


def _log_ratio(count: int) -> float:
    """log((count + SMOOTHING) / SMOOTHING), remembered in `_LOG_RATIOS` for every count so
    far: counts are whole numbers, mostly small."""
    while len(_LOG_RATIOS) <= count:
        _LOG_RATIOS.append(math.log((len(_LOG_RATIOS) + SMOOTHING) / SMOOTHING))
    return _LOG_RATIOS[count]


class Learner:
    """Theme and area scores learned from the codebook, training comments and human decisions.

    Slugs that are not themes of the codebook (a retired theme, say) are ignored.
    """

    def __init__(
        self,
        codebook: Codebook = DEFAULT_CODEBOOK,
        decisions: Iterable[tuple[str, Collection[str]]] = (),
    ) -> None:
        """A learner seeded from `codebook`, then taught every (text, slugs) human decision."""
        self._matcher = theme_matcher(codebook)
        self._areas_of = {theme.slug: theme.area for theme in codebook.themes}
        self._themes = NaiveBayes(THEME_TEMPERATURE)
        self._areas = NaiveBayes(AREA_TEMPERATURE)
        for theme in codebook.themes:
            for text in (_theme_note(theme), *theme.examples):
                self._teach(text, (theme.slug,), (theme.area,), SEED_WEIGHT)
        for area, keywords in AREA_KEYWORDS.items():
            self._areas.add(self.features(". ".join(keywords.strong)), (area,), SEED_WEIGHT)
        for text, slugs, area in TRAINING_COMMENTS:
            known = self._known(slugs)
            self._teach(text, known or (NO_THEME,), (area,), SEED_WEIGHT)
        for text in NO_THEME_SEEDS:
            self._themes.add(self.features(text), (NO_THEME,), SEED_WEIGHT)
        for text, slugs in decisions:
            self.learn(text, slugs)

    def features(self, text: str) -> Features:
        """The features the learner sees in `text`."""
        text_terms = terms(text)
        return features(text_terms, self._matcher.find(text_terms))

    def learn(self, text: str, slugs: Collection[str], weight: int = HUMAN_WEIGHT) -> None:
        """Learn that a human coded `text` with `slugs` (none at all is a decision too)."""
        themes, areas = self._classes(slugs)
        self._teach(text, themes, areas, weight)

    def forget(self, text: str, slugs: Collection[str], weight: int = HUMAN_WEIGHT) -> None:
        """Undo `learn(text, slugs, weight)` exactly, e.g. when a human changes their mind.

        ValueError if that decision was never learned; the learner is then left unchanged.
        """
        found = self.features(text)
        themes, areas = self._classes(slugs)
        learned = self._themes.holds(found, themes, weight) and self._areas.holds(
            found, areas, weight
        )
        if not learned:
            raise ValueError("That decision was not learned, so it cannot be forgotten")
        self._themes.add(found, themes, -weight)
        self._areas.add(found, areas, -weight)

    def scores(self, text: str) -> dict[str, float]:
        """A 0–1 score for every theme, by slug."""
        return self.theme_scores_for(self.features(text))

    def theme_scores_for(self, found: Features) -> dict[str, float]:
        """Theme scores for features already worked out (see `features`)."""
        posterior = self._themes.posterior(found)
        return {slug: score for slug, score in posterior.items() if slug in self._areas_of}

    def area_scores_for(self, found: Features) -> dict[str, float]:
        """A 0–1 score for each area (they sum to 1), for features already worked out."""
        return self._areas.posterior(found)

    def _teach(self, text: str, themes: Sequence[str], areas: Sequence[str], weight: int) -> None:
        found = self.features(text)
        self._themes.add(found, themes, weight)
        self._areas.add(found, areas, weight)

    def _known(self, slugs: Collection[str]) -> tuple[str, ...]:
        return tuple(sorted({slug for slug in slugs if slug in self._areas_of}))

    def _classes(self, slugs: Collection[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The theme classes and area classes a human decision counts for."""
        if not slugs:
            return (NO_THEME,), ()
        known = self._known(slugs)
        return known, tuple(sorted({self._areas_of[slug] for slug in known}))


def _theme_note(theme: Theme) -> str:
    """A theme's label, description and key phrases as one training note."""
    return ". ".join((theme.label, theme.description, *theme.phrases))
