"""Question types: what respondents can choose, and what they are told when an answer is wrong."""

from decimal import Decimal

import pytest

from surveys import (
    LONG_TEXT_MAX,
    OTHER,
    QUESTION_TYPES,
    SHORT_TEXT_MAX,
    Answer,
    FieldError,
    Option,
    Question,
    get_type,
)

TAMPERED = FieldError("answer", "Select one of the answers shown")
PETS = (Option("cat", "Cat"), Option("dog", "Dog"), Option("fish", "Fish"))


def question(type_: str, **fields) -> Question:
    if QUESTION_TYPES[type_].has_custom_options:
        fields.setdefault("options", PETS)
    return Question(key="q", type=type_, text="Question?", **fields)


def answer(q: Question, *posted: str, other: str | None = None):
    values = {"answer": list(posted)}
    if other is not None:
        values["other"] = [other]
    return get_type(q.type).validate(q, values)


def accepted(q: Question, *posted: str, other: str | None = None) -> Answer:
    result = answer(q, *posted, other=other)
    assert result.errors == []
    assert result.answer is not None
    return result.answer


def error(q: Question, *posted: str, other: str | None = None) -> FieldError:
    result = answer(q, *posted, other=other)
    assert result.answer is None
    assert len(result.errors) == 1
    return result.errors[0]


def test_registry_lists_every_type_in_offering_order():
    assert list(QUESTION_TYPES) == [
        "single_choice",
        "multiple_choice",
        "agreement",
        "satisfaction",
        "faces",
        "yes_no",
        "rating",
        "number",
        "short_text",
        "long_text",
    ]
    assert get_type("agreement").label == "Agreement scale (5-point, with Don't know)"
    with pytest.raises(KeyError):
        get_type("slider")


@pytest.mark.parametrize(
    ("name", "is_choice", "custom", "multiple"),
    [
        ("single_choice", True, True, False),
        ("multiple_choice", True, True, True),
        ("agreement", True, False, False),
        ("satisfaction", True, False, False),
        ("yes_no", True, False, False),
        ("rating", True, False, False),
        ("number", False, False, False),
        ("short_text", False, False, False),
        ("long_text", False, False, False),
    ],
)
def test_type_flags(name, is_choice, custom, multiple):
    kind = get_type(name)
    assert (kind.is_choice, kind.has_custom_options, kind.multiple) == (is_choice, custom, multiple)


def test_custom_options_come_from_the_question_with_other_last():
    assert get_type("single_choice").options_for(question("single_choice")) == PETS
    with_other = question("multiple_choice", allow_other=True)
    assert get_type("multiple_choice").options_for(with_other) == (*PETS, Option(OTHER, "Other"))


def test_scales_have_fixed_stored_values_and_boxes():
    agreement = get_type("agreement")
    assert [o.value for o in agreement.options_for(question("agreement"))] == [
        "strongly_agree",
        "agree",
        "neither",
        "disagree",
        "strongly_disagree",
        "dont_know",
    ]
    assert agreement.positive == {"strongly_agree", "agree"}
    assert agreement.negative == {"disagree", "strongly_disagree"}
    assert agreement.outside_base == {"dont_know"}
    satisfaction = get_type("satisfaction")
    assert [o.label for o in satisfaction.options_for(question("satisfaction"))] == [
        "Very satisfied",
        "Satisfied",
        "Neither satisfied nor dissatisfied",
        "Dissatisfied",
        "Very dissatisfied",
    ]
    assert satisfaction.positive == {"very_satisfied", "satisfied"}
    assert satisfaction.negative == {"dissatisfied", "very_dissatisfied"}
    assert satisfaction.outside_base == frozenset()
    yes_no = get_type("yes_no")
    assert [o.value for o in yes_no.options_for(question("yes_no"))] == ["yes", "no", "not_sure"]
    assert yes_no.positive == yes_no.negative == frozenset()
    rating = get_type("rating").options_for(question("rating"))
    assert rating == tuple(Option(str(n), str(n)) for n in range(11))
    assert get_type("number").options_for(question("number")) == ()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("agreement", "Select how much you agree, or ‘Don't know’"),
        ("satisfaction", "Select how satisfied you are"),
        ("yes_no", "Select yes, no or not sure"),
        ("rating", "Select a number from 0 to 10"),
        ("single_choice", "Select an answer"),
        ("multiple_choice", "Select at least one answer"),
        ("number", "Enter a number"),
        ("short_text", "Enter your answer"),
        ("long_text", "Enter your answer"),
    ],
)
def test_required_and_blank_says_what_to_do(name, message):
    q = question(name)
    assert error(q) == FieldError("answer", message)
    assert error(q, "") == FieldError("answer", message)
    if not get_type(name).is_choice:
        assert error(q, "  \r\n ") == FieldError("answer", message)


@pytest.mark.parametrize("name", list(QUESTION_TYPES))
def test_optional_and_blank_gives_an_empty_answer(name):
    q = question(name, required=False)
    assert accepted(q) == Answer()
    assert accepted(q, "", other="ignored") == Answer()


