"""Moving surveys between installations as JSON, and the rules a survey must meet."""

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from surveys import (
    OTHER,
    QUESTION_TYPES,
    Condition,
    DefinitionError,
    DefinitionIssue,
    Operator,
    Option,
    Question,
    Section,
    SurveyDefinition,
    dumps,
    export_definition,
    get_type,
    import_definition,
    loads,
    validate_definition,
)

KNOWN = {
    "audiences": {"parents-carers", "young-people"},
    "pledges": {"listen", "communicate"},
    "areas": {"area-1"},
}
Q = "$.survey.sections[0].questions"

FULL = SurveyDefinition(
    slug="local-offer-2025",
    title="Local offer survey",
    purpose="To hear how the local offer works for families.",
    what_happens_next="We’ll publish ‘You said, we did’ in March.",
    audiences=("parents-carers", "young-people"),
    sections=(
        Section(
            title="About you",
            questions=(
                Question(
                    "role",
                    "single_choice",
                    "Who are you?",
                    hint="Choose the closest",
                    options=(Option("parent", "Parent or carer"), Option("yp", "Young person")),
                    allow_other=True,
                ),
                Question(
                    "services",
                    "multiple_choice",
                    "Which services do you use?",
                    required=False,
                    options=(Option("health", "Health"), Option("school", "School")),
                ),
                Question("children", "number", "How many children?", minimum=Decimal(0)),
                Question("hours", "number", "Hours a week?", maximum=Decimal("37.5")),
            ),
        ),
        Section(
            title="Your views",
            questions=(
                Question(
                    "listened",
                    "agreement",
                    "I feel listened to",
                    easy_read="People listen to me",
                    condition=Condition("role", Operator.IS, "parent"),
                    pledges=("listen",),
                    areas=("area-1",),
                ),
                Question("happy", "satisfaction", "How satisfied are you?", pledges=("listen",)),
                Question(
                    "knew",
                    "yes_no",
                    "Did you know about the local offer?",
                    condition=Condition("listened", Operator.IS_NOT, "dont_know"),
                ),
                Question("score", "rating", "How would you rate it?"),
                Question("name", "short_text", "Your first name", required=False),
                Question("more", "long_text", "Anything else? ✨", required=False),
            ),
        ),
    ),
)


def document(**survey_changes) -> dict:
    data = export_definition(FULL)
    data["survey"].update(survey_changes)
    return data


def issues_of(data, **known) -> set[tuple[str, str]]:
    with pytest.raises(DefinitionError) as raised:
        import_definition(data, **known)
    return {(issue.path, issue.message) for issue in raised.value.issues}


def test_the_full_survey_is_valid():
    assert validate_definition(FULL, **KNOWN) == []


def test_export_is_readable_and_leaves_out_defaults():
    data = export_definition(FULL)
    assert data["format"] == "coproduction-feedback/survey"
    assert data["version"] == 1
    survey = data["survey"]
    assert list(survey) == [
        "slug",
        "title",
        "purpose",
        "what_happens_next",
        "audiences",
        "sections",
    ]
    questions = [q for section in survey["sections"] for q in section["questions"]]
    assert questions[0] == {
        "key": "role",
        "type": "single_choice",
        "text": "Who are you?",
        "hint": "Choose the closest",
        "options": [
            {"value": "parent", "label": "Parent or carer"},
            {"value": "yp", "label": "Young person"},
        ],
        "allow_other": True,
    }
    assert questions[1]["required"] is False
    assert questions[2]["minimum"] == 0 and isinstance(questions[2]["minimum"], int)
    assert questions[3]["maximum"] == 37.5
    assert questions[4]["show_if"] == {"question": "role", "operator": "is", "value": "parent"}
    assert questions[9] == {"key": "more", "type": "long_text", "text": "Anything else? ✨",
                            "required": False}  # fmt: skip


def test_dumps_writes_indented_utf8_json_with_a_final_newline():
    text = dumps(FULL)
    assert text.endswith("}\n")
    assert '\n  "version": 1,\n' in text
    assert "We’ll publish ‘You said, we did’" in text


def test_round_trip_keeps_every_type_intact():
    assert import_definition(export_definition(FULL), **KNOWN) == FULL
    assert loads(dumps(FULL), **KNOWN) == FULL


