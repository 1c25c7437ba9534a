"""Building a survey through the forms: every question type, with skip logic."""

from dataclasses import replace

from feedback.models import Role
from surveys.model import Option
from tests.factories import every_type_definition, login_as
from tests.feedback.manage.helpers import add_question, create_survey, section_ids, stored
from tests.pages import page


def _with_option_values(definition, values: dict[str, tuple[str, ...]]):
    """`definition` with the options of some questions given new values, in order."""
    sections = []
    for section in definition.sections:
        questions = []
        for question in section.questions:
            if question.key in values:
                options = tuple(
                    Option(value, option.label)
                    for value, option in zip(values[question.key], question.options, strict=True)
                )
                question = replace(question, options=options)
            questions.append(question)
        sections.append(replace(section, questions=tuple(questions)))
    return replace(definition, sections=tuple(sections))


def test_a_survey_using_every_question_type_is_stored_as_intended(client, app):
    login_as(client, app, Role.OFFICER)
    intended = every_type_definition("your-experience-of-send-support")
    survey_id = create_survey(
        client,
        app,
        title=intended.title,
        purpose=intended.purpose,
        what_happens_next=intended.what_happens_next,
    )
    first = section_ids(app, survey_id)[0]
    rename = client.post(
        f"/manage/surveys/{survey_id}/sections/{first}/rename",
        data={"title": "Your child's support"},
    )
    assert rename.status_code == 302
    client.post(f"/manage/surveys/{survey_id}/sections/new", data={"title": "Being listened to"})
    second = section_ids(app, survey_id)[1]

    posts = [
        (first, "yes_no", {"key": "has-ehcp", "text": intended.question("has-ehcp").text}),
        (
            first,
            "satisfaction",
            {
                "key": "ehcp-satisfaction",
                "text": intended.question("ehcp-satisfaction").text,
                "asked": "if",
                "condition_answer": "has-ehcp=yes",
                "condition_operator": "is",
                "areas": ["ehc-plan-quality"],
            },
        ),
        (
            first,
            "single_choice",
            {
                "key": "school-type",
                "text": intended.question("school-type").text,
                "options": "Mainstream school\r\nSpecial school\r\n\r\nNot in school\r\n",
                "allow_other": "y",
            },
        ),
        (
            first,
            "multiple_choice",
            {
                "key": "services",
                "text": intended.question("services").text,
                "hint": "Select all that apply.",
                "options": "Speech and language therapy\nOccupational therapy\nCAMHS",
                "required": "no",
            },
        ),
        (
            second,
            "agreement",
            {
                "key": "listened-to",
                "text": intended.question("listened-to").text,
                "pledges": ["listen-and-act"],
                "areas": ["parental-engagement"],
            },
        ),
        (
            second,
            "rating",
            {
                "key": "recommend",
                "text": intended.question("recommend").text,
                "areas": ["local-offer"],
            },
        ),
        (
            second,
            "number",
            {
                "key": "waiting-weeks",
                "text": intended.question("waiting-weeks").text,
                "minimum": "0",
                "maximum": "520",
                "required": "no",
            },
        ),
        (
            second,
            "short_text",
            {"key": "one-word", "text": intended.question("one-word").text, "required": "no"},
        ),
        (
            second,
            "long_text",
            {"key": "comments", "text": intended.question("comments").text, "required": "no"},
        ),
    ]
    for section_id, type_name, fields in posts:
        response = add_question(client, survey_id, section_id, type_name, **fields)
        assert response.status_code == 302, page(response)

    assert stored(app, survey_id) == _with_option_values(
        intended,
        {
            "school-type": ("mainstream-school", "special-school", "not-in-school"),
            "services": ("speech-and-language-therapy", "occupational-therapy", "camhs"),
        },
    )
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert (
        "Only if ‘Does your child have an education, health and care (EHC) plan?’ is Yes"
        in survey_page
    )
