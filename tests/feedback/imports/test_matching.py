"""Matching columns to questions and answers to options, and checking every row. Pure."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from feedback.imports.checking import examine
from feedback.imports.matching import DO_NOT_IMPORT, question_target
from feedback.imports.names import comparable
from feedback.imports.problems import Problem, first_problems
from feedback.imports.reading import Column
from surveys.model import Answer
from tests.factories import every_type_definition
from tests.feedback.imports.helpers import PLAIN, SURVEYMONKEY, csv_bytes

DEFINITION = every_type_definition()
TARGETS = [question_target(question) for question in DEFINITION.questions]


def check(content: bytes, choices=None):
    return examine(content, 20, DEFINITION, TARGETS, choices)


def problems(content: bytes, choices=None) -> list[str]:
    return [str(problem) for problem in check(content, choices).problems]


def answers(*lines: str) -> list[dict[str, Answer]]:
    examined = check(csv_bytes(*lines))
    assert examined.problems == ()
    return [row.answers for row in examined.rows]


def test_comparing_ignores_case_outer_and_inner_spaces_and_curly_quotes():
    assert comparable("  Don’t   KNOW ") == comparable("don't know") == "don't know"
    assert comparable("“Quoted”\u00a0text") == comparable('"quoted" text')


def test_headings_match_question_keys_or_texts_however_they_are_written():
    examined = check(PLAIN.read_bytes(), {9: DO_NOT_IMPORT})
    assert [plan.target.key for plan in examined.plan.fields] == [
        "has-ehcp", "ehcp-satisfaction", "school-type", "services", "listened-to", "recommend",
        "waiting-weeks", "one-word", "comments",
    ]  # fmt: skip
    assert examined.problems == ()


def test_answers_match_option_labels_or_values_ignoring_case_spaces_and_quotes():
    first, second, third, fourth = (row.answers for row in check(PLAIN.read_bytes(), {9: "-"}).rows)
    assert first["services"] == Answer(choices=("salt", "camhs"))  # split at the semicolon
    assert first["recommend"] == Answer(choices=("8",), number=Decimal(8))
    assert first["waiting-weeks"] == Answer(number=Decimal(12))
    assert first["comments"] == Answer(text="Kind staff, but slow")
    assert second["school-type"] == Answer(choices=("special",))  # "special school"
    assert "ehcp-satisfaction" not in second  # blank: allowed though the question is required
    assert third["ehcp-satisfaction"] == Answer(choices=("very_satisfied",))  # " very satisfied "
    assert third["school-type"] == Answer(choices=("other",), other_text="Home educated")
    assert third["services"] == Answer(choices=("ot",))  # by value
    assert third["listened-to"] == Answer(choices=("dont_know",))  # Don’t know, curly quote
    assert third["comments"] == Answer(text="Line one\nline two")
    assert fourth["has-ehcp"] == Answer(choices=("not_sure",))


def test_a_heading_that_is_a_key_wins_over_another_questions_text():
    definition = every_type_definition()
    lines = ("comments,has-ehcp", "Too slow,Yes")
    renamed = [
        question_target(replace(q, text="Comments") if q.key == "one-word" else q)
        for q in definition.questions
    ]
    examined = examine(csv_bytes(*lines), 20, definition, renamed)
    assert examined.plan.fields[0].target.key == "comments"


def test_an_unknown_column_is_named_with_its_row_letter_and_heading():
    assert problems(csv_bytes("has-ehcp,Favourite colour", "Yes,Blue")) == [
        "Row 1, column B (‘Favourite colour’): no question in this survey has this key or text"
    ]


def test_a_column_with_answers_but_no_heading_is_a_problem_and_an_empty_one_is_not():
    assert problems(csv_bytes("has-ehcp,,", "Yes,Blue,")) == [
        "Row 1, column B: this column has answers but no heading: give it a question’s key or text"
    ]


def test_two_columns_for_one_question_are_a_problem():
    content = csv_bytes(
        'has-ehcp,"Does your child have an education, health and care (EHC) plan?"', "Yes,Yes"
    )
    assert problems(content) == [
        "Row 1, column B (‘Does your child have an education, health and care (EHC)…’): "
        "column A already answers ‘has-ehcp’"
    ]


def test_a_text_shared_by_two_questions_asks_for_the_key():
    definition = every_type_definition()
    targets = [question_target(q, label=q.key) for q in definition.questions]
    twins = [
        question_target(t.question, ("Tell us more",)) if t.key in ("one-word", "comments") else t
        for t in targets
    ]
    examined = examine(csv_bytes("Tell us more", "Slow"), 20, definition, twins)
    assert [str(problem) for problem in examined.problems] == [
        "Row 1, column A (‘Tell us more’): more than one question has this text "
        "(‘one-word’, ‘comments’): use the question’s key instead"
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("has-ehcp,listened-to", "Yes,Agree", "Maybe,Agree"),
            "Row 3, column A (‘has-ehcp’): ‘Maybe’ is not one of the answers (Yes; No; Not sure)",
        ),
        (
            ("has-ehcp,waiting-weeks", "No,lots"),
            "Row 2, column B (‘waiting-weeks’): ‘lots’ is not accepted: enter a number, like 3",
        ),
        (
            ("has-ehcp,waiting-weeks", "No,600"),
            "Row 2, column B (‘waiting-weeks’): ‘600’ is not accepted: enter a number between 0 "
            "and 520",
        ),
        (
            ("school-type", "Mainstream school; Special school"),
            "Row 2, column A (‘school-type’): ‘Mainstream school; Special school’ is not one of "
            "the answers (Mainstream school; Special school; Not in school; Other)",
        ),
        (
            ("services", "CAMHS; Swimming"),
            "Row 2, column A (‘services’): ‘Swimming’ is not one of the answers (Speech and "
            "language therapy; Occupational therapy; CAMHS)",
        ),
        (
            ("school-type", "Other"),
            "Row 2, column A (‘school-type’): ‘Other’ is chosen, but nothing says what it is",
        ),
        (
            ("recommend", "11"),
            "Row 2, column A (‘recommend’): ‘11’ is not one of the answers (0; 1; 2; 3; 4; 5; 6; "
            "7; …)",
        ),
        (
            ("one-word", "x" * 201),
            "Row 2, column A (‘one-word’): ‘xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…’ is not "
            "accepted: your answer must be 200 characters or fewer",
        ),
        (
            ("has-ehcp,ehcp-satisfaction", "No,Satisfied"),
            "Row 2, column B (‘ehcp-satisfaction’): has an answer, but the survey only asks this "
            "question when the answer to ‘Does your child have an education, health and care "
            "(EHC)…’ is ‘Yes’",
        ),
        (
            ("ehcp-satisfaction", "Satisfied"),
            "Row 2, column A (‘ehcp-satisfaction’): has an answer, but the survey only asks this "
            "question when the answer to ‘Does your child have an education, health and care "
            "(EHC)…’ is ‘Yes’",
        ),
        (
            ("school-type", "Other: " + "y" * 201),
            "Row 2, column A (‘school-type’): ‘yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…’ is not "
            "accepted: your answer must be 200 characters or fewer",
        ),
        (("has-ehcp", "Yes,extra"), "Row 2: has answers after column A, the last heading"),
    ],
)
def test_bad_values_are_problems_naming_the_row_column_and_reason(lines, expected):
    assert problems(csv_bytes(*lines)) == [expected]


def test_every_problem_in_the_file_is_found_not_just_the_first():
    lines = ["has-ehcp,waiting-weeks,Colour"] + [f"Maybe,{n},Blue" for n in range(600, 660)]
    found = check(csv_bytes(*lines)).problems
    assert len(found) == 1 + 60 + 60
    assert str(found[0]).startswith("Row 1, column C (‘Colour’)")
    assert str(found[-1]).startswith("Row 61, column B (‘waiting-weeks’): ‘659’")
    shown, more = first_problems(found)
    assert len(shown) == 50 and more == 71


def test_an_answer_is_allowed_where_skip_logic_asks_the_question():
    assert answers("has-ehcp,ehcp-satisfaction", "Yes,Dissatisfied")[0] == {
        "has-ehcp": Answer(choices=("yes",)),
        "ehcp-satisfaction": Answer(choices=("dissatisfied",)),
    }


def test_a_single_choice_question_takes_only_one_answer():
    content = csv_bytes("Respondent ID,has-ehcp,", ",Yes,No", "1,Yes,No")
    assert problems(content) == [
        "Row 3, column B (‘has-ehcp – Yes’): only one answer is allowed, but there are 2"
    ]


def test_surveymonkey_option_columns_and_other_text_make_one_answer():
    rows = check(SURVEYMONKEY.read_bytes()).rows
    assert rows[0].answers["services"] == Answer(choices=("salt", "camhs"))
    assert rows[1].answers["school-type"] == Answer(choices=("other",), other_text="Home educated")
    assert rows[1].answers["services"] == Answer(choices=("ot",))


def test_a_surveymonkey_option_column_the_question_does_not_have_is_a_problem_in_row_2():
    content = csv_bytes(
        "Respondent ID,Which services have you used in the last year?,",
        ",CAMHS,Swimming lessons",
        "1,CAMHS,",
    )
    assert problems(content) == [
        "Row 2, column C (‘Which services have you used in the last year? – Swimming lessons’): "
        "‘Swimming lessons’ is not one of the answers to ‘services’"
    ]


def test_other_text_for_a_question_without_other_is_a_problem():
    content = csv_bytes(
        "Respondent ID,Which services have you used in the last year?,",
        ",CAMHS,Other (please specify)",
        "1,CAMHS,Swimming",
    )
    assert problems(content) == [
        "Row 2, column C (‘Which services have you used in the last year? – Other (please "
        "specify)’): question ‘services’ has no ‘Other’ answer"
    ]


def test_choosing_another_question_or_not_importing_a_column_overrides_the_match():
    content = csv_bytes("Your thoughts,Colour", "Too slow,Blue")
    examined = check(content, {0: "comments", 1: DO_NOT_IMPORT})
    assert examined.problems == ()
    assert examined.rows[0].answers == {"comments": Answer(text="Too slow")}
    assert [field.heading for field in examined.plan.skipped] == ["Colour"]


def test_a_problem_reads_as_a_sentence_with_a_long_heading_shortened():
    assert str(Problem(7, "too late")) == "Row 7: too late"
    heading = "How far do you agree that " + "the service listens " * 5
    assert str(Problem(7, "too late", Column(27, heading))) == (
        "Row 7, column AB (‘How far do you agree that the service listens the service…’): too late"
    )


def test_a_problem_with_surveymonkey_other_text_names_the_other_column():
    content = csv_bytes(
        "Respondent ID,What kind of school does your child go to?,",
        ",Response,Other (please specify)",
        "1,," + "z" * 201,
    )
    assert problems(content) == [
        "Row 3, column C (‘What kind of school does your child go to? – Other (please specify)’): "
        "‘zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…’ is not accepted: your answer must be 200 "
        "characters or fewer"
    ]