def test_a_malformed_document_lists_every_problem_with_its_path():
    data = document(slug="Local Offer", colour="blue")
    del data["survey"]["title"]
    questions = data["survey"]["sections"][0]["questions"]
    questions[0]["options"][1] = {"value": "parent", "label": ""}
    questions[1]["type"] = "slider"
    questions[2]["minimum"] = "none"
    questions[3]["required"] = "yes"
    questions.append("what is this?")
    data["survey"]["sections"][1]["questions"][0]["show_if"]["question"] = "later"

    assert issues_of(data) == {
        ("$.survey", "unknown field ‘colour’"),
        ("$.survey.slug", "use only lowercase letters, digits, ‘-’ and ‘_’, starting with a "
                          "letter or digit"),
        ("$.survey.title", "is required"),
        (f"{Q}[0].options[1].value", "‘parent’ is used by an earlier option"),
        (f"{Q}[0].options[1].label", "must not be empty"),
        (f"{Q}[1].type", "unknown question type ‘slider’; use one of ‘single_choice’, "
                         "‘multiple_choice’, ‘agreement’, ‘satisfaction’, ‘faces’, ‘yes_no’, "
                         "‘rating’, ‘number’, ‘short_text’, ‘long_text’"),
        (f"{Q}[2].minimum", "must be a number"),
        (f"{Q}[3].required", "must be true or false"),
        (f"{Q}[4]", "must be an object"),
        ("$.survey.sections[1].questions[0].show_if.question",
         "‘later’ is not an earlier question"),
    }  # fmt: skip


def test_the_error_message_has_one_problem_per_line():
    error = DefinitionError(
        [DefinitionIssue("$.survey.title", "must not be empty"), DefinitionIssue("$", "oops")]
    )
    assert str(error) == "$.survey.title: must not be empty\n$: oops"


def test_invalid_json_is_reported_with_its_line_and_column():
    with pytest.raises(DefinitionError) as raised:
        loads('{\n  "format": "coproduction-feedback/survey",\n  "version": 1,,\n}')
    [issue] = raised.value.issues
    assert issue.path == "$"
    assert issue.message.startswith("not valid JSON: ")
    assert issue.message.endswith("(line 3, column 16)")


def test_json_that_cannot_be_read_safely_is_refused():
    for text in ["1" * 5000, "[" * 100_000]:
        with pytest.raises(DefinitionError) as raised:
            loads(text)
        assert [issue.path for issue in raised.value.issues] == ["$"]


def test_number_bounds_must_be_finite_and_storable():
    data = document()
    questions = data["survey"]["sections"][0]["questions"]
    questions[2]["minimum"] = float("nan")
    questions[3]["maximum"] = 10**13
    assert issues_of(data) == {
        (f"{Q}[2].minimum", "must be a number"),
        (f"{Q}[3].maximum", "must have 12 digits or fewer before the decimal point"),
    }


def test_a_newer_version_is_refused_plainly():
    data = document()
    data["version"] = 2
    assert issues_of(data) == {
        ("$.version", "version 2 is not supported; this installation reads version 1")
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], {("$", "must be an object")}),
        ({}, {("$.format", "is required"), ("$.version", "is required"),
              ("$.survey", "is required")}),
        ({"format": "something-else", "version": "1", "survey": {"slug": "s", "title": "T",
                                                              "sections": []}},
         {("$.format", "must be ‘coproduction-feedback/survey’"), ("$.version", "must be 1"),
          ("$.survey.sections", "add at least one section")}),
    ],
)  # fmt: skip
def test_the_envelope_is_checked(data, expected):
    assert issues_of(data) == expected


def test_slugs_must_be_known_to_this_installation_when_given():
    data = document(audiences=["parents-carers", "governors"])
    data["survey"]["sections"][1]["questions"][0]["pledges"] = ["listen", "listen", "shout"]
    assert issues_of(data, **KNOWN) == {
        ("$.survey.audiences[1]", "unknown audience ‘governors’"),
        ("$.survey.sections[1].questions[0].pledges[1]", "‘listen’ is listed twice"),
        ("$.survey.sections[1].questions[0].pledges[2]", "unknown pledge ‘shout’"),
    }
    assert import_definition(export_definition(FULL)) == FULL  # None: not checked


def first_question(**changes) -> SurveyDefinition:
    section = FULL.sections[0]
    changed = replace(section.questions[0], **changes)
    return replace(FULL, sections=(replace(section, questions=(changed, *section.questions[1:])),))


def issues(definition: SurveyDefinition) -> set[tuple[str, str]]:
    return {(issue.path, issue.message) for issue in validate_definition(definition)}


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"key": "k" * 61}, "key", "must be 60 characters or fewer"),
        ({"key": "-role"}, "key", "use only lowercase letters, digits, ‘-’ and ‘_’, starting "
                                  "with a letter or digit"),
        ({"text": "  "}, "text", "must not be empty"),
        ({"text": "x" * 1001}, "text", "must be 1,000 characters or fewer"),
        ({"options": (Option("a", "A"),)}, "options", "add at least 2 options"),
        ({"options": (Option("a", "A"), Option(OTHER, "Other"))}, "options[1].value",
         "‘other’ is kept for the ‘Other’ answer; use another value"),
        ({"type": "agreement", "allow_other": False}, "options",
         "agreement questions have fixed options"),
        ({"type": "yes_no", "options": (), "allow_other": True}, "allow_other",
         "only single_choice and multiple_choice can allow ‘Other’"),
        ({"minimum": Decimal(1)}, "minimum", "only number questions have a minimum"),
        ({"type": "number", "options": (), "allow_other": False, "minimum": Decimal(5),
          "maximum": Decimal(4)}, "maximum", "must not be less than the minimum"),
        ({"type": "number", "options": (), "allow_other": False, "minimum": Decimal("0.125")},
         "minimum", "must have no more than 2 decimal places"),
        ({"condition": Condition("role", Operator.IS, "parent")}, "show_if.question",
         "‘role’ is not an earlier question"),
    ],
)  # fmt: skip
def test_question_rules(changes, path, message):
    assert issues(first_question(**changes)) >= {(f"{Q}[0].{path}", message)}


