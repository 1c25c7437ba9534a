"""Adding and deleting batches of invitations."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import InvitationBatch, Role
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.rates.helpers import audience_ids, batches, locality_ids
from tests.pages import page, visible_text

PARENTS = "parents-and-carers"
YOUNG = "children-and-young-people"


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


@pytest.fixture
def officer(client, app):
    return login_as(client, app, Role.OFFICER)


def _add(client, survey_id: int, **fields):
    data = {"sent_on": ["2", "3", "2026"], "invited": "400", "method": "letter"} | fields
    return client.post(f"/manage/rates/surveys/{survey_id}/invitations/new", data=data)


def test_a_batch_is_added_with_everything_given(client, app, survey_id, officer):
    response = _add(
        client,
        survey_id,
        invited="1,200",
        method="text-message",
        locality=str(locality_ids(app)["east"]),
        note="  Reminder to the forum list  ",
    )
    assert response.headers["Location"] == f"/manage/rates/surveys/{survey_id}#invitations"
    assert batches(app, survey_id) == [
        {
            "sent_on": date(2026, 3, 2),
            "invited": 1200,
            "method": "text-message",
            "audience": PARENTS,
            "locality": "east",
            "note": "Reminder to the forum list",
        }
    ]
    assert "1,200 invitations (text message) added" in visible_text(
        client.get(f"/manage/rates/surveys/{survey_id}")
    )


def test_the_form_asks_for_the_audience_only_when_the_survey_has_several(client, app, officer):
    one = make_survey(app)
    assert "Audience (optional)" not in visible_text(
        client.get(f"/manage/rates/surveys/{one}/invitations/new")
    )
    two = make_survey(app, replace(every_type_definition("two"), audiences=(PARENTS, YOUNG)))
    form = client.get(f"/manage/rates/surveys/{two}/invitations/new")
    assert "Audience (optional)" in visible_text(form)
    assert _add(client, two, audience=str(audience_ids(app)[YOUNG])).status_code == 302
    assert _add(client, two, audience="").status_code == 302
    assert [batch["audience"] for batch in batches(app, two)] == [YOUNG, None]


@pytest.mark.parametrize(
    ("fields", "field_id", "message"),
    [
        ({"sent_on": ["", "", ""]}, "sent_on-day", "Enter the date the invitations were sent"),
        ({"sent_on": ["31", "2", "2026"]}, "sent_on-day", "The date sent must be a real date"),
        ({"sent_on": ["1", "", "2026"]}, "sent_on-day", "The date sent must include a month"),
        ({"invited": ""}, "invited", "Enter the number invited"),
        ({"invited": "0"}, "invited", "The number invited must be 1 or more"),
        ({"invited": "2.5"}, "invited", "Enter the number invited as a whole number, like 1450"),
        ({"invited": "-10"}, "invited", "The number invited must be 0 or more"),
        ({"method": ""}, "method", "Select how they were invited"),
        ({"method": "carrier-pigeon"}, "method", "Select how they were invited"),
        ({"locality": "999999"}, "locality", "Select a locality from the list"),
        ({"note": "x" * 501}, "note", "The note must be 500 characters or fewer"),
    ],
)
def test_mistakes_are_explained_and_nothing_is_added(
    client, app, survey_id, officer, fields, field_id, message
):
    response = _add(client, survey_id, **fields)
    assert response.status_code == 200
    html = page(response)
    assert "<title>Error: Add invitations" in html
    assert f'href="#{field_id}">{message}</a>' in html
    assert f"Error: {message}" in visible_text(response)
    assert batches(app, survey_id) == []


def test_the_date_sent_cannot_be_in_the_future(client, app, survey_id, officer):
    tomorrow = date.today() + timedelta(days=1)
    response = _add(
        client, survey_id, sent_on=[str(tomorrow.day), str(tomorrow.month), str(tomorrow.year)]
    )
    assert "The date sent must be today or in the past" in visible_text(response)
    assert batches(app, survey_id) == []


def test_a_batch_is_deleted_after_confirming(client, app, survey_id, officer):
    _add(client, survey_id)
    html = page(client.get(f"/manage/rates/surveys/{survey_id}"))
    delete_url = re.search(r'href="(/manage/rates/surveys/\d+/invitations/\d+/delete)"', html)[1]
    confirm = visible_text(client.get(delete_url))
    assert "Delete these invitations?" in confirm
    assert "The 400 invitations (letter) sent on 2 March 2026 will no longer count" in confirm
    assert batches(app, survey_id) != []
    done = client.post(delete_url)
    assert done.headers["Location"] == f"/manage/rates/surveys/{survey_id}#invitations"
    assert batches(app, survey_id) == []
    assert "Deleted the 400 invitations (letter) sent on 2 March 2026" in visible_text(
        client.get(done.headers["Location"])
    )


def test_a_batch_of_another_survey_cannot_be_deleted_through_this_one(
    client, app, survey_id, officer
):
    other = make_survey(app, every_type_definition("other"))
    _add(client, other)
    with app.app_context():
        batch_id = db.session.scalar(select(InvitationBatch.id))
    url = f"/manage/rates/surveys/{survey_id}/invitations/{batch_id}/delete"
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert len(batches(app, other)) == 1
