"""Emerging themes: frequent noun phrases the codebook does not cover, with examples."""

from __future__ import annotations

from theming.emerging import emerging_themes
from theming.model import EmergingTheme, Sentiment, SentimentLabel, TextAnalysis
from theming.pipeline import analyse

NEUTRAL = Sentiment(0.0, SentimentLabel.NEUTRAL)


def analysed(*noun_phrases: str, language: str = "en") -> TextAnalysis:
    text = "; ".join(noun_phrases) or ""
    return TextAnalysis(text, False, (), noun_phrases, NEUTRAL, language, language == "en")


def test_a_frequent_uncovered_phrase_emerges_with_count_and_first_three_examples() -> None:
    comments = [
        ("first", analysed("sensory room", "sensory room")),
        ("second", analysed("sensory rooms")),
        ("third", analysed("sensory room")),
        ("fourth", analysed("Sensory room")),
    ]
    assert emerging_themes(comments) == [
        EmergingTheme("sensory room", 4, ("first", "second", "third"))
    ]


def test_phrases_the_codebook_covers_do_not_emerge() -> None:
    comments = [
        (str(n), analysed("speech therapy", "named contact", "annual reviews", "lunch club"))
        for n in range(5)
    ]
    assert emerging_themes(comments) == []


def test_everyday_phrases_do_not_emerge() -> None:
    comments = [(str(n), analysed("child", "school", "lot", "time", "my son")) for n in range(5)]
    assert emerging_themes(comments) == []


def test_phrases_in_fewer_comments_than_the_minimum_do_not_emerge() -> None:
    comments = [("a", analysed("fidget toys")), ("b", analysed("fidget toy"))]
    assert emerging_themes(comments) == []
    assert emerging_themes(comments, min_count=2) == [EmergingTheme("fidget toy", 2, ("a", "b"))]


def test_most_frequent_first_then_alphabetical_and_at_most_the_limit() -> None:
    comments = [
        ("1", analysed("fidget toys", "sensory room", "ear defenders")),
        ("2", analysed("fidget toys", "sensory room", "ear defenders")),
        ("3", analysed("fidget toys", "sensory room", "ear defenders")),
        ("4", analysed("fidget toys")),
    ]
    found = emerging_themes(comments, limit=2)
    assert [(theme.phrase, theme.count) for theme in found] == [
        ("fidget toys", 4),
        ("ear defenders", 3),
    ]


def test_empty_and_non_english_comments_are_skipped() -> None:
    comments = [(str(n), analysed("fidget toys", language="ur")) for n in range(5)]
    comments += [("empty", analysed())] * 5
    assert emerging_themes(comments) == []


def test_family_words_are_not_emerging_themes():
    texts = [
        "My stepdaughter waited a year for the sensory room.",
        "Our grandson loved the sensory room.",
        "The sensory room helped my nephew and my stepdaughter.",
    ]
    found = emerging_themes([(text, analyse(text)) for text in texts], min_count=2)
    phrases = [theme.phrase for theme in found]
    assert "sensory room" in phrases
    assert not {"stepdaughter", "grandson", "nephew"} & set(phrases)
