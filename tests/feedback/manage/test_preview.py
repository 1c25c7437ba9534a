"""Previewing a survey as respondents see it."""

import re
from collections import Counter

from feedback.models import Role, SurveyStatus
from tests.factories import login_as, make_survey
from tests.feedback.manage.helpers import question_form, question_id
from tests.pages import page, visible_text


def test_the_preview_shows_every_question_as_respondents_see_it(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    login_as(client, app, Role.VIEWER)
    html = page(client.get(f"/manage/surveys/{survey_id}/preview"))

    for text in (
        "Does your child have an education, health and care (EHC) plan?",
        "Which services have you used in the last year? (optional)",
        "Select all that apply.",
        "Neither agree nor disagree",
        "Very dissatisfied",
        "Tell us what you mean by ‘Other’",
    ):
        assert text in html
    assert html.count('type="radio"') == 3 + 5 + 4 + 6 + 11  # yes/no, satisfaction, school, ...
    assert html.count('type="checkbox"') == 3
    assert 'maxlength="5000"' in html or 'data-maxlength="5000"' in html
    assert "<button" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert len(re.findall(r"<h1\b", html)) == 1
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [name for name, count in ids.items() if count > 1] == []


def test_a_question_preview_shows_one_question_with_its_easy_read_wording(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    login_as(client, app, Role.OFFICER)
    qid = question_id(app, survey_id, "has-ehcp")
    client.post(
        f"/manage/surveys/{survey_id}/questions/{qid}",
        data=question_form(
            text="Does your child have an EHC plan?",
            easy_read="Does your child have a plan for school, health and care?",
            key="has-ehcp",
        ),
    )
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert f'href="/manage/surveys/{survey_id}/questions/{qid}/preview"' in survey_page

    standard = visible_text(client.get(f"/manage/surveys/{survey_id}/questions/{qid}/preview"))
    assert "Your child's support Does your child have an EHC plan?" in standard
    assert "Show the easy read wording" in standard

    easy = visible_text(
        client.get(f"/manage/surveys/{survey_id}/questions/{qid}/preview?easy_read=1")
    )
    assert "Does your child have a plan for school, health and care?" in easy
    assert "Show the standard wording" in easy
