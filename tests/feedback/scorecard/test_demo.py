"""On the demo data, the scorecard shows every pledge's measures."""

from __future__ import annotations

import re

from sqlalchemy import select

from feedback.demo import load_demo
from feedback.extensions import db
from feedback.models import Pledge, Role
from tests.factories import login_as
from tests.pages import visible_text


def test_every_demo_pledge_has_measures_with_their_bases(client, app):
    with app.app_context():
        load_demo(responses=200)
        titles = list(db.session.scalars(select(Pledge.title).order_by(Pledge.position)))
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/"))
    sections = re.split("|".join(re.escape(f"{title} Example pledge") for title in titles), text)
    assert len(sections) == len(titles) + 1
    for title, section in zip(titles, sections[1:], strict=True):
        assert re.search(r"\d+% of [\d,]+ who answered", section), title
        assert "No survey questions measure this pledge yet." not in section, title
    parents = visible_text(client.get("/manage/pledges/listen-and-act"))
    assert "I feel listened to by the professionals who support my child." in parents
    assert re.search(r"\d+% → \d+%", parents)
    assert "Trend: I feel listened to" in parents
