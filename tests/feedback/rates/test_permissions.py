"""Who may see response rates, and who may change targets and invitations."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest

from feedback.extensions import db
from feedback.models import InvitationBatch, Role, SurveyStatus
from tests.factories import login_as, make_group, make_survey
from tests.feedback.rates.helpers import batches, set_targets, stored_targets
from tests.pages import page

PARENTS = "parents-and-carers"


def _batch_id(app, survey_id: int) -> int:
    """A stored batch of invitations to the survey; returns its id."""
    with app.app_context():
        batch = InvitationBatch(
            survey_id=survey_id, sent_on=date(2026, 1, 5), invited=10, method="email"
        )
        db.session.add(batch)
        db.session.commit()
        return batch.id


def _changes(survey_id: int, batch_id: int) -> list[tuple[str, str, dict | None]]:
    """Every route that changes targets or invitations, as (method, url, form data)."""
    base = f"/manage/rates/surveys/{survey_id}"
    upload = {"targets_file": (io.BytesIO(b"audience,size\nParents and carers,99\n"), "t.csv")}
    return [
        ("get", f"{base}/targets", None),
        ("post", f"{base}/targets", {"target_1_all": "99"}),
        ("post", f"{base}/targets/upload", upload),
        ("get", f"{base}/invitations/new", None),
        ("post", f"{base}/invitations/new", {"sent_on": ["1", "1", "2026"], "invited": "5"}),
        ("get", f"{base}/invitations/{batch_id}/delete", None),
        ("post", f"{base}/invitations/{batch_id}/delete", None),
    ]


def _looks(survey_id: int) -> list[str]:
    base = f"/manage/rates/surveys/{survey_id}"
    return [base, f"{base}/targets.csv"]


@pytest.fixture
def setup(app):
    """A survey co-produced by the Parent Carer Forum, with a target and an invitation batch."""
    forum = make_group(app)
    survey_id = make_survey(app, status=SurveyStatus.OPEN, group_ids=[forum])
    set_targets(app, survey_id, {(PARENTS, None): 100})
    return survey_id, _batch_id(app, survey_id), forum


def _request(client, method: str, url: str, data):
    if method == "get":
        return client.get(url)
    return client.post(url, data=data, content_type="multipart/form-data")


def _unchanged(app, survey_id: int) -> None:
    assert stored_targets(app, survey_id) == [(PARENTS, None, 100)]
    assert len(batches(app, survey_id)) == 1


def test_a_viewer_sees_the_rates_but_changes_nothing(client, app, setup):
    survey_id, batch_id, _forum = setup
    login_as(client, app, Role.VIEWER)
    for url in _looks(survey_id):
        assert client.get(url).status_code == 200, url
    html = page(client.get(_looks(survey_id)[0]))
    assert "Set targets" not in html and "Add invitations" not in html
    assert not re.search(r"/invitations/\d+/delete", html)
    for method, url, data in _changes(survey_id, batch_id):
        assert _request(client, method, url, data).status_code == 403, (method, url)
    _unchanged(app, survey_id)


def test_a_forum_editor_of_another_group_sees_nothing(client, app, setup):
    survey_id, batch_id, _forum = setup
    other = make_group(app, "youth-forum", "Youth forum")
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[other])
    for url in _looks(survey_id):
        assert client.get(url).status_code == 403, url
    for method, url, data in _changes(survey_id, batch_id):
        assert _request(client, method, url, data).status_code == 403, (method, url)
    _unchanged(app, survey_id)


def test_a_forum_editor_of_the_co_producing_group_may_change_targets_and_invitations(
    client, app, setup
):
    survey_id, batch_id, forum = setup
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[forum])
    html = page(client.get(_looks(survey_id)[0]))
    assert "Set targets" in html and "Add invitations" in html
    for method, url, data in _changes(survey_id, batch_id):
        assert _request(client, method, url, data).status_code in (200, 302), (method, url)


def test_signing_in_is_needed(client, app, setup):
    survey_id, batch_id, _forum = setup
    for url in _looks(survey_id):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    for method, url, data in _changes(survey_id, batch_id):
        response = _request(client, method, url, data)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    _unchanged(app, survey_id)


def test_a_survey_that_does_not_exist(client, app):
    login_as(client, app, Role.OFFICER)
    assert client.get("/manage/rates/surveys/999").status_code == 404
    assert client.get("/manage/rates/surveys/999/targets").status_code == 404
