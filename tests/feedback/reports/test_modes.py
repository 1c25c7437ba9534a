"""Results broken down by mode (standard or easy read) and by the language people answered in."""

from __future__ import annotations

import re

import pytest

from feedback.extensions import db
from feedback.models import Mode, Question, Role
from feedback.reports.languages import language_label
from feedback.reports.results import breakdown
from tests.factories import login_as, make_survey
from tests.feedback.reports.helpers import add_responses
from tests.pages import page, visible_text


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    add_responses(app, survey, 3, {"listened-to": "agree"})
    add_responses(app, survey, 1, {"listened-to": "dont_know"})
    add_responses(app, survey, 2, {"listened-to": "disagree"}, mode=Mode.EASY_READ, language="ur")
    add_responses(
        app, survey, 1, {"listened-to": "strongly_agree"}, mode=Mode.EASY_READ, language="pl"
    )
    return survey


def rows(app, by: str) -> list[tuple[str, int, int, float]]:
    """Each group's label, people answering, base and percent positive."""
    with app.app_context():
        question = db.session.query(Question).filter_by(key="listened-to").one()
        found = breakdown(question, by)
    return [
        (row.label, row.result.n, row.result.base, row.result.positive.percent)
        for row in found.rows
    ]


def test_results_split_by_mode_and_merge_otherwise(app, survey_id):
    assert rows(app, "mode") == [("Standard", 4, 3, 100.0), ("Easy read", 3, 3, 100 / 3)]


def test_results_split_by_language_english_first(app, survey_id):
    assert rows(app, "language") == [
        ("English", 4, 3, 100.0),
        ("Polski (Polish)", 1, 1, 100.0),
        ("اردو (Urdu)", 2, 2, 0.0),
    ]


def test_a_language_is_named_in_itself_and_in_english():
    assert [language_label(code) for code in ("en", "ur", "pl", "fr")] == [
        "English",
        "اردو (Urdu)",
        "Polski (Polish)",
        "French",
    ]


def test_the_results_page_breaks_a_question_down_by_mode_and_language(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    url = f"/manage/reports/surveys/{survey_id}"
    html = page(client.get(url))
    assert re.search(r'href="[^"]*question=listened-to[^"]*by=mode[^"]*">mode', html)
    assert re.search(r'href="[^"]*question=listened-to[^"]*by=language[^"]*">language', html)

    by_mode = client.get(url, query_string={"question": "listened-to", "by": "mode"})
    text = visible_text(by_mode)
    assert "Answer Standard Easy read People who answered 4 3" in text
    assert "Each percent is of the people in that mode who answered, not counting" in text

    by_language = client.get(url, query_string={"question": "listened-to", "by": "language"})
    html = page(by_language)
    assert '<span lang="ur">اردو</span> (Urdu)' in html
    assert "Each percent is of the people in that language who answered" in visible_text(
        by_language
    )
