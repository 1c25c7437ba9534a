"""The language pipeline: what `analyse` finds in a comment, and how it copes with bad input."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob.en.sentiments import PatternAnalyzer

from theming.model import SentimentLabel
from theming.pipeline import COMMENT_MAX, analyse
from theming.sentiment import label_for
from theming.tokens import sentence_tokens, words


def sentence_texts(text: str) -> list[str]:
    return [sentence.text for sentence in analyse(text).sentences]


def test_sentences_do_not_end_at_titles_or_abbreviations():
    text = (
        "Dr. Okafor saw him on Monday, e.g. for the autism assessment. "
        "Mrs. Patel said the plan was late etc. and nothing happened. Why?"
    )
    assert sentence_texts(text) == [
        "Dr. Okafor saw him on Monday, e.g. for the autism assessment.",
        "Mrs. Patel said the plan was late etc. and nothing happened.",
        "Why?",
    ]


def test_each_line_of_a_list_is_its_own_sentence():
    text = "What would help:\n- a named contact\n- shorter waits\n\nThanks"
    assert sentence_texts(text) == [
        "What would help:",
        "- a named contact",
        "- shorter waits",
        "Thanks",
    ]


def test_noun_phrases_are_lower_case_without_determiners_or_possessives():
    analysis = analyse(
        "We need a named contact. The annual review was cancelled and my son's "
        "speech and language therapy stopped. Our waiting list is huge."
    )
    assert analysis.noun_phrases == (
        "named contact",
        "annual review",
        "son",
        "speech and language therapy",
        "waiting list",
    )


def test_noun_phrases_leave_out_pronouns_numbers_vague_nouns_and_people():
    analysis = analyse(
        "I told them 3 times. We waited 15 months for it. Things are better. "
        "Mrs Patel and Callum Reeves came to the EHC review."
    )
    assert analysis.noun_phrases == ("ehc review",)


def test_long_noun_phrases_keep_their_last_four_words():
    analysis = analyse("The new local authority SEND transport eligibility policy is unfair.")
    assert analysis.noun_phrases == ("send transport eligibility policy",)


def test_a_noun_phrase_is_listed_once_per_comment():
    analysis = analyse("The named contact left. Now we have no named contact at all.")
    assert analysis.noun_phrases == ("named contact",)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The SENCO is brilliant and really helpful.", SentimentLabel.POSITIVE),
        ("The waiting list is awful. We feel ignored.", SentimentLabel.NEGATIVE),
        ("The SENCO is brilliant. The waiting list is awful.", SentimentLabel.MIXED),
        ("We moved to the area in 2023.", SentimentLabel.NEUTRAL),
    ],
)
def test_comments_are_labelled_by_how_they_feel(text, label):
    assert analyse(text).sentiment.label == label


def test_every_sentence_has_its_own_sentiment():
    analysis = analyse("The SENCO is brilliant. The waiting list is awful. We moved here in 2023.")
    labels = [sentence.sentiment.label for sentence in analysis.sentences]
    assert labels == [SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL]


def test_sentiment_reads_contracted_negations_which_textblob_misses():
    text = "The new school isn't good."
    assert PatternAnalyzer().analyze(text).polarity > 0
    assert analyse(text).sentiment.label == SentimentLabel.NEGATIVE


def test_sentence_polarity_matches_pattern_analyzer_on_plain_english():
    text = "The staff are kind and the new building is very good!"
    expected = round(PatternAnalyzer().analyze(text).polarity, 3)
    assert analyse(text).sentences[0].sentiment.polarity == expected


def test_comment_polarity_is_the_mean_of_all_its_opinion_words():
    analysis = analyse("It is good. It is bad. Very good staff and good teachers.")
    sentence_polarities = [sentence.sentiment.polarity for sentence in analysis.sentences]
    assert analysis.sentiment.polarity > sum(sentence_polarities) / len(sentence_polarities)


@pytest.mark.parametrize(
    ("polarity", "sentences", "label"),
    [
        (0.5, [0.5], SentimentLabel.POSITIVE),
        (-0.1, [-0.1], SentimentLabel.NEGATIVE),
        (0.09, [0.09, 0.0], SentimentLabel.NEUTRAL),
        (0.3, [0.8, -0.2], SentimentLabel.MIXED),
        (0.0, [], SentimentLabel.NEUTRAL),
    ],
)
def test_label_for(polarity, sentences, label):
    assert label_for(polarity, sentences) == label


def test_text_is_cleaned_of_control_characters_and_extra_whitespace():
    analysis = analyse("  Too\x00 long\t\twait.\r\n\r\n\r\n\r\nNo  help.\x07  ")
    assert analysis.text == "Too long wait.\n\nNo help."
    assert not analysis.truncated


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n", "\x00\x01"])
def test_blank_comments_give_an_empty_neutral_analysis(text):
    analysis = analyse(text)
    assert analysis.is_empty
    assert analysis.text == ""
    assert analysis.sentences == ()
    assert analysis.noun_phrases == ()
    assert analysis.sentiment.polarity == 0.0
    assert analysis.sentiment.label == SentimentLabel.NEUTRAL
    assert analysis.language == "und"
    assert analysis.is_english


def test_a_100000_character_comment_is_capped_quickly_at_a_word_boundary():
    text = "The transport never arrives on time. " * 2703
    assert len(text) > 100_000
    started = time.perf_counter()
    analysis = analyse(text)
    assert time.perf_counter() - started < 5
    assert analysis.truncated
    assert len(analysis.text) <= COMMENT_MAX
    assert text.startswith(analysis.text)
    assert analysis.text.endswith(("time.", "transport", "never", "arrives", "on", "The"))


def test_a_comment_of_exactly_the_limit_is_not_truncated():
    analysis = analyse("a" * COMMENT_MAX)
    assert not analysis.truncated
    assert len(analysis.text) == COMMENT_MAX


def test_emoji_are_kept_and_do_not_become_noun_phrases():
    analysis = analyse("Brilliant support from the SENCO 😀👍🏽 ❤️")
    assert analysis.text == "Brilliant support from the SENCO 😀👍🏽 ❤️"
    assert analysis.is_english
    assert analysis.sentiment.label == SentimentLabel.POSITIVE
    assert analysis.noun_phrases == ("brilliant support", "senco")


def test_emoji_only_comments_are_not_flagged_as_another_language():
    analysis = analyse("👍👍")
    assert analysis.language == "und"
    assert analysis.is_english


@pytest.mark.parametrize("text", ["_", "...", "-", "?!"])
def test_punctuation_only_comments_give_a_neutral_analysis(text):
    analysis = analyse(text)
    assert analysis.sentiment.label == SentimentLabel.NEUTRAL
    assert analysis.noun_phrases == ()


def test_urdu_comments_are_flagged_and_left_unread():
    analysis = analyse("میرے بیٹے کو اسکول میں کوئی مدد نہیں ملتی۔ ہم دو سال سے انتظار کر رہے ہیں۔")
    assert analysis.language == "ur"
    assert not analysis.is_english
    assert analysis.noun_phrases == ()
    assert analysis.sentiment.label == SentimentLabel.NEUTRAL
    assert analysis.sentences


def test_html_and_script_tags_stay_as_text_but_are_not_read():
    text = "<script>alert('x')</script><b>The SENCO</b> is great <!-- hidden -->"
    analysis = analyse(text)
    assert analysis.text == text
    assert [sentence.text for sentence in analysis.sentences] == ["alert('x') The SENCO is great"]
    assert "script" not in " ".join(analysis.noun_phrases)
    assert "senco" in analysis.noun_phrases
    assert analysis.sentiment.label == SentimentLabel.POSITIVE


def test_a_comment_of_only_tags_has_no_sentences():
    analysis = analyse("<br><p></p>")
    assert analysis.text == "<br><p></p>"
    assert analysis.sentences == ()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_analyse_never_fails(text):
    analysis = analyse(text)
    assert len(analysis.text) <= COMMENT_MAX
    assert analysis.is_empty == (not text.strip() or not analysis.text)
    assert -1.0 <= analysis.sentiment.polarity <= 1.0
    assert all(1 <= len(phrase.split()) <= 4 for phrase in analysis.noun_phrases)


def test_words_are_lower_case_with_possessives_dropped_and_hyphens_split():
    assert words("My son’s part-time timetable DOESN'T work, e.g. on Mondays!") == [
        "my",
        "son",
        "part",
        "time",
        "timetable",
        "doesn't",
        "work",
        "e",
        "g",
        "on",
        "mondays",
    ]


def test_sentence_tokens_split_contractions_as_the_lexicon_expects():
    assert sentence_tokens("Mrs J. Patel can't come; it’s 10:30... :(") == [
        "Mrs",
        "J.",
        "Patel",
        "ca",
        "n't",
        "come",
        ";",
        "it",
        "'s",
        "10:30",
        "...",
        ":(",
    ]
