"""The default SEND codebook: 13 areas of weakness, the themes under them, and area evidence.

`DEFAULT_CODEBOOK` is what a new installation starts from and what `themes classify` uses.
Officers edit their own copy in the app; anything built with `Codebook(themes)` works here.
The theme data lives in `theming/data/codebook_themes.py`, the area evidence in
`theming/data/codebook_areas.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from theming.data import codebook_areas
from theming.data.codebook_themes import THEMES
from theming.model import Codebook
from theming.phrases import PhraseMatcher, phrase_terms

AREA_SLUGS: tuple[str, ...] = tuple(slug for slug, _ in codebook_areas.AREAS)
"""The 13 areas of weakness, in the prior order used to break ties between equal evidence."""

AREA_LABELS: dict[str, str] = dict(codebook_areas.AREAS)
"""Each area's name, by slug."""

DEFAULT_CODEBOOK = Codebook(THEMES)


@dataclass(frozen=True)
class AreaKeywords:
    """Area-level evidence: phrases that point clearly at an area, and ones that lean to it."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]


AREA_KEYWORDS: dict[str, AreaKeywords] = {
    slug: AreaKeywords(codebook_areas.STRONG.get(slug, ()), codebook_areas.WEAK.get(slug, ()))
    for slug in AREA_SLUGS
}
"""Keywords for every area, so comments no theme covers still rank all 13 areas."""

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug_for(label: str) -> str:
    """A theme slug made from a label or phrase: "Sensory rooms!" → "sensory-rooms"."""
    return _NOT_SLUG.sub("-", label.lower().replace("'", "").replace("’", "")).strip("-")


def codebook_problems(codebook: Codebook) -> list[str]:
    """What is wrong with a codebook, in plain English; empty when it can be used."""
    problems: list[str] = []
    seen: set[str] = set()
    for theme in codebook.themes:
        name = theme.label or theme.slug
        if not _SLUG.match(theme.slug):
            problems.append(
                f"Theme ‘{name}’ has slug ‘{theme.slug}’: use lower-case letters, numbers and "
                "single hyphens"
            )
        if theme.slug in seen:
            problems.append(f"Theme slug ‘{theme.slug}’ is used more than once")
        seen.add(theme.slug)
        if not theme.label.strip():
            problems.append(f"Theme ‘{theme.slug}’ needs a label")
        if theme.area not in AREA_LABELS:
            problems.append(f"Theme ‘{name}’ is under ‘{theme.area}’, which is not an area")
        problems.extend(
            f"Theme ‘{name}’ has a key phrase with no words: ‘{phrase}’"
            for phrase in theme.phrases
            if not phrase_terms(phrase)
        )
    return problems


STRONG = "strong:"
WEAK = "weak:"
NEUTRAL_KEY = "neutral:"
"""Key prefixes of area keywords and neutral phrases in `CompiledCodebook.matcher`; a key with
no colon is a theme's slug."""


@dataclass(frozen=True)
class CompiledCodebook:
    """A codebook made ready for matching, built once per codebook (see `compiled`)."""

    theme_matcher: PhraseMatcher
    """Every theme's key phrases; each match's key is the theme's slug."""
    matcher: PhraseMatcher
    """Theme phrases (key: slug), area keywords (key: `STRONG` or `WEAK` + area slug) and
    neutral phrases (key: `NEUTRAL_KEY`), found in one pass."""
    area_of: dict[str, str]
    """Each theme's area, by slug."""


_COMPILED: dict[int, tuple[Codebook, CompiledCodebook]] = {}
_COMPILED_MAX = 16


def compiled(codebook: Codebook) -> CompiledCodebook:
    """`codebook` made ready for matching; cached for as long as the same object is used."""
    entry = _COMPILED.get(id(codebook))
    if entry is None or entry[0] is not codebook:
        if len(_COMPILED) >= _COMPILED_MAX:
            del _COMPILED[next(iter(_COMPILED))]
        entry = _COMPILED[id(codebook)] = (codebook, _compile(codebook))
    return entry[1]


def theme_matcher(codebook: Codebook) -> PhraseMatcher:
    """A matcher for every theme's key phrases; each match's key is the theme's slug."""
    return compiled(codebook).theme_matcher


def _compile(codebook: Codebook) -> CompiledCodebook:
    themes = [(theme.slug, phrase) for theme in codebook.themes for phrase in theme.phrases]
    areas = [
        (prefix + area, phrase)
        for area, keywords in AREA_KEYWORDS.items()
        for prefix, phrases in ((STRONG, keywords.strong), (WEAK, keywords.weak))
        for phrase in phrases
    ]
    neutral = [(NEUTRAL_KEY, phrase) for phrase in codebook_areas.NEUTRAL]
    return CompiledCodebook(
        theme_matcher=PhraseMatcher(themes),
        matcher=PhraseMatcher(themes + areas + neutral),
        area_of={theme.slug: theme.area for theme in codebook.themes},
    )
