"""Adding and editing questions: the two steps, every validation error, and stable values."""

import pytest

from feedback.models import Role, SurveyStatus
from surveys.model import Condition, Operator, Option
from surveys.types import QUESTION_TYPES
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.manage.helpers import (
    add_question,
    create_survey,
    question_form,
    question_id,
    section_ids,
    stored,
)
from tests.pages import page


@pytest.fixture
def draft(client, app):
    """A new draft survey, built by a signed-in officer; its id and first section's id."""
    login_as(client, app, Role.OFFICER)
    survey_id = create_survey(client, app)
    return survey_id, section_ids(app, survey_id)[0]


def _every_type_draft(client, app) -> int:
    login_as(client, app, Role.OFFICER)
    return make_survey(app, status=SurveyStatus.DRAFT)


def test_step_one_offers_every_type_and_needs_a_choice(client, app, draft):
    survey_id, section_id = draft
    url = f"/manage/surveys/{survey_id}/sections/{section_id}/questions/new"
    html = page(client.get(url))
    for kind in QUESTION_TYPES.values():
        assert f'value="{kind.name}"' in html
        assert kind.label in html

    refused = page(client.post(url, data={}))
    assert "Select the type of question" in refused
    assert "<title>Error: " in refused

    chosen = client.post(url, data={"type": "number"})
    assert chosen.headers["Location"] == f"{url}/number"


def test_step_two_shows_only_the_fields_the_type_uses(client, app, draft):
    survey_id, section_id = draft
    base = f"/manage/surveys/{survey_id}/sections/{section_id}/questions/new"
    choice = page(client.get(f"{base}/single_choice"))
    assert 'name="options"' in choice
    assert "Add an ‘Other, please specify’ option" in choice
    assert 'name="minimum"' not in choice

    number = page(client.get(f"{base}/number"))
    assert 'name="minimum"' in number and 'name="maximum"' in number
    assert 'name="options"' not in number

    text = page(client.get(f"{base}/long_text"))
    assert 'name="options"' not in text and 'name="minimum"' not in text
    assert "compare answers to the same question across waves" in text
    assert "There are no earlier questions with answers to choose from" in text
    assert client.get(f"{base}/no_such_type").status_code == 404


def test_a_blank_key_is_made_from_the_question_and_kept_unique(client, app, draft):
    survey_id, section_id = draft
    for _ in range(2):
        response = add_question(
            client, survey_id, section_id, "short_text", text="What’s your child’s school?"
        )
        assert response.status_code == 302
    keys = [question.key for question in stored(app, survey_id).questions]
    assert keys == ["whats-your-childs-school", "whats-your-childs-school-2"]
    assert "Question 2 has been saved" in page(client.get(f"/manage/surveys/{survey_id}"))


@pytest.mark.parametrize(
    ("type_name", "fields", "field", "message"),
    [
        ("short_text", {"text": "  "}, "text", "Enter the question"),
        (
            "short_text",
            {"text": "x" * 1001},
            "text",
            "The question must be 1,000 characters or fewer",
        ),
        (
            "single_choice",
            {"text": "Pick one", "options": "Only one"},
            "options",
            "Enter at least 2 answer options, each on its own line",
        ),
        (
            "single_choice",
            {"text": "Pick one", "options": "Yes\nNo\nYes"},
            "options",
            "‘Yes’ is listed twice. Each answer option must be different",
        ),
        (
            "multiple_choice",
            {"text": "Pick some", "options": "Fine\n" + "x" * 301},
            "options",
            "Answer option 2 must be 300 characters or fewer",
        ),
        (
            "number",
            {"text": "How many?", "minimum": "ten"},
            "minimum",
            "The lowest number must be a number, like 10",
        ),
        (
            "number",
            {"text": "How many?", "minimum": "10", "maximum": "5"},
            "maximum",
            "The highest number must not be less than the minimum",
        ),
        (
            "number",
            {"text": "How many?", "maximum": "1.125"},
            "maximum",
            "The highest number must have no more than 2 decimal places",
        ),
        (
            "short_text",
            {"text": "Why?", "key": "Why Not"},
            "key",
            "The question key must use only lowercase letters, digits, ‘-’ and ‘_’",
        ),
        ("short_text", {"text": "Why?", "required": ""}, "required", "Select whether respondents"),
    ],
)
def test_each_question_error_is_shown_on_its_field(
    client, app, draft, type_name, fields, field, message
):
    survey_id, section_id = draft
    response = add_question(client, survey_id, section_id, type_name, **fields)
    html = page(response)
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert f'href="#{field}">{message}' in html
    assert f'id="{field}-error"' in html
    assert stored(app, survey_id).questions == ()


