"""Emerging themes: frequent phrases the codebook misses, and making one a theme in one click."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Area, CodebookTheme, Role
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.analysis.helpers import (
    add_comments,
    audit_rows,
    page,
    run_theming,
    suggested,
    visible_text,
)

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


def area_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Area.id).where(Area.slug == slug))


def test_one_click_makes_a_phrase_a_theme_after_asking_for_its_area(app, client, officer, survey):
    html = page(client.get(EMERGING))
    assert 'name="phrase" value="sensory room"' in html

    form = client.post(
        "/manage/analysis/themes/new", data={"phrase": "sensory room", "from": "emerging"}
    )
    assert form.status_code == 200
    form_html = page(form)
    assert 'value="Sensory room"' in form_html
    assert ">sensory room</textarea>" in form_html
    assert f'href="{EMERGING}"' in form_html  # back and cancel return to emerging themes
    assert "There is a problem" not in form_html

    refused = client.post(
        "/manage/analysis/themes/new",
        data={"label": "Sensory room", "area": "", "phrases": "sensory room", "from": "emerging"},
    )
    assert "Select the area this theme belongs to" in visible_text(refused)

    response = client.post(
        "/manage/analysis/themes/new",
        data={
            "label": "Sensory room",
            "area": area_id(app, "joint-commissioning"),
            "phrases": "sensory room",
            "from": "emerging",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        theme = db.session.scalar(select(CodebookTheme).where(CodebookTheme.slug == "sensory-room"))
        assert theme.phrases == ["sensory room"] and theme.area.slug == "joint-commissioning"
    assert audit_rows(app)[-1]["action"] == "add-theme"
    assert "sensory room" not in visible_text(client.get(EMERGING))

    (answer,) = add_comments(app, survey, "We asked for a sensory room in his new school.")
    run_theming(app)
    assert "sensory-room" in suggested(app, answer)
