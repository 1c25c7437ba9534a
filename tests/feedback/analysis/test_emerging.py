"""Emerging themes: frequent phrases the codebook misses, and making one a theme in one click."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import CodebookTheme, Role
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.analysis.helpers import add_comments, audit_rows, run_theming, suggested
from tests.pages import page, visible_text

EMERGING = "/manage/analysis/emerging"
SENSORY = (
    "The sensory room at school is always locked.",
    "A sensory room would help him calm down.",
    "There is no sensory room anywhere nearby.",
)


@pytest.fixture
def officer(app, client) -> str:
    return login_as(client, app, Role.OFFICER)


@pytest.fixture
def survey(app) -> int:
    survey_id = make_survey(app)
    add_comments(app, survey_id, *SENSORY)
    run_theming(app)
    return survey_id


def test_frequent_uncovered_phrases_are_listed_with_count_and_three_examples(
    app, client, officer, survey
):
    text = visible_text(client.get(EMERGING))
    assert "‘sensory room’: 3 comments" in text
    for example in SENSORY:
        assert example in text
    other = make_survey(app, every_type_definition("another-survey"))
    assert "sensory room" not in visible_text(client.get(EMERGING, query_string={"survey": other}))
    assert "‘sensory room’" in visible_text(client.get(EMERGING, query_string={"survey": survey}))


def test_nothing_emerging_says_so(app, client, officer):
    assert "No phrase comes up in 3 or more comments" in visible_text(client.get(EMERGING))


def test_one_click_makes_a_phrase_a_theme_and_opens_it_to_check(app, client, officer, survey):
    html = page(client.get(EMERGING))
    assert 'name="phrase" value="sensory room"' in html

    response = client.post("/manage/analysis/emerging/adopt", data={"phrase": "sensory room"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/manage/analysis/themes/sensory-room/edit"
    with app.app_context():
        theme = db.session.scalar(select(CodebookTheme).where(CodebookTheme.slug == "sensory-room"))
        assert theme.label == "Sensory room" and theme.phrases == ["sensory room"]
        area_name = theme.area.name
    banner = visible_text(client.get(response.headers["Location"]))
    assert f"Added the theme ‘Sensory room’ under ‘{area_name}’" in banner

    again = client.post("/manage/analysis/emerging/adopt", data={"phrase": "sensory room"})
    assert "There is already a theme called ‘sensory room’" in visible_text(
        client.get(again.headers["Location"])
    )
    assert audit_rows(app)[-1]["action"] == "add-theme"
    assert "sensory room" not in visible_text(client.get(EMERGING))

    (answer,) = add_comments(app, survey, "We asked for a sensory room in his new school.")
    run_theming(app)
    assert "sensory-room" in suggested(app, answer)
