"""A real database outage while a respondent sends their answers: a "try again" page, nothing
stored, and the same answers sent exactly once when the database is back.

PostgreSQL goes away behind a TCP relay that drops every connection; SQLite's file is moved
aside (a directory in its place, so it cannot be opened) and the connection pool emptied.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import make_url

from feedback.extensions import db
from tests.conftest import make_app
from tests.pages import visible_text
from tests.reliability.helpers import (
    ANSWERS,
    TcpProxy,
    answer_every_question,
    database_url,
    migrated_database,
    stored_responses,
)

pytestmark = pytest.mark.slow


class Outage:
    """Makes the database of `url` unreachable for an app, and reachable again."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.proxy: TcpProxy | None = None
        if self.url.get_backend_name() == "postgresql":
            self.proxy = TcpProxy((self.url.host or "127.0.0.1", self.url.port or 5432))
            self.proxy.start()

    def app_url(self) -> str:
        """The URL the app must use: through the relay for PostgreSQL."""
        url = self.url if self.proxy is None else self.url.set(port=self.proxy.port)
        return url.render_as_string(hide_password=False)

    def begin(self, app: Flask) -> None:
        if self.proxy is not None:
            self.proxy.stop()
            return
        path = Path(self.url.database)
        shutil.move(path, path.with_suffix(".away"))
        path.mkdir()
        with app.app_context():
            db.engine.dispose()

    def end(self, app: Flask) -> None:
        if self.proxy is not None:
            self.proxy.start()
            return
        path = Path(self.url.database)
        path.rmdir()
        shutil.move(path.with_suffix(".away"), path)
        with app.app_context():
            db.engine.dispose()


def test_sending_during_an_outage_keeps_the_answers_for_one_retry(backend, tmp_path):
    direct = database_url(backend, tmp_path)
    migrated_database(direct)
    outage = Outage(direct)
    app = make_app(outage.app_url())
    client = app.test_client()
    check = answer_every_question(client)
    assert check.endswith("/check")

    outage.begin(app)
    refused = client.post(check)
    assert refused.status_code == 503
    assert "try again" in visible_text(refused).lower()
    outage.end(app)
    assert stored_responses(direct) == {}

    sent = client.post(check)
    assert sent.status_code == 302 and sent.location.endswith("/done")
    assert client.post(check).status_code == 302  # a second click stores nothing more
    stored = stored_responses(direct)
    assert len(stored) == 1 and list(stored.values()) == [ANSWERS]
    with app.app_context():
        db.engine.dispose()
    if outage.proxy is not None:
        outage.proxy.stop()
