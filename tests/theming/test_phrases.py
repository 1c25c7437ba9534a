"""Key phrases match the way people write: any form of a word, with or without negation."""

from __future__ import annotations

import pytest

from theming.phrases import BOUNDARY, PhraseMatcher, longest_only, phrase_terms, terms


def found(phrases: dict[str, str], text: str) -> dict[str, bool]:
    """The keys of the phrases found in `text`, each with whether it was negated."""
    matcher = PhraseMatcher(phrases.items())
    return {match.key: match.negated for match in matcher.find(terms(text))}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("assessments", "assessment"),
        ("waited", "waiting"),
        ("waits", "wait"),
        ("therapies", "therapy"),
        ("co-production", "coproduction"),
        ("co production", "Co-Production"),
        ("twenty weeks", "20 weeks"),
        ("child’s plan", "child's plan"),
        ("Planned", "planned"),
    ],
)
def test_forms_of_a_word_read_the_same(first: str, second: str) -> None:
    assert terms(first) == terms(second)


def test_commas_do_not_split_a_phrase_but_full_stops_do() -> None:
    phrase = {"ehc": "education health and care plan"}
    assert found(phrase, "Her education, health and care plan") == {"ehc": False}
    assert terms("Help! Plans").count(BOUNDARY) == 1


@pytest.mark.parametrize(
    "text",
    [
        "We have no named contact at the council",
        "We never had a named contact.",
        "I didn't get a named contact",
    ],
)
def test_negation_does_not_stop_a_match_but_is_recorded(text: str) -> None:
    assert found({"contact": "named contact"}, text) == {"contact": True}


def test_a_plain_mention_is_not_negated() -> None:
    assert found({"contact": "named contact"}, "Our named contact is brilliant") == {
        "contact": False
    }


def test_negation_before_the_clause_does_not_count() -> None:
    assert found({"review": "annual review"}, "No. The annual review went well") == {
        "review": False
    }


def test_one_word_may_sit_between_the_words_of_a_phrase() -> None:
    assert found({"review": "annual review"}, "his annual EHCP review was late") == {
        "review": False
    }
    assert found({"review": "annual review"}, "annual leave meant no review") == {}


def test_a_phrase_never_crosses_a_full_stop() -> None:
    assert found({"review": "annual review"}, "It happens once a year, annual. Review it") == {}


def test_hash_in_a_phrase_stands_for_any_number() -> None:
    assert found({"late": "week #"}, "We are at week 34 and still waiting") == {"late": False}
    assert found({"long": "# months"}, "We waited eighteen months") == {"long": False}
    assert found({"late": "week #"}, "Last week nothing happened") == {}


def test_the_same_phrase_can_belong_to_several_keys() -> None:
    assert found({"a": "respite", "b": "Respite"}, "No respite at all") == {"a": True, "b": True}


def test_the_longest_match_wins_where_matches_nest() -> None:
    matcher = PhraseMatcher([("care", "social care"), ("adult", "adult social care")])
    matches = longest_only(matcher.find(terms("Moving to adult social care at 18")))
    assert [match.key for match in matches] == ["adult"]


def test_a_phrase_with_no_words_matches_nothing() -> None:
    assert phrase_terms("!!!") == ()
    assert found({"nothing": "!!!"}, "!!! what") == {}
