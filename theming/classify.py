"""Suggest themes and rank the 13 areas for a comment; the JSON-lines stream behind the CLI.

A theme's score combines two kinds of evidence:
- its key phrases found in the comment. Where phrases overlap, the longest wins (of any theme or
  area, see `theming.phrases.longest_only`), and overlapping phrases of one theme count once.
  A phrase of several words counts 1, a single word `SINGLE_WORD`; the phrase score is
  `1 - 0.5 ** evidence` (one phrase 0.5, two 0.75, three 0.875);
- the learner (`theming.learner`): what the codebook, its training comments and human
  decisions say.
They combine as independent evidence: `1 - (1 - phrase score) * (1 - learned score)`.
Themes scoring at least `THRESHOLD` are suggested, best first, at most `MAX_THEMES`.

Areas: each area's evidence is its strong keywords (`STRONG_WEIGHT` a word,
`STRONG_PHRASE_WEIGHT` a phrase), weak keywords (`WEAK_WEIGHT`), its themes' scores (times
`THEME_WEIGHT`) and the learner's area score (times `AREA_LEARNER_WEIGHT`); keywords are in
`theming.codebook.AREA_KEYWORDS`. All 13 areas are listed, best first, ties broken by the prior
order of `AREA_SLUGS`. Comments not in English get no themes (they are listed for a human) but
their areas are still ranked, by keywords alone (so usually in the prior order). An empty
comment gets no themes and an EMPTY list of areas: there is nothing to rank.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from theming.codebook import AREA_SLUGS, DEFAULT_CODEBOOK, STRONG, WEAK, compiled
from theming.learner import Learner, features
from theming.model import Classification, Codebook, ThemeScore
from theming.phrases import PhraseMatch, longest_only, terms
from theming.pipeline import analyse
from theming.redaction import redact
from theming.tokens import words

THRESHOLD = 0.4
"""The lowest score at which a theme is suggested."""

MAX_THEMES = 5
"""The most themes suggested for one comment."""

SINGLE_WORD = 0.6
"""How much a one-word key phrase counts, against 1 for a phrase of several words."""

STRONG_WEIGHT = 1.0
STRONG_PHRASE_WEIGHT = 1.5
WEAK_WEIGHT = 0.3
THEME_WEIGHT = 1.5
AREA_LEARNER_WEIGHT = 3.0
"""Area evidence: per strong keyword (a word; a phrase of several words), per weak keyword, per
unit of theme score, and per unit of the learner's area score (its area scores sum to 1)."""

_PRIOR = {slug: (len(AREA_SLUGS) - rank) * 1e-6 for rank, slug in enumerate(AREA_SLUGS)}
"""A tiny bonus in prior order, so equal evidence is broken the same way every time."""

SCORE_PLACES = 4
"""Decimal places of scores and polarity in the JSON-lines output."""


_DEFAULT_LEARNERS: dict[int, tuple[Codebook, Learner]] = {}


def default_learner(codebook: Codebook) -> Learner:
    """The learner seeded from `codebook` alone, built once per codebook object.

    Do not teach it: build your own `Learner` for human decisions.
    """
    entry = _DEFAULT_LEARNERS.get(id(codebook))
    if entry is None or entry[0] is not codebook:
        if len(_DEFAULT_LEARNERS) >= 4:
            del _DEFAULT_LEARNERS[next(iter(_DEFAULT_LEARNERS))]
        entry = _DEFAULT_LEARNERS[id(codebook)] = (codebook, Learner(codebook))
    return entry[1]


def classify(
    text: str,
    codebook: Codebook = DEFAULT_CODEBOOK,
    learner: Learner | None = None,
    names: Iterable[str] = (),
) -> Classification:
    """Analyse one comment, suggest its themes, rank the areas and redact it.

    `learner` defaults to one seeded from the codebook and the training comments; pass one that
    has learned the humans' decisions. `names` are extra names to redact (schools, staff).
    """
    analysis = analyse(text)
    redacted = redact(analysis.text, names)
    if analysis.is_empty:
        return Classification(analysis, (), (), redacted)
    evidence = Evidence(terms(analysis.text), codebook)
    learner = learner or default_learner(codebook)
    found = features(evidence.text_terms, evidence.theme_matches)
    if analysis.is_english:
        scores = theme_scores(evidence, learner.theme_scores_for(found), codebook)
        learned_areas = learner.area_scores_for(found)
    else:
        scores, learned_areas = {}, {}
    return Classification(
        analysis=analysis,
        themes=suggested_themes(scores, codebook),
        areas=ranked_areas(evidence, scores, learned_areas),
        redacted=redacted,
    )


_Weighted = tuple[str, int, int, float]
"""A match as (key, start, end, weight)."""


class Evidence:
    """The theme phrases and area keywords found in one comment's terms."""

    def __init__(self, text_terms: list[str], codebook: Codebook) -> None:
        ready = compiled(codebook)
        self.text_terms = text_terms
        self.area_of = ready.area_of
        """Each theme's area, by slug."""
        found = ready.matcher.find(text_terms)
        self.theme_matches = [match for match in found if ":" not in match.key]
        """All the theme phrases found, overlapping or not (the learner's features)."""
        themes: list[_Weighted] = []
        areas: list[_Weighted] = []
        for match in longest_only(found):
            area = match.key.partition(":")[2]
            if ":" not in match.key:
                themes.append((match.key, match.start, match.end, _phrase_weight(match)))
            elif match.key.startswith(STRONG):
                areas.append((area, match.start, match.end, _keyword_weight(match)))
            elif match.key.startswith(WEAK):
                areas.append((area, match.start, match.end, WEAK_WEIGHT))
        self.themes = _grouped(themes)
        """Phrase evidence per theme slug."""
        self.areas = _grouped(areas)
        """Keyword evidence per area slug; overlapping keywords of one area count once."""


