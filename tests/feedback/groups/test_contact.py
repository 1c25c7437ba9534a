"""Changing a group's contact details: validated, saved once, shown on the group's pages."""

from __future__ import annotations

import pytest

from feedback.extensions import db
from feedback.models import Group, Role
from tests.factories import login_as, make_group
from tests.feedback.groups.helpers import YOUTH
from tests.pages import visible_text

URL = "/manage/groups/youth-forum/contact"
GOOD = {
    "contact_name": "Marcus Bell",
    "contact_email": "youthforum@example.org",
    "contact_phone": "+44 1632 960 102",
}


def contact(app, group_id: int) -> tuple[str, str, str]:
    with app.app_context():
        group = db.session.get(Group, group_id)
        return group.contact_name, group.contact_email, group.contact_phone


def test_a_forum_editor_changes_their_own_groups_contact_details(client, app):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth_id])
    response = client.post(URL, data={key: f"  {value} " for key, value in GOOD.items()})
    assert response.status_code == 302
    assert contact(app, youth_id) == ("Marcus Bell", "youthforum@example.org", "+44 1632 960 102")
    page = visible_text(client.get(response.headers["Location"]))
    assert "Saved the contact details of Youth Forum" in page
    assert "Marcus Bell" in page and "+44 1632 960 102" in page
    listing = visible_text(client.get("/manage/groups/"))
    assert "Marcus Bell youthforum@example.org +44 1632 960 102" in listing


def test_every_field_may_be_left_empty(client, app):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    client.post(URL, data=GOOD)
    response = client.post(URL, data={"contact_name": "", "contact_email": "", "contact_phone": ""})
    assert response.status_code == 302
    assert contact(app, youth_id) == ("", "", "")
    assert "No contact details yet" in visible_text(client.get("/manage/groups/"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("contact_email", "youthforum", "Enter an email address in the correct format"),
        ("contact_email", "a@b", "Enter an email address in the correct format"),
        ("contact_phone", "01632-960-102", "Enter a phone number using only numbers, spaces"),
        ("contact_phone", "ring Marcus", "Enter a phone number using only numbers, spaces"),
        ("contact_phone", "01632 +960", "Enter a phone number using only numbers, spaces"),
        ("contact_phone", "0" * 41, "The phone number must be 40 characters or fewer"),
        ("contact_name", "M" * 201, "The name must be 200 characters or fewer"),
    ],
)
def test_bad_details_are_refused_and_nothing_is_saved(client, app, field, value, message):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.ADMIN)
    response = client.post(URL, data={**GOOD, field: value})
    assert response.status_code == 400
    text = visible_text(response)
    assert text.startswith("Error: Change the contact details")
    assert "There is a problem" in text
    assert message in text
    assert contact(app, youth_id) == ("", "", "")


def test_a_forty_character_phone_number_is_allowed(client, app):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.ADMIN)
    phone = "+" + "1" * 39
    assert client.post(URL, data={**GOOD, "contact_phone": phone}).status_code == 302
    assert contact(app, youth_id)[2] == phone


def test_officers_are_linked_to_settings_to_rename_a_group(client, app):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    html = client.get("/manage/groups/youth-forum").get_data(as_text=True)
    assert f'href="/manage/settings/groups/{youth_id}/edit"' in html
    assert 'href="/manage/settings/groups"' in client.get("/manage/groups/").get_data(as_text=True)


def test_forum_editors_are_not_linked_to_settings(client, app):
    youth_id = make_group(app, *YOUTH)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth_id])
    html = client.get("/manage/groups/youth-forum").get_data(as_text=True)
    assert "/manage/settings/groups" not in html
