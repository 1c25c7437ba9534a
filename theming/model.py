"""The theming contract: plain, immutable data passed between the pure theming modules and the app.

Nothing in `theming/` knows about Flask or the database. The web app stores what these produce
(see `feedback/analysis/`) and hands human decisions back to the classifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SentimentLabel(StrEnum):
    """How a comment or sentence feels overall."""

    NEGATIVE = "negative"
    MIXED = "mixed"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


@dataclass(frozen=True)
class Sentiment:
    """Polarity from -1 (negative) to 1 (positive), with its label."""

    polarity: float
    label: SentimentLabel


@dataclass(frozen=True)
class SentenceAnalysis:
    """One sentence of a comment and how it feels."""

    text: str
    sentiment: Sentiment


@dataclass(frozen=True)
class TextAnalysis:
    """What the language pipeline finds in one comment (`theming.pipeline.analyse`).

    `text` is the comment as analysed: cleaned and capped (`truncated` says it was cut).
    `is_english` False means the comment is left unthemed and listed for a human.
    """

    text: str
    truncated: bool
    sentences: tuple[SentenceAnalysis, ...]
    noun_phrases: tuple[str, ...]
    sentiment: Sentiment
    language: str
    is_english: bool

    @property
    def is_empty(self) -> bool:
        """True for a blank or whitespace-only comment."""
        return not self.text


@dataclass(frozen=True)
class Theme:
    """A theme of the codebook, under one of the 13 areas of weakness (`area` is its slug).

    `phrases` are key phrases; a match counts even when negated ("no named contact" is about
    a named contact). `examples` are example comments, shown to officers and used for training.
    """

    slug: str
    label: str
    area: str
    description: str = ""
    phrases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    """The themes comments are coded against: shared across surveys and waves."""

    themes: tuple[Theme, ...]

    def theme(self, slug: str) -> Theme:
        """The theme with `slug`; KeyError if there is none."""
        for theme in self.themes:
            if theme.slug == slug:
                return theme
        raise KeyError(slug)


@dataclass(frozen=True)
class ThemeScore:
    """A suggested theme for a comment with a confidence from 0 to 1."""

    slug: str
    label: str
    area: str
    score: float


@dataclass(frozen=True)
class Classification:
    """Everything `theming.classify` says about one comment."""

    analysis: TextAnalysis
    themes: tuple[ThemeScore, ...]
    areas: tuple[str, ...]
    redacted: str


@dataclass(frozen=True)
class EmergingTheme:
    """A frequent noun phrase the codebook does not cover, with up to three example comments."""

    phrase: str
    count: int
    examples: tuple[str, ...]