@pytest.mark.parametrize("name", [n for n, kind in QUESTION_TYPES.items() if kind.is_choice])
def test_a_value_that_was_not_offered_is_refused(name):
    assert error(question(name), "hacked") == TAMPERED


def test_single_choice_takes_one_answer():
    assert accepted(question("single_choice"), "dog") == Answer(choices=("dog",))
    assert accepted(question("yes_no"), "not_sure") == Answer(choices=("not_sure",))
    assert error(question("single_choice"), "dog", "cat") == TAMPERED


def test_checkboxes_are_deduplicated_and_kept_in_option_order():
    q = question("multiple_choice")
    assert accepted(q, "fish", "cat", "fish") == Answer(choices=("cat", "fish"))


def test_other_needs_saying_what_it_is():
    q = question("multiple_choice", allow_other=True)
    assert error(q, "cat", OTHER) == FieldError("other", "Enter what you mean by ‘Other’")
    assert error(q, OTHER, other=" \t") == FieldError("other", "Enter what you mean by ‘Other’")
    assert accepted(q, OTHER, other="  A hamster\r\n") == Answer(
        choices=(OTHER,), other_text="A hamster"
    )
    too_long = error(q, OTHER, other="x" * (SHORT_TEXT_MAX + 1))
    assert too_long == FieldError("other", "Your answer must be 200 characters or fewer")


def test_other_text_is_dropped_unless_other_is_chosen():
    q = question("single_choice", allow_other=True)
    assert accepted(q, "cat", other="A hamster") == Answer(choices=("cat",))


def test_other_is_not_offered_unless_allowed():
    assert error(question("single_choice"), OTHER, other="x") == TAMPERED


def test_rating_is_kept_as_a_choice_and_a_number():
    assert accepted(question("rating"), "7") == Answer(choices=("7",), number=Decimal("7"))
    assert accepted(question("rating"), "0") == Answer(choices=("0",), number=Decimal("0"))
    assert error(question("rating"), "11") == TAMPERED


@pytest.mark.parametrize(
    ("typed", "number"),
    [("3", "3"), (" 1,200 ", "1200"), ("1,234,567.5", "1234567.5"), ("2.50", "2.50"),
     ("-4", "-4"), ("+4", "4"), (".5", "0.5"), ("1.500", "1.5")],
)  # fmt: skip
def test_number_accepts_what_people_type(typed, number):
    assert accepted(question("number"), typed) == Answer(number=Decimal(number))


@pytest.mark.parametrize(
    "typed", ["three", "1e3", "NaN", "Infinity", "1,2", "12,00", "1.", "--1", "1 000", "١٢", "£5"]
)
def test_number_refuses_what_is_not_a_plain_number(typed):
    assert error(question("number"), typed) == FieldError("answer", "Enter a number, like 3")


def test_number_allows_at_most_two_decimal_places_and_what_can_be_stored():
    assert error(question("number"), "1.234").message == (
        "Enter a number with no more than 2 decimal places"
    )
    assert error(question("number"), "1,000,000,000,000").message == (
        "Enter a number with 12 digits or fewer before the decimal point"
    )


@pytest.mark.parametrize(
    ("minimum", "maximum", "typed", "message"),
    [
        ("0", "20", "21", "Enter a number between 0 and 20"),
        ("0", "20", "-1", "Enter a number between 0 and 20"),
        ("1000", None, "999", "Enter a number 1,000 or more"),
        (None, "20.50", "20.51", "Enter a number 20.5 or less"),
    ],
)
def test_number_respects_the_range(minimum, maximum, typed, message):
    bounds = {
        "minimum": minimum and Decimal(minimum),
        "maximum": maximum and Decimal(maximum),
    }
    q = question("number", **bounds)
    assert error(q, typed) == FieldError("answer", message)


def test_number_range_includes_its_ends():
    q = question("number", minimum=Decimal(0), maximum=Decimal(20))
    assert accepted(q, "0").number == 0
    assert accepted(q, "20").number == 20


def test_text_is_tidied():
    raw = "  \x00First line\r\nSecond\tline\x07\rThird  "
    assert accepted(question("long_text"), raw) == Answer(text="First line\nSecond\tline\nThird")


@pytest.mark.parametrize(
    ("name", "limit", "message"),
    [
        ("short_text", SHORT_TEXT_MAX, "Your answer must be 200 characters or fewer"),
        ("long_text", LONG_TEXT_MAX, "Your answer must be 5,000 characters or fewer"),
    ],
)
def test_text_length_is_limited(name, limit, message):
    q = question(name)
    assert accepted(q, "é" * limit) == Answer(text="é" * limit)
    assert error(q, "é" * (limit + 1)) == FieldError("answer", message)


def test_a_single_posted_string_is_one_value():
    q = question("short_text")
    assert get_type("short_text").validate(q, {"answer": "Hello"}).answer == Answer(text="Hello")


def test_the_faces_scale_has_three_points_and_counts_good_as_positive():
    faces = get_type("faces")
    assert [o.label for o in faces.options_for(Question("q", "faces", "How is school?"))] == [
        "Good",
        "OK",
        "Not good",
    ]
    assert faces.positive == {"good"} and faces.negative == {"not_good"}
