"""With CSRF protection on (as in production), the queue's and codebook's forms carry a token."""

from __future__ import annotations

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_staff, make_survey
from tests.feedback.analysis.helpers import QUEUE, add_comments, audit_rows, run_theming


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def _sign_in(client, app) -> None:
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})


def test_queue_buttons_work_with_their_token_and_not_without(app, client):
    _sign_in(client, app)
    (answer,) = add_comments(app, make_survey(app), "His annual review was late again.")
    run_theming(app)
    url = f"{QUEUE}/{answer}/reviewed"
    html = client.get(QUEUE).get_data(as_text=True)
    assert f'formaction="{url}"' in html

    assert client.post(url).status_code == 400
    assert audit_rows(app) == []
    assert client.post(url, data={"csrf_token": _token(html)}).status_code == 302
    assert [row["action"] for row in audit_rows(app)] == ["review"]


def test_codebook_forms_carry_their_token(app, client):
    _sign_in(client, app)
    assert 'name="csrf_token"' in client.get("/manage/analysis/themes/new").get_data(as_text=True)
    html = client.get("/manage/analysis/themes/short-breaks/edit").get_data(as_text=True)
    assert html.count('name="csrf_token"') == 2  # the form, and the retire button
