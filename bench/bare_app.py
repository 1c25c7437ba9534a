"""The baseline for the load benchmark: a bare Flask endpoint doing the same single INSERT.

    gunicorn 'bare_app:create_app("postgresql+psycopg://…/feedback_load", 1)' --pythonpath bench

GET /bare returns a plain form (no CSRF, no template engine, no session); POST /bare stores one
`response` row for the survey, as the real submission does, and returns a confirmation with the
response's reference. It is what the app's rate is compared against in `bench/load.py`: the
same server, gunicorn settings, database and connection pool, with none of the app around it.
"""

from __future__ import annotations

import secrets

from flask import Flask, request
from sqlalchemy import create_engine

from feedback.models import Channel, Response
from feedback.respond.services import new_reference

FORM = (
    "<!doctype html><title>Bare</title><form method=post action=/bare>"
    "<input name=answer><button>Send</button></form>"
)


def create_app(database_url: str, survey_id: int) -> Flask:
    """The bare app, inserting responses to survey `survey_id` in the database at `database_url`."""
    app = Flask(__name__)
    engine = create_engine(database_url, pool_pre_ping=False)
    insert = Response.__table__.insert()

    @app.get("/bare")
    def form() -> str:
        return FORM

    @app.post("/bare")
    def submit() -> str:
        request.form.to_dict(flat=False)
        reference = new_reference()
        with engine.begin() as connection:
            connection.execute(
                insert,
                {
                    "survey_id": survey_id,
                    "reference": reference,
                    "submission_token": secrets.token_urlsafe(32),
                    "channel": Channel.ONLINE,
                },
            )
        return f"<!doctype html><title>Sent</title><p>Your reference is {reference}</p>"

    return app