def test_every_problem_is_shown_at_once(client, app, draft):
    survey_id, section_id = draft
    html = page(
        add_question(
            client, survey_id, section_id, "number", text="", minimum="lots", key="Bad Key"
        )
    )
    assert "Enter the question" in html
    assert "The lowest number must be a number, like 10" in html
    assert "The question key must use only lowercase letters" in html


def test_a_key_already_used_names_the_question_using_it(client, app):
    survey_id = _every_type_draft(client, app)
    section_id = section_ids(app, survey_id)[1]
    html = page(
        add_question(client, survey_id, section_id, "short_text", text="Why?", key="recommend")
    )
    assert (
        "‘recommend’ is already the key of question 6 (‘How likely are you to recommend the "
        "local offer to another family?’). Enter a different question key" in html
    )


def test_skip_logic_offers_only_answers_to_earlier_choice_questions(client, app):
    survey_id = _every_type_draft(client, app)
    _first, second = section_ids(app, survey_id)
    html = page(
        client.get(
            f"/manage/surveys/{survey_id}/questions/{question_id(app, survey_id, 'services')}"
        )
    )
    assert 'value="has-ehcp=yes"' in html
    assert 'value="has-ehcp=not_sure"' in html
    assert 'value="school-type=other"' in html  # "Other" can be a condition too
    assert 'value="services=camhs"' not in html  # not itself
    assert 'value="recommend=' not in html  # later

    end_of_survey = page(
        client.get(f"/manage/surveys/{survey_id}/sections/{second}/questions/new/long_text")
    )
    assert 'value="recommend=10"' in end_of_survey
    assert 'value="one-word=' not in end_of_survey  # text answers cannot decide
    assert "Only ask this question if…" in end_of_survey


def test_skip_logic_needs_an_answer_chosen(client, app):
    survey_id = _every_type_draft(client, app)
    section_id = section_ids(app, survey_id)[1]
    html = page(
        add_question(
            client,
            survey_id,
            section_id,
            "short_text",
            text="Why?",
            asked="if",
            condition_answer="",
        )
    )
    assert 'href="#condition_answer">Select the earlier answer that decides' in html
    tampered = page(
        add_question(
            client,
            survey_id,
            section_id,
            "short_text",
            text="Why?",
            asked="if",
            condition_answer="comments=anything",
        )
    )
    assert "Select the earlier answer that decides whether to ask this question" in tampered


def test_is_not_conditions_are_stored_and_described(client, app):
    survey_id = _every_type_draft(client, app)
    section_id = section_ids(app, survey_id)[1]
    response = add_question(
        client,
        survey_id,
        section_id,
        "long_text",
        text="Why not a special school?",
        key="why-not-special",
        asked="if",
        condition_answer="school-type=special",
        condition_operator="is_not",
    )
    assert response.status_code == 302
    question = stored(app, survey_id).question("why-not-special")
    assert question.condition == Condition("school-type", Operator.IS_NOT, "special")
    html = page(client.get(f"/manage/surveys/{survey_id}"))
    assert "Only if ‘What kind of school does your child go to?’ is not Special school" in html


def test_editing_shows_the_stored_question(client, app):
    survey_id = _every_type_draft(client, app)
    qid = question_id(app, survey_id, "ehcp-satisfaction")
    html = page(client.get(f"/manage/surveys/{survey_id}/questions/{qid}"))
    assert "How satisfied are you with your child's EHC plan?" in html
    assert 'value="ehcp-satisfaction"' in html
    assert '<option value="has-ehcp=yes" selected>' in html
    assert 'value="ehc-plan-quality" checked' in html


def test_editing_options_keeps_the_values_of_unchanged_labels(client, app):
    survey_id = _every_type_draft(client, app)
    qid = question_id(app, survey_id, "school-type")
    response = client.post(
        f"/manage/surveys/{survey_id}/questions/{qid}",
        data=question_form(
            text="What kind of school does your child go to?",
            key="school-type",
            options="Home educated\nSpecial school\nMainstream school\nMainstream",
            allow_other="y",
        ),
    )
    assert response.status_code == 302
    assert stored(app, survey_id).question("school-type").options == (
        Option("home-educated", "Home educated"),
        Option("special", "Special school"),
        Option("mainstream", "Mainstream school"),
        # "mainstream" belongs to the old label, so the new one gets a value of its own
        Option("mainstream-2", "Mainstream"),
    )


