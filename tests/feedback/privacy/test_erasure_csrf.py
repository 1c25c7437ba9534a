"""The erasure pages refuse posts without the form's CSRF token."""

from __future__ import annotations

import re

import pytest

from feedback.extensions import db
from feedback.models import Response
from tests.factories import make_survey
from tests.feedback.privacy.helpers import count
from tests.pages import page


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def _token(response) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page(response))[1]


def test_erasing_needs_the_csrf_token_at_each_step(client, app):
    reference = "K7QX-4M2P"
    with app.app_context():
        db.session.add(
            Response(survey_id=make_survey(app), reference=reference, submission_token="t1")
        )
        db.session.commit()

    refused = client.post("/erase-my-answers", data={"reference": reference})
    assert refused.status_code == 400
    token = _token(client.get("/erase-my-answers"))
    asked = client.post("/erase-my-answers", data={"reference": reference, "csrf_token": token})
    assert asked.headers["Location"] == "/erase-my-answers/confirm"

    assert client.post("/erase-my-answers/confirm").status_code == 400
    assert count(app, Response) == 1
    token = _token(client.get("/erase-my-answers/confirm"))
    done = client.post("/erase-my-answers/confirm", data={"csrf_token": token})
    assert done.headers["Location"] == "/erase-my-answers/done"
    assert count(app, Response) == 0