def test_question_keys_are_unique():
    assert issues(first_question(key="services")) == {
        (f"{Q}[1].key", "‘services’ is used by an earlier question")
    }


def test_options_other_is_allowed_as_a_value_without_allow_other():
    options = (Option("a", "A"), Option(OTHER, "Other"))
    assert issues(first_question(options=options, allow_other=False)) == set()


@pytest.mark.parametrize(
    ("condition", "path", "message"),
    [
        (Condition("name", Operator.IS, "x"), "question",
         "‘name’ is not a question with options to choose from"),
        (Condition("role", Operator.IS, "teacher"), "value",
         "must be one of ‘parent’, ‘yp’, ‘other’"),
        (Condition("role", "equals", "parent"), "operator", "must be ‘is’, ‘is_not’"),
    ],
)  # fmt: skip
def test_show_if_rules(condition, path, message):
    section = FULL.sections[1]
    last = replace(section.questions[-1], condition=condition)
    changed = replace(FULL, sections=(FULL.sections[0], replace(section, questions=(
        *section.questions[:-1], last))))  # fmt: skip
    assert issues(changed) == {(f"$.survey.sections[1].questions[5].show_if.{path}", message)}


def test_a_survey_needs_a_title_sections_and_questions():
    assert issues(replace(FULL, title=" ", sections=())) == {
        ("$.survey.title", "must not be empty"),
        ("$.survey.sections", "add at least one section"),
    }
    empty = replace(FULL, sections=(Section("Empty"),))
    assert issues(empty) == {("$.survey.sections", "add at least one question")}
    assert issues(replace(FULL, title="t" * 201)) == {
        ("$.survey.title", "must be 200 characters or fewer")
    }


# Generated surveys: any valid definition survives export and import unchanged.

KEYS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,12}", fullmatch=True)
TEXT = st.text(max_size=40).filter(str.strip)
BOUND = st.none() | st.decimals(min_value=-10_000, max_value=10_000, places=2)


@st.composite
def questions(draw) -> list[Question]:
    keys = draw(st.lists(KEYS, min_size=1, max_size=8, unique=True))
    made: list[Question] = []
    for key in keys:
        kind = get_type(draw(st.sampled_from(list(QUESTION_TYPES))))
        fields = {"required": draw(st.booleans()), "hint": draw(st.text(max_size=20))}
        if kind.has_custom_options:
            values = draw(st.lists(KEYS.filter(lambda v: v != OTHER), min_size=2, max_size=4,
                                   unique=True))  # fmt: skip
            fields["options"] = tuple(Option(v, draw(TEXT)) for v in values)
            fields["allow_other"] = draw(st.booleans())
        if kind.name == "number":
            fields["minimum"], fields["maximum"] = sorted(
                (draw(BOUND), draw(BOUND)), key=lambda b: (b is None, b)
            )
        sources = [q for q in made if get_type(q.type).is_choice]
        if sources and draw(st.booleans()):
            source = draw(st.sampled_from(sources))
            value = draw(st.sampled_from(get_type(source.type).options_for(source))).value
            fields["condition"] = Condition(source.key, draw(st.sampled_from(Operator)), value)
        fields["pledges"] = tuple(draw(st.lists(st.sampled_from(sorted(KNOWN["pledges"])),
                                                max_size=2, unique=True)))  # fmt: skip
        made.append(Question(key, kind.name, draw(TEXT), **fields))
    return made


@st.composite
def definitions(draw) -> SurveyDefinition:
    made = draw(questions())
    cut = draw(st.integers(min_value=0, max_value=len(made)))
    sections = (Section(draw(TEXT), tuple(made[:cut])), Section(draw(TEXT), tuple(made[cut:])))
    return SurveyDefinition(
        slug=draw(KEYS),
        title=draw(TEXT),
        purpose=draw(st.text(max_size=40)),
        audiences=tuple(draw(st.lists(st.sampled_from(sorted(KNOWN["audiences"])), unique=True))),
        sections=sections,
    )


@settings(max_examples=50, deadline=None)
@given(definitions())
def test_any_valid_definition_round_trips(definition):
    assert validate_definition(definition, **KNOWN) == []
    assert import_definition(export_definition(definition), **KNOWN) == definition
    assert loads(dumps(definition), **KNOWN) == definition
    assert json.loads(dumps(definition)) == export_definition(definition)
