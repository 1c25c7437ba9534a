"""Sentiment from pattern's English lexicon, the one TextBlob's `PatternAnalyzer` uses.

The lexicon scores opinion words ("good" 0.7, "awful" -1.0), reads "not"/"n't"/"never" before a
word as a negation and "very"-style adverbs as intensifiers, and averages what it found.
We call it on tokens we already have (see `theming.tokens.sentence_tokens`), rather than through
`PatternAnalyzer.analyze`, which re-tokenises the text (splitting "isn't" so that the negation is
lost) and builds a new namedtuple class on every call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from textblob import _text as pattern_text
from textblob.en import sentiment as _pattern_sentiment

from theming.model import Sentiment, SentimentLabel
from theming.tokens import word_set

CLEAR = 0.1
"""Polarity at or beyond ±CLEAR is clearly positive or negative; in between is neutral."""

NEUTRAL = Sentiment(0.0, SentimentLabel.NEUTRAL)


NEUTRAL_WORDS = word_set(
    """more most mostly much many primary own real direct full local social educational regular
    far supporting sure down whole special"""
)
"""Words pattern scores as opinions that, in SEND comments, are not: "more support" is a
request, "primary school" a phase, "make sure" an instruction. They score 0 here."""

DOMAIN_POLARITY = {
    **dict.fromkeys(
        word_set(
            """delay delays delayed chase chasing chased refused ignored unanswered stuck
            struggle struggles struggling struggled battle battling fight fighting meltdown
            meltdowns anxiety hurt lack lacking shortage"""
        ),
        -0.4,
    ),
    **dict.fromkeys(
        word_set(
            """wait waits waited waiting nobody nothing stretched bounced excluded exclusion
            rarely cut cuts"""
        ),
        -0.3,
    ),
    **dict.fromkeys(word_set("difference explained informed sorted faster"), 0.3),
    **dict.fromkeys(
        word_set(
            """helpful helped helps listened listens listening understood understands supported
            responsive easier improved improving thank thanks thankful grateful quicker
            clearer smoother"""
        ),
        0.4,
    ),
    **dict.fromkeys(word_set("loves transformed"), 0.5),
    **dict.fromkeys(word_set("thrive thrived thriving lifeline"), 0.6),
}
"""Opinion words of SEND comments that pattern's lexicon lacks (it has no "helpful", "waiting"
or "refused"), with polarities on pattern's scale. Complaints in this field are mostly
factual ("We have been waiting 14 months"), so without these most read as neutral."""
_DOMAIN_SUBJECTIVITY = 0.6


class _Lexicon(dict):
    """pattern's sentiment lexicon copied into a plain dict, which is several times faster to
    look words up in than pattern's lazily loaded one, with `NEUTRAL_WORDS` and
    `DOMAIN_POLARITY` applied and "without" read as a negation ("without having to chase");
    scored by pattern's own algorithm (`assessments`)."""

    assessments = pattern_text.Sentiment.assessments

    def __init__(self, source: pattern_text.Sentiment) -> None:
        super().__init__(source)
        for word in NEUTRAL_WORDS:
            self[word] = {tag: (0.0, 0.0, *scores[2:]) for tag, scores in self[word].items()}
        for word, polarity in DOMAIN_POLARITY.items():
            self[word] = {None: (polarity, _DOMAIN_SUBJECTIVITY, 1.0)}
        self.labeler = source.labeler
        self.negations = (*source.negations, "without")
        self.modifiers = source.modifiers
        self.modifier = source.modifier


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(_pattern_sentiment)


def opinion_scores(tokens: Iterable[str]) -> list[float]:
    """The polarity of each opinion word in one sentence's `tokens`, after negations and
    intensifiers ("not good", "very good").

    Their mean is the sentence's polarity as `PatternAnalyzer` computes it, but for the SEND
    words above.
    """
    lowered = ((token.lower(), None) for token in tokens)
    return [polarity for _, polarity, _, _ in _lexicon().assessments(lowered)]


def polarity_of(scores: Sequence[float]) -> float:
    """The mean of opinion-word `scores`, rounded to three places; 0.0 when there are none."""
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def label_for(polarity: float, sentence_polarities: Iterable[float] = ()) -> SentimentLabel:
    """The label for a comment with `polarity` whose sentences have `sentence_polarities`.

    Mixed when at least one sentence is clearly positive and another clearly negative; otherwise
    positive or negative when the overall polarity is clearly so; otherwise neutral.
    """
    polarities = list(sentence_polarities)
    if any(p >= CLEAR for p in polarities) and any(p <= -CLEAR for p in polarities):
        return SentimentLabel.MIXED
    if polarity >= CLEAR:
        return SentimentLabel.POSITIVE
    if polarity <= -CLEAR:
        return SentimentLabel.NEGATIVE
    return SentimentLabel.NEUTRAL


def sentiment_of(scores: Sequence[float], sentence_polarities: Iterable[float] = ()) -> Sentiment:
    """The `Sentiment` of text with opinion-word `scores` (and, for a comment, its sentences')."""
    polarity = polarity_of(scores)
    return Sentiment(polarity, label_for(polarity, sentence_polarities))
