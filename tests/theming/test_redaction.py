"""Redaction: planted personal details never survive; ordinary SEND comments are untouched."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from theming.redaction import redact

DATA = Path(__file__).parent / "data"


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


PLANTED = load("planted.jsonl")
ORDINARY = load("planted_none.jsonl")


def test_the_planted_corpus_is_big_enough():
    assert len(PLANTED) >= 60
    assert all(case["planted"] for case in PLANTED)


def test_no_planted_detail_survives_redaction():
    leaks = []
    for case in PLANTED:
        redacted = redact(case["text"], case.get("names", ()))
        leaks += [
            f"{detail!r} in {redacted!r}"
            for detail in case["planted"]
            if detail.lower() in redacted.lower()
        ]
    assert leaks == []


def test_ordinary_send_comments_are_left_as_they_are():
    changed = [
        (case["text"], redact(case["text"]))
        for case in ORDINARY
        if redact(case["text"]) != case["text"]
    ]
    assert changed == []


def test_redacting_twice_changes_nothing_more():
    for case in PLANTED:
        once = redact(case["text"], case.get("names", ()))
        assert redact(once, case.get("names", ())) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email me at jo.hartley@example.com.", "Email me at [email]."),
        ("Ring 07700 900461 after six.", "Ring [phone] after six."),
        ("Ring 07700900461.", "Ring [phone]."),
        ("Ring +44 7700 900461.", "Ring [phone]."),
        ("Ring +44 (0)7700 900461.", "Ring [phone]."),
        ("Ring 0044 7700 900461.", "Ring [phone]."),
        ("Ring 0161 496 0000.", "Ring [phone]."),
        ("Ring (01632) 960123.", "Ring [phone]."),
        ("Ring 020-7946-0958.", "Ring [phone]."),
        ("Ring 07700 900461 or 07700 900872", "Ring [phone] or [phone]"),
        ("We live at SW1A 1AA.", "We live at [postcode]."),
        ("We live at m1 1ae.", "We live at [postcode]."),
        ("We live at LS61AB.", "We live at [postcode]."),
        ("Born 12/03/2015.", "Born [date of birth]."),
        ("She was born on 12.03.15.", "She was born on [date of birth]."),
        ("DOB: 3rd March 2015", "DOB: [date of birth]"),
        ("d.o.b. 3 Mar 2015", "d.o.b. [date of birth]"),
        ("Date of birth 2014-11-30", "Date of birth [date of birth]"),
        ("He was born in 2016.", "He was born in [date of birth]."),
        ("His birthday is 4 May.", "His birthday is [date of birth]."),
        ("The review was on March 3rd, 2024.", "The review was on [date of birth]."),
    ],
)
def test_contact_details_and_dates_of_birth(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Smith was great.", "[name] was great."),
        ("Thanks to Mrs J. Patel.", "Thanks to [name]."),
        ("Dr Okafor listened.", "[name] listened."),
        ("Miss Jones teaches him.", "[name] teaches him."),
        ("ask mrs smith", "ask [name]"),
        ("My son Callum has autism.", "My son [name] has autism."),
        ("my daughter zainab has ADHD", "my daughter [name] has ADHD"),
        ("Our caseworker, Sarah, left.", "Our caseworker, [name], left."),
        ("A man called Tunde helped.", "A man called [name] helped."),
        ("My name is Dawn.", "My name is [name]."),
        ("Callum's teacher is kind.", "[name]'s teacher is kind."),
        ("Ask Sharon Bell at the hub.", "Ask [name] at the hub."),
        ("I spoke to Will about it.", "I spoke to [name] about it."),
        ("Grace Bell helped us.", "[name] helped us."),
    ],
)
def test_peoples_names(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will anyone listen?",
        "May I ask why?",
        "Grace and patience made the difference.",
        "In May we applied.",
        "We need a named caseworker.",
        "My son will start in September.",
        "We called CAMHS, Ofsted and the council.",
        "The EHC plan names the SENCO, SENDIASS and the NHS trust.",
        "I miss the old school.",
        "Dr appointments are always in school time.",
        "It starts at 10am and ends at 6pm.",
        "From 2019 to 2022 in KS2 and KS3.",
        "The High School is better than a special school.",
    ],
)
def test_everyday_words_are_not_taken_for_names(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He goes to Oakwood Primary School.", "He goes to [school]."),
        ("Bridgewater Academy excluded him.", "[school] excluded him."),
        ("St Mary's C of E Primary is lovely.", "[school] is lovely."),
        ("We moved to St Mary's last year.", "We moved to [school] last year."),
    ],
)
def test_schools_names(text, expected):
    assert redact(text) == expected


def test_listed_names_are_whole_words_in_any_case():
    names = ["Hillside", "Tracey Holt", "Lakeside Academy", "Sam"]
    text = "TRACEY HOLT at lakeside academy and Hillside; Sam, not Samson or the same."
    assert redact(text, names) == "[name] at [school] and [name]; [name], not Samson or the same."


def test_listed_names_match_either_apostrophe_and_any_spacing():
    names = ["St John's Special School"]
    assert redact("At St John’s  Special\nSchool today.", names) == "At [school] today."


def test_blank_names_in_the_list_are_ignored():
    assert redact("Nothing to hide here.", ["", "  "]) == "Nothing to hide here."


def test_html_stays_as_text():
    text = "<script>alert('07700 900461')</script> <b>Mrs Smith</b>"
    assert redact(text) == "<script>alert('[phone]')</script> <b>[name]</b>"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=20), max_size=3))
def test_redact_never_fails_and_is_stable(text, names):
    redacted = redact(text, names)
    assert redact(redacted, names) == redacted


def test_listed_names_that_are_placeholder_words_leave_placeholders_alone():
    names = ["Name", "Phone"]
    once = redact("Name rang from 07700 900461.", names)
    assert once == "[name] rang from [phone]."
    assert redact(once, names) == once