def theme_scores(
    evidence: Evidence, learned: dict[str, float], codebook: Codebook
) -> dict[str, float]:
    """Every theme's 0–1 score, from its phrases and the learner's theme scores."""
    scores: dict[str, float] = {}
    for theme in codebook.themes:
        phrase_score = 1 - 0.5 ** evidence.themes.get(theme.slug, 0.0)
        scores[theme.slug] = 1 - (1 - phrase_score) * (1 - learned.get(theme.slug, 0.0))
    return scores


def suggested_themes(scores: dict[str, float], codebook: Codebook) -> tuple[ThemeScore, ...]:
    """The themes at or above `THRESHOLD`, best first (ties by codebook order), at most five."""
    chosen = sorted(
        (theme for theme in codebook.themes if scores.get(theme.slug, 0.0) >= THRESHOLD),
        key=lambda theme: -scores[theme.slug],
    )[:MAX_THEMES]
    return tuple(
        ThemeScore(theme.slug, theme.label, theme.area, scores[theme.slug]) for theme in chosen
    )


def ranked_areas(
    evidence: Evidence, scores: dict[str, float], learned: dict[str, float]
) -> tuple[str, ...]:
    """All 13 area slugs, best first, from keywords, theme scores and the learner."""
    total = dict(_PRIOR)
    for area, weight in evidence.areas.items():
        total[area] += weight
    for slug, score in scores.items():
        area = evidence.area_of.get(slug)
        if area in total:
            total[area] += THEME_WEIGHT * score
    for area, score in learned.items():
        if area in total:
            total[area] += AREA_LEARNER_WEIGHT * score
    return tuple(sorted(AREA_SLUGS, key=lambda area: -total[area]))


def _phrase_weight(match: PhraseMatch) -> float:
    return 1.0 if match.size > 1 else SINGLE_WORD


def _keyword_weight(match: PhraseMatch) -> float:
    return STRONG_PHRASE_WEIGHT if match.size > 1 else STRONG_WEIGHT


def _grouped(weighted: list[_Weighted]) -> dict[str, float]:
    """Evidence per key: overlapping matches of one key form a group worth its best weight."""
    groups: dict[str, list[tuple[int, float]]] = {}
    for key, start, end, weight in sorted(weighted, key=lambda item: item[1]):
        key_groups = groups.setdefault(key, [])
        if key_groups and start < key_groups[-1][0]:
            group_end, best = key_groups[-1]
            key_groups[-1] = (max(group_end, end), max(best, weight))
        else:
            key_groups.append((end, weight))
    return {key: sum(weight for _, weight in found) for key, found in groups.items()}


def classify_stream(lines: Iterable[str], codebook: Codebook = DEFAULT_CODEBOOK) -> Iterator[str]:
    """One JSON line out for every line in, in order, for `flask themes classify`.

    Each input line is a JSON object {"id": ..., "text": "..."}. The output line is
    {"id", "themes": [{"slug", "label", "score"}], "areas", "sentiment": {"polarity", "label"},
    "noun_phrases", "redacted"}. A line that cannot be read gives {"id": ..., "error": "line N:
    ..."} (the id when it could be read, else null) and the stream goes on. Noun phrases that
    contain anything the redaction removed are left out, so personal details never leak.
    """
    learner = default_learner(codebook)
    for number, line in enumerate(lines, start=1):
        try:
            comment_id, text = _read_line(line)
        except _LineError as error:
            yield _dumps({"id": error.comment_id, "error": f"line {number}: {error}"})
            continue
        yield _dumps(_output(comment_id, classify(text, codebook, learner)))


class _LineError(ValueError):
    def __init__(self, message: str, comment_id: object = None) -> None:
        super().__init__(message)
        self.comment_id = comment_id


def _read_line(line: str) -> tuple[object, str]:
    if not line.strip():
        raise _LineError('empty line; expected a JSON object like {"id": 1, "text": "..."}')
    try:
        data = json.loads(line)
    except ValueError:
        raise _LineError(
            'not valid JSON; expected an object like {"id": 1, "text": "..."}'
        ) from None
    if not isinstance(data, dict):
        raise _LineError('expected a JSON object like {"id": 1, "text": "..."}')
    comment_id = data.get("id")
    if isinstance(comment_id, (dict, list)):
        raise _LineError('"id" must be a string or a number')
    if "text" not in data:
        raise _LineError('"text" is missing', comment_id)
    if not isinstance(data["text"], str):
        raise _LineError('"text" must be a string', comment_id)
    return comment_id, data["text"]


def _output(comment_id: object, result: Classification) -> dict[str, object]:
    sentiment = result.analysis.sentiment
    return {
        "id": comment_id,
        "themes": [
            {"slug": theme.slug, "label": theme.label, "score": round(theme.score, SCORE_PLACES)}
            for theme in result.themes
        ],
        "areas": list(result.areas),
        "sentiment": {
            "polarity": round(sentiment.polarity, SCORE_PLACES),
            "label": sentiment.label.value,
        },
        "noun_phrases": _shown_noun_phrases(result),
        "redacted": result.redacted,
    }


def _shown_noun_phrases(result: Classification) -> list[str]:
    """The noun phrases whose every word survived redaction."""
    kept = set(words(result.redacted))
    return [phrase for phrase in result.analysis.noun_phrases if set(words(phrase)) <= kept]


def _dumps(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False)
