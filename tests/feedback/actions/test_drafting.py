"""Drafting from evidence: "Respond to this" beside a theme in a survey's results opens a new
action pre-filled with the theme, the survey, the counts the results page shows and redacted
quotes; nothing is stored until the officer saves."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from feedback.actions.drafting import ThemeEvidence, evidence_sentence
from feedback.extensions import db
from feedback.models import CodebookTheme, Decision, Question, Role
from feedback.reports.results import ThemeCount
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.actions.helpers import NEW, action_count, action_ids, form_data, stored
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.pages import page, visible_text

QUESTION = "What one thing would make the biggest difference?"


@pytest.fixture
def app_config() -> dict:
    """Counts of 4 people are written down exactly when nothing is suppressed."""
    return {"SUPPRESSION_THRESHOLD": 1}


@pytest.fixture
def survey_id(app) -> int:
    group = make_group(app)
    survey = make_survey(app, group_ids=[group])
    add_responses(app, survey, 1, {"comments": "Ring me on 07700 900461 about the wait."})
    add_responses(app, survey, 2, {"comments": "We waited 40 weeks."})
    add_responses(app, survey, 1, {"comments": "Mrs Patel said the wait for therapy was too long."})
    add_responses(app, survey, 1, {"comments": "Our caseworker never rings back."})
    add_responses(app, survey, 1, {"comments": "Brilliant school, helpful staff."})
    phone, weeks, weeks_again, therapy, caseworker, _ = answer_ids(app)
    add_theme(
        app,
        "Long waits",
        {
            phone: Decision.SUGGESTED,
            weeks: Decision.SUGGESTED,
            weeks_again: Decision.SUGGESTED,
            therapy: Decision.ACCEPTED,
            caseworker: Decision.REJECTED,
        },
        scores={phone: 0.9, weeks: 0.4, weeks_again: 0.4},
    )
    add_theme(app, "No named contact", {caseworker: Decision.ACCEPTED})
    return survey


def question_id(app, survey_id: int) -> int:
    with app.app_context():
        return db.session.scalar(
            select(Question.id).where(Question.survey_id == survey_id, Question.key == "comments")
        )


def respond_url(app, survey_id: int, theme: str = "long-waits") -> str:
    return f"{NEW}?survey={survey_id}&theme={theme}&question={question_id(app, survey_id)}"


def test_officers_see_respond_to_this_beside_each_theme(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = client.get(f"/manage/reports/surveys/{survey_id}").get_data(as_text=True)
    link = respond_url(app, survey_id).replace("&", "&amp;")
    assert f'<a class="govuk-link" href="{link}">Respond to this' in html
    assert html.count(">Respond to this<") == 2
    assert "Respond to this theme: Long waits" in visible_text(
        client.get(f"/manage/reports/surveys/{survey_id}")
    )


def test_viewers_see_no_respond_link(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = client.get(f"/manage/reports/surveys/{survey_id}").get_data(as_text=True)
    assert "Respond to this" not in html
    assert "/manage/actions/new" not in html


def test_the_new_action_is_pre_filled_with_exact_counts_and_redacted_quotes(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.get(respond_url(app, survey_id))
    assert response.status_code == 200
    html = page(response)
    assert 'value="Long waits"' in html
    you_said = (
        f"4 of 6 people who answered ‘{QUESTION}’ mentioned ‘Long waits’ (1 checked by a "
        "person and 3 suggested by the automatic theming and not checked yet)."
    )
    assert re.search(r'name="you_said"[^>]*>\s*' + re.escape(you_said) + r"\s*</textarea>", html)
    raw = response.get_data(as_text=True)
    quotes = re.search(r'name="quotes"[^>]*>(.*?)</textarea>', raw, re.S)[1].strip()
    assert quotes.splitlines() == [
        "[name] said the wait for therapy was too long.",
        "Ring me on [phone] about the wait.",
        "We waited 40 weeks.",
    ]
    assert "Patel" not in html and "07700" not in html
    for name, checked in (
        ("themes", re.escape("Long waits (Waiting times)")),
        ("areas", r"\d+\. Waiting times"),
        ("surveys", re.escape("Your experience of SEND support (open)")),
        ("groups", "Parent Carer Forum"),
    ):
        pattern = rf'name="{name}" type="checkbox" value="\d+" checked[^>]*>\s*<label[^>]*>\s*'
        assert re.search(pattern + checked, html), name
    drafted = "Drafted from the theme ‘Long waits’ in the results of ‘Your experience of SEND"
    assert drafted in visible_text(response)
    assert action_count(app) == 0


def test_saving_the_draft_keeps_its_links(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = client.get(respond_url(app, survey_id)).get_data(as_text=True)
    checked = dict.fromkeys(("themes", "surveys", "areas", "groups"))
    for name in checked:
        checked[name] = re.findall(rf'name="{name}" type="checkbox" value="(\d+)" checked', html)
    quotes = re.search(r'name="quotes"[^>]*>(.*?)</textarea>', html, re.S)[1].strip()
    response = client.post(
        respond_url(app, survey_id), data=form_data(title="Long waits", quotes=quotes, **checked)
    )
    assert response.status_code == 302
    saved = stored(app, action_ids(app)[0])
    assert (saved["themes"], saved["surveys"], saved["areas"]) == (
        ["long-waits"],
        [survey_id],
        ["waiting-times"],
    )
    assert saved["quotes"][0] == "[name] said the wait for therapy was too long."


def test_without_the_question_every_free_text_question_counts(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.get(f"{NEW}?survey={survey_id}&theme=long-waits")
    assert f"4 of 6 people who answered ‘{QUESTION}’ mentioned ‘Long waits’" in page(response)


def test_a_theme_can_be_named_by_id(client, app, survey_id):
    with app.app_context():
        query = select(CodebookTheme.id).where(CodebookTheme.slug == "long-waits")
        theme = db.session.scalar(query)
    login_as(client, app, Role.OFFICER)
    response = client.get(f"{NEW}?survey={survey_id}&theme={theme}")
    assert "mentioned ‘Long waits’" in page(response)


def test_a_theme_nobody_mentioned_says_so(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.get(f"{NEW}?survey={survey_id}&theme=short-breaks")
    assert response.status_code == 200
    assert "but no answers to it have this theme yet" in visible_text(response)


@pytest.mark.parametrize(
    "query",
    ["survey=999&theme=long-waits", "survey={survey}&theme=no-such-theme",
     "survey={survey}&theme=long-waits&question=99999", "survey=abc&theme=long-waits",
     "survey=99999999999999999999&theme=long-waits", "survey={survey}&theme=99999999999",
     "survey={survey}&theme=long-waits&question=x"],
)  # fmt: skip
def test_unknown_surveys_themes_and_questions_are_not_found(client, app, survey_id, query):
    login_as(client, app, Role.OFFICER)
    response = client.get(f"{NEW}?" + query.format(survey=survey_id))
    assert response.status_code == 404


def test_a_question_of_another_survey_is_not_found(client, app, survey_id):
    other = make_survey(app, every_type_definition("another-survey"))
    login_as(client, app, Role.OFFICER)
    foreign = question_id(app, survey_id)
    response = client.get(f"{NEW}?survey={other}&theme=long-waits&question={foreign}")
    assert response.status_code == 404


def test_viewers_cannot_draft(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    assert client.get(respond_url(app, survey_id)).status_code == 403


def test_a_count_below_the_suppression_threshold_is_not_written_down():
    few = ThemeEvidence("What would help?", 600, ThemeCount("waits", "Long waits", 3, 0))
    many = ThemeEvidence("What would help?", 600, ThemeCount("waits", "Long waits", 3, 9))
    assert evidence_sentence(few, "Long waits", threshold=5).startswith(
        "Fewer than 5 of 600 people who answered ‘What would help?’ mentioned ‘Long waits’"
    )
    assert evidence_sentence(many, "Long waits", threshold=5).startswith("12 of 600 people")
