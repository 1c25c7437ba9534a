"""Closing the loop end to end: replies to a closed survey's top themes reach the public page,
the feed and the measures only once they are published."""

from __future__ import annotations

from datetime import date, datetime
from xml.etree import ElementTree

import pytest

from feedback.extensions import db
from feedback.models import Action, Decision, Role
from tests.factories import login_as
from tests.feedback.yousaid.helpers import comment_on, make_action, make_closed, make_theme
from tests.pages import visible_text

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
THEMES = ("Waiting for therapy", "Nobody rings back", "Local offer hard to use")


@pytest.fixture
def app_config() -> dict:
    return {"LOOP_THEME_MIN_COMMENTS": 2}


def _entries(client) -> list[str]:
    root = ElementTree.fromstring(client.get("/you-said-we-did/feed.atom").data)
    return [entry.find("atom:title", ATOM).text for entry in root.findall("atom:entry", ATOM)]


def test_replies_to_the_top_three_themes_show_once_published(client, app):
    survey = make_closed(
        app,
        "parents-2026",
        date(2026, 9, 30),
        title="Parents survey 2026",
        results_published_at=datetime(2026, 10, 5),
    )
    themes = [make_theme(app, label) for label in THEMES]
    for count, theme in zip((4, 3, 2), themes, strict=True):
        comment_on(app, survey, count, {theme: Decision.ACCEPTED})
    drafts = [
        make_action(
            app,
            f"Reply: {label}",
            theme_ids=[theme],
            survey_ids=[survey],
            published_at=None,
            created_at=datetime(2026, 10, 1),
        )
        for label, theme in zip(THEMES, themes, strict=True)
    ]
    login_as(client, app, Role.OFFICER)

    overview = visible_text(client.get("/manage/overview/"))
    assert (
        "Themes answered 0 of 3 themes (0%) with 2 or more comments in a closed survey have a "
        "published response"
    ) in overview
    assert "No actions have been published yet." in visible_text(client.get("/you-said-we-did/"))
    assert _entries(client) == []

    with app.app_context():
        for day, action_id in enumerate(drafts, start=12):
            db.session.get(Action, action_id).published_at = datetime(2026, 10, day, 9)
        db.session.commit()

    overview = visible_text(client.get("/manage/overview/"))
    assert "Themes answered 3 of 3 themes (100%)" in overview
    assert "Days to reply Median 12 days from a survey closing to its first published" in overview
    public = visible_text(client.get("/you-said-we-did/"))
    assert "Showing 3 of 3 published actions" in public
    assert all(f"Reply: {label}" in public for label in THEMES)
    html = client.get("/you-said-we-did/").get_data(as_text=True)
    assert html.count('href="/results/parents-2026"') == 3
    assert _entries(client) == [f"Reply: {label}" for label in reversed(THEMES)]
