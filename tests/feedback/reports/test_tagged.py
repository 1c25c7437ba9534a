"""Results summarised by pledge and by area of weakness: each one's tagged questions."""

from __future__ import annotations

import pytest

from feedback.models import Role
from tests.factories import login_as, make_survey
from tests.feedback.reports.helpers import add_responses
from tests.feedback.reports.test_views import page, table_rows, text_of

HEAD = ["Question", "People who answered", "Base", "Percent positive", "95% confidence interval"]


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    add_responses(app, survey, 3, {"listened-to": "agree", "recommend": 9, "has-ehcp": "yes"})
    add_responses(app, survey, 1, {"listened-to": "dont_know", "has-ehcp": "no"})
    add_responses(
        app, survey, 1, {"has-ehcp": "yes", "ehcp-satisfaction": "dissatisfied"},
        locality="north",
    )  # fmt: skip
    return survey


def test_by_area_each_area_lists_its_questions_with_percent_positive(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id, summary="area").get_data(as_text=True)
    text = text_of(html)

    assert "Results by area of weakness" in text
    assert table_rows(html, "6. Parental engagement") == [
        HEAD,
        ["Question 5: I feel listened to by the people who support my child.", "4", "3", "100%",
         "44% to 100%"],
    ]  # fmt: skip
    assert table_rows(html, "8. The local offer")[1] == [
        "Question 6: How likely are you to recommend the local offer to another family?",
        "3", "3", "–", "–",
    ]  # fmt: skip
    assert table_rows(html, "9. Quality of EHC plans")[1][1:] == ["1", "1", "0%", "0% to 79%"]
    assert "No question in this survey measures: 1. Strategy and leadership" in text
    assert 'href="#question-listened-to"' in html


def test_by_pledge_and_with_filters(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id, summary="pledge").get_data(as_text=True)
    assert "Results by pledge" in text_of(html)
    assert table_rows(html, "Listen and act")[1][1:] == ["4", "3", "100%", "44% to 100%"]
    assert "Involve families from the start" in text_of(html)

    north = page(client, survey_id, summary="pledge", locality="north").get_data(as_text=True)
    assert table_rows(north, "Listen and act")[1][1:] == ["0", "0", "–", "–"]
    assert 'name="summary" value="pledge"' in north


def test_an_unknown_summary_shows_none(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = page(client, survey_id, summary="colour")
    assert response.status_code == 200
    assert "Results by" not in text_of(response.get_data(as_text=True))
