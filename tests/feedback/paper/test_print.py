"""Printable surveys: every question numbered, with its options, boxes and skip logic, for staff
(any survey they may see) and the public (surveys taking answers)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from feedback.models import Role, SurveyStatus
from surveys.model import Operator
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.pages import page, visible_text

PUBLIC = "/surveys/every-type/print"


def staff_print(survey_id: int) -> str:
    return f"/manage/surveys/{survey_id}/print"


def test_the_printed_survey_numbers_every_question_with_its_options_and_skip_logic(client, app):
    make_survey(app)
    response = client.get(PUBLIC)
    assert response.status_code == 200
    text = visible_text(response)

    for expected in (
        "Your experience of SEND support Tell us what it is like to get support for your child.",
        "They will pass it to the local area SEND partnership, who run this survey.",
        "You can also answer this survey online at http://127.0.0.1:5000/surveys/every-type",
        "About you Question 1 Which part of the area do you live in?",
        "North South East West Prefer not to say",
        "Question 2 Does your child have an education, health and care (EHC) plan? "
        "Tick one box. Yes No Not sure",
        "Question 3 How satisfied are you with your child's EHC plan? "
        "Only answer if you answered ‘Yes’ to question 2.",
        "Mainstream school Special school Not in school Other – please write it here:",
        "Question 5 Which services have you used in the last year? (optional) "
        "Select all that apply. Tick all that apply.",
        "Strongly agree Agree Neither agree nor disagree Disagree Strongly disagree Don't know",
        "0 1 2 3 4 5 6 7 8 9 10",
        "Question 8 How many weeks did you wait for your first assessment? (optional) "
        "Write a number from 0 to 520 in the box.",
        "Question 10 What one thing would make the biggest difference? (optional) "
        "Write your answer on the lines.",
        "What happens next The Parent Carer Forum and the council will publish what we do next.",
    ):
        assert expected in text
    html = page(response)
    boxes = 5 + 3 + 5 + 4 + 3 + 6 + 11  # one to tick for each option of each choice question
    assert html.count('class="app-tickbox"') == boxes
    assert html.count('class="app-paper-box"') == 1
    assert html.count('class="app-paper-line"') == 2 + 6
    assert "<form" not in html.split("<main", 1)[1]
    assert 'class="govuk-template__body app-printable"' in html


def test_the_print_button_needs_a_script_file_and_no_inline_script(client, app):
    make_survey(app)
    html = page(client.get(PUBLIC))
    assert re.search(r"<button [^>]*data-app-print hidden>Print this page</button>", html)
    assert re.search(r'<script type="module" src="/paper/static/print.js" nonce="[^"]+">', html)
    assert "onclick" not in html
    script = client.get("/paper/static/print.js")
    assert script.status_code == 200
    assert "window.print()" in script.get_data(as_text=True)


def test_a_negated_condition_says_when_not_to_answer(client, app):
    definition = every_type_definition()
    first, conditional, *rest = definition.sections[0].questions
    negated = replace(
        conditional, condition=replace(conditional.condition, operator=Operator.IS_NOT, value="no")
    )
    section = replace(definition.sections[0], questions=(first, negated, *rest))
    make_survey(app, replace(definition, sections=(section, *definition.sections[1:])))
    text = visible_text(client.get(PUBLIC))
    assert "Only answer if you did not answer ‘No’ to question 2." in text


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW])
def test_the_public_cannot_print_a_survey_that_is_not_published(client, app, status):
    make_survey(app, status=status)
    assert client.get(PUBLIC).status_code == 404
    assert client.get("/surveys/no-such-survey/print").status_code == 404


def test_a_closed_survey_sends_the_public_to_its_start_page(client, app):
    make_survey(app, status=SurveyStatus.CLOSED)
    response = client.get(PUBLIC)
    assert response.status_code == 302
    assert response.headers["Location"] == "/surveys/every-type"


def test_staff_print_any_survey_they_may_see_whatever_its_status(client, app):
    ours, theirs = make_group(app), make_group(app, "youth-forum", "Youth Forum")
    survey_id = make_survey(app, status=SurveyStatus.DRAFT, group_ids=[ours])
    login_as(client, app, Role.VIEWER)
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert f'href="{staff_print(survey_id)}"' in survey_page

    printed = client.get(staff_print(survey_id))
    assert printed.status_code == 200
    text = visible_text(printed)
    assert "Only answer if you answered ‘Yes’ to question 2." in text
    assert "answer this survey online" not in text  # a draft is not online yet

    other_editor = app.test_client()
    login_as(other_editor, app, Role.FORUM_EDITOR, group_ids=[theirs])
    assert other_editor.get(staff_print(survey_id)).status_code == 403
