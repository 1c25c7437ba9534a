"""With CSRF protection on, as in production, the import forms carry their token."""

from __future__ import annotations

import io
import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_staff, make_survey
from tests.feedback.imports.helpers import PLAIN, stored_counts


@pytest.fixture
def app_config(tmp_path) -> dict:
    return {"WTF_CSRF_ENABLED": True, "IMPORT_UPLOAD_FOLDER": str(tmp_path / "uploads")}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def test_upload_and_import_work_with_the_token_and_not_without(client, app):
    survey_id = make_survey(app)
    email = make_staff(app, Role.OFFICER)
    signed_in = client.post(
        "/sign-in",
        data={
            "email": email,
            "password": PASSWORD,
            "csrf_token": _token(client.get("/sign-in").text),
        },
    )
    assert signed_in.status_code == 302
    url = f"/manage/imports/surveys/{survey_id}"
    token = _token(client.get(url).text)

    def upload(**extra):
        data = {"responses_file": (io.BytesIO(PLAIN.read_bytes()), "plain.csv"), **extra}
        return client.post(url, data=data, content_type="multipart/form-data")

    assert upload().status_code == 400
    assert upload(csrf_token=token).status_code == 302
    preview_url = f"{url}/preview"
    preview_token = _token(client.get(preview_url).text)
    assert client.post(preview_url, data={"action": "import"}).status_code == 400
    assert stored_counts(app) == (0, 0, 0)
    imported = client.post(preview_url, data={"action": "import", "csrf_token": preview_token})
    assert imported.status_code == 302
    assert stored_counts(app)[0] == 4