def test_a_new_option_never_takes_a_removed_options_value(client, app):
    survey_id = _every_type_draft(client, app)
    qid = question_id(app, survey_id, "services")
    client.post(
        f"/manage/surveys/{survey_id}/questions/{qid}",
        data=question_form(
            text="Which services?", key="services", options="Speech and language therapy\ncamhs"
        ),
    )
    values = [o.value for o in stored(app, survey_id).question("services").options]
    assert values == ["salt", "camhs-2"]


def test_removing_an_option_a_later_question_depends_on_is_refused(client, app):
    survey_id = _every_type_draft(client, app)
    section_id = section_ids(app, survey_id)[1]
    add_question(
        client,
        survey_id,
        section_id,
        "long_text",
        text="Tell us about CAMHS",
        key="camhs-story",
        asked="if",
        condition_answer="services=camhs",
    )
    qid = question_id(app, survey_id, "services")
    html = page(
        client.post(
            f"/manage/surveys/{survey_id}/questions/{qid}",
            data=question_form(text="Which services?", key="services", options="SALT\nOT"),
        )
    )
    assert (
        "Question 10 (‘Tell us about CAMHS’) is only asked depending on the answer to this "
        "question" in html
    )
    assert len(stored(app, survey_id).question("services").options) == 3


def test_changing_a_key_keeps_the_skip_logic_that_refers_to_it(client, app):
    survey_id = _every_type_draft(client, app)
    qid = question_id(app, survey_id, "has-ehcp")
    response = client.post(
        f"/manage/surveys/{survey_id}/questions/{qid}",
        data=question_form(text="Does your child have an EHC plan?", key="ehcp"),
    )
    assert response.status_code == 302
    definition = stored(app, survey_id)
    assert definition.questions[0].key == "ehcp"
    assert definition.question("ehcp-satisfaction").condition == Condition(
        "ehcp", Operator.IS, "yes"
    )


def test_changing_the_type_of_a_question(client, app):
    survey_id = _every_type_draft(client, app)
    qid = question_id(app, survey_id, "one-word")
    url = f"/manage/surveys/{survey_id}/questions/{qid}"
    chosen = client.post(f"{url}/type", data={"type": "single_choice"})
    assert chosen.headers["Location"] == f"{url}?type=single_choice"
    html = page(client.get(f"{url}?type=single_choice"))
    assert "Single choice (radio buttons)" in html
    response = client.post(
        f"{url}?type=single_choice",
        data=question_form(text="One word?", key="one-word", options="Good\nBad"),
    )
    assert response.status_code == 302
    question = stored(app, survey_id).question("one-word")
    assert question.type == "single_choice"
    assert [o.label for o in question.options] == ["Good", "Bad"]


def test_a_question_others_depend_on_cannot_become_a_typed_in_answer(client, app):
    survey_id = _every_type_draft(client, app)
    url = f"/manage/surveys/{survey_id}/questions/{question_id(app, survey_id, 'has-ehcp')}"
    html = page(client.post(f"{url}/type", data={"type": "number"}))
    assert "Other questions are asked depending on the answer to this one" in html
    tampered = page(client.post(f"{url}?type=number", data=question_form(text="How many plans?")))
    assert "Question 2 (‘How satisfied are you with your child" in tampered
    assert stored(app, survey_id).question("has-ehcp").type == "yes_no"


@pytest.mark.parametrize("status", [SurveyStatus.OPEN, SurveyStatus.CLOSED, SurveyStatus.ARCHIVED])
def test_questions_cannot_change_once_a_survey_is_open(client, app, status):
    login_as(client, app, Role.OFFICER)
    survey_id = make_survey(app, every_type_definition(), status=status)
    section_id = section_ids(app, survey_id)[0]
    qid = question_id(app, survey_id, "has-ehcp")
    message = (
        f"This survey is {status.label.lower()}, so its questions cannot be changed. "
        "Make a copy to change it for the next wave."
    )
    before = stored(app, survey_id)
    for method, url, data in [
        ("get", f"/manage/surveys/{survey_id}/sections/{section_id}/questions/new", None),
        ("post", f"/manage/surveys/{survey_id}/questions/{qid}", question_form(text="Changed")),
        ("post", f"/manage/surveys/{survey_id}/questions/{qid}/move/down", None),
        ("post", f"/manage/surveys/{survey_id}/questions/{qid}/delete", None),
        ("post", f"/manage/surveys/{survey_id}/sections/new", {"title": "More"}),
    ]:
        response = getattr(client, method)(url, data=data)
        assert response.status_code == 302
        assert message in page(client.get(response.headers["Location"]))
    assert stored(app, survey_id) == before
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert message in survey_page
    assert "Move up" not in survey_page
    assert "Add a question" not in survey_page
