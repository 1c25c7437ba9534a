"""The staff pages for API tokens: made once and shown once, listed, revoked; and the API docs."""

from __future__ import annotations

import hashlib
import re

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import ApiToken, Role
from tests.factories import PASSWORD, login_as, make_staff
from tests.pages import visible_text

TOKENS = "/manage/exports/api-tokens"


def new_token(response) -> str:
    return re.search(r'<code id="new-token">([^<]+)</code>', response.get_data(as_text=True))[1]


def stored(app) -> list[ApiToken]:
    with app.app_context():
        return list(db.session.scalars(select(ApiToken).order_by(ApiToken.id)))


def sign_in(client, email: str) -> None:
    assert client.post("/sign-in", data={"email": email, "password": PASSWORD}).status_code == 302


def test_a_token_is_shown_once_and_only_its_hash_is_kept(app, client):
    login_as(client, app, Role.VIEWER)
    response = client.post(TOKENS, data={"name": "Board dashboard"})
    assert response.status_code == 201
    token = new_token(response)
    assert token.startswith("cpf_")
    assert len(token) >= 4 + 43
    assert "You will not be able to see it again" in visible_text(response)

    (row,) = stored(app)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (row.name, row.prefix)
    assert token.startswith(row.prefix)

    page = client.get(TOKENS)
    assert token not in page.get_data(as_text=True)
    text = visible_text(page)
    assert f"Board dashboard {row.prefix}…" in text
    assert "Never Revoke" in text

    api = client.get("/api/v1/surveys", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 200


def test_a_token_needs_a_name(app, client):
    login_as(client, app, Role.OFFICER)
    response = client.post(TOKENS, data={"name": "  "})
    assert response.status_code == 400
    text = visible_text(response)
    assert text.startswith("Error: API tokens")
    assert "There is a problem Enter a name for the token" in text
    assert stored(app) == []
    response = client.post(TOKENS, data={"name": "x" * 121})
    assert "The name must be 120 characters or fewer" in visible_text(response)
    assert stored(app) == []


def test_revoking_asks_first_then_the_token_stops_working(app, client):
    login_as(client, app, Role.OFFICER)
    token = new_token(client.post(TOKENS, data={"name": "Spreadsheet"}))
    (row,) = stored(app)
    url = f"{TOKENS}/{row.id}/revoke"
    assert "Revoke the token ‘Spreadsheet’?" in visible_text(client.get(url))
    assert stored(app)[0].revoked_at is None

    response = client.post(url, follow_redirects=True)
    text = visible_text(response)
    assert "Revoked the token ‘Spreadsheet’: anything using it is now refused." in text
    assert "Spreadsheet " in text and "Revoked " in text
    assert stored(app)[0].revoked_at is not None
    api = client.get("/api/v1/surveys", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 401

    again = client.post(url, follow_redirects=True)
    assert "The token ‘Spreadsheet’ was already revoked on" in visible_text(again)


def test_staff_see_and_revoke_only_their_own_tokens_but_admins_see_all(app, client):
    login_as(client, app, Role.OFFICER)
    client.post(TOKENS, data={"name": "Officer's dashboard"})
    (officers,) = stored(app)

    viewer = app.test_client()
    sign_in(viewer, make_staff(app, Role.VIEWER))
    text = visible_text(viewer.get(TOKENS))
    assert "Officer's dashboard" not in text
    assert "You have no tokens yet." in text
    assert viewer.get(f"{TOKENS}/{officers.id}/revoke").status_code == 404
    assert viewer.post(f"{TOKENS}/{officers.id}/revoke").status_code == 404
    assert stored(app)[0].revoked_at is None

    admin = app.test_client()
    sign_in(admin, make_staff(app, Role.ADMIN))
    text = visible_text(admin.get(TOKENS))
    assert "Every token" in text
    assert "Officer's dashboard officer@example.org" in text
    assert "belonging to officer@example.org" in visible_text(
        admin.get(f"{TOKENS}/{officers.id}/revoke")
    )
    admin.post(f"{TOKENS}/{officers.id}/revoke")
    assert stored(app)[0].revoked_at is not None


def test_the_token_pages_need_signing_in(app, client):
    response = client.get(TOKENS)
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_the_api_documentation_page_lists_every_endpoint(app, client):
    login_as(client, app, Role.VIEWER)
    response = client.get("/manage/exports/api")
    assert response.status_code == 200
    text = visible_text(response)
    for endpoint in (
        "GET /api/v1/surveys",
        "GET /api/v1/surveys/{survey_ref}",
        "GET /api/v1/surveys/{survey_ref}/results",
        "GET /api/v1/kpis",
        "GET /api/v1/kpis/{slug}",
        "GET /api/v1/openapi.json",
    ):
        assert f"{endpoint} " in text
    assert "No token needed." in text
    assert "responses_suppressed boolean" in text
    assert "count integer or null" in text
    assert "401 No token, a malformed Authorization header" in text


class TestWithCsrf:
    @pytest.fixture
    def app_config(self) -> dict:
        return {"WTF_CSRF_ENABLED": True}

    def test_the_forms_carry_a_token_and_refuse_posts_without_one(self, app, client):
        email = make_staff(app, Role.OFFICER)
        html = client.get("/sign-in").get_data(as_text=True)
        csrf = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]
        client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": csrf})

        page = client.get(TOKENS).get_data(as_text=True)
        csrf = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page)[1]
        assert client.post(TOKENS, data={"name": "No token"}).status_code == 400
        assert stored(app) == []
        response = client.post(TOKENS, data={"name": "With token", "csrf_token": csrf})
        assert response.status_code == 201
        (row,) = stored(app)

        url = f"{TOKENS}/{row.id}/revoke"
        assert 'name="csrf_token"' in client.get(url).get_data(as_text=True)
        assert client.post(url).status_code == 400
        assert stored(app)[0].revoked_at is None
        assert client.post(url, data={"csrf_token": csrf}).status_code == 302
        assert stored(app)[0].revoked_at is not None
