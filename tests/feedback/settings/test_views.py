"""The settings pages, as staff use them: reading, adding and changing reference data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Area, Audience, Group, Locality, Pledge, Role
from tests.factories import login_as, make_group

KINDS = ["audiences", "localities", "pledges", "areas", "groups"]
READ_ONLY_ROLES = [Role.VIEWER, Role.FORUM_EDITOR]


def sign_in(client, app, role: Role) -> None:
    group_ids = [make_group(app, "youth-forum", "Youth Forum")] if role == Role.FORUM_EDITOR else []
    login_as(client, app, role, group_ids=group_ids)


def page_text(response) -> str:
    return response.get_data(as_text=True)


def row(app, model, **filters):
    with app.app_context():
        return db.session.scalars(select(model).filter_by(**filters)).one_or_none()


def item_id(app, model, **filters) -> int:
    found = row(app, model, **filters)
    assert found is not None
    return found.id


def test_staff_must_sign_in_to_see_settings(client):
    response = client.get("/manage/settings/audiences")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_index_links_to_each_setting_with_exact_counts(client, app):
    sign_in(client, app, Role.OFFICER)
    make_group(app)
    page = page_text(client.get("/manage/settings/"))
    for kind in KINDS:
        assert f'href="/manage/settings/{kind}"' in page
    assert "Areas of weakness" in page
    assert '<td class="govuk-table__cell govuk-table__cell--numeric">13</td>' in page
    assert '<td class="govuk-table__cell govuk-table__cell--numeric">1</td>' in page
    assert "This is an example charter" in page


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("audiences", "Children and young people"),
        ("localities", "North"),
        ("pledges", "Involve families from the start"),
        ("areas", "Preparing for adulthood and employment"),
    ],
)
def test_every_member_of_staff_can_read_each_list(client, app, kind, expected):
    sign_in(client, app, Role.VIEWER)
    response = client.get(f"/manage/settings/{kind}")
    assert response.status_code == 200
    assert expected in page_text(response)


def test_an_empty_list_says_so(client, app):
    sign_in(client, app, Role.OFFICER)
    page = page_text(client.get("/manage/settings/groups"))
    assert "There are no co-production groups yet" in page
    assert "Add co-production group" in page


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_viewers_and_forum_editors_see_no_change_links(client, app, role):
    sign_in(client, app, role)
    for kind in KINDS:
        page = page_text(client.get(f"/manage/settings/{kind}"))
        assert "Only administrators and co-production officers can change these" in page
        assert "/edit" not in page
        assert "/new" not in page


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
@pytest.mark.parametrize("kind", KINDS)
def test_viewers_and_forum_editors_cannot_add_or_change(client, app, role, kind):
    sign_in(client, app, role)
    first = client.get(f"/manage/settings/{kind}")
    assert first.status_code == 200
    target_id = make_group(app) if kind == "groups" else 1
    edit_url = f"/manage/settings/{kind}/{target_id}/edit"
    data = {"name": "Changed", "title": "Changed", "description": "Changed"}
    assert client.get(edit_url).status_code == 403
    assert client.post(edit_url, data=data).status_code == 403
    assert client.get(f"/manage/settings/{kind}/new").status_code == 403
    assert client.post(f"/manage/settings/{kind}/new", data=data).status_code == 403
    with app.app_context():
        for model in (Audience, Locality, Area, Group):
            assert db.session.scalar(select(model).filter_by(name="Changed")) is None
        assert db.session.scalar(select(Pledge).filter_by(title="Changed")) is None


def test_officer_adds_an_audience_with_a_slug_made_from_its_name(client, app):
    sign_in(client, app, Role.OFFICER)
    form = page_text(client.get("/manage/settings/audiences/new"))
    assert "Add an audience" in form
    response = client.post(
        "/manage/settings/audiences/new",
        data={"name": "  Health professionals ", "description": "Therapists and nurses."},
        follow_redirects=True,
    )
    assert "Added audience ‘Health professionals’" in page_text(response)
    added = row(app, Audience, slug="health-professionals")
    assert added.name == "Health professionals"
    assert added.description == "Therapists and nurses."
    assert added.position == 4


def test_admin_adds_a_locality(client, app):
    sign_in(client, app, Role.ADMIN)
    response = client.post(
        "/manage/settings/localities/new", data={"name": "Central"}, follow_redirects=True
    )
    assert "Added locality ‘Central’" in page_text(response)
    assert row(app, Locality, slug="central").name == "Central"


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("localities", {"name": "  "}, "Enter the name of the locality"),
        ("localities", {"name": "x" * 121}, "Name must be 120 characters or fewer"),
        ("localities", {"name": " north "}, "There is already a locality called ‘north’"),
        ("pledges", {"title": ""}, "Enter the title of the pledge"),
        ("pledges", {"title": "x" * 201}, "Title must be 200 characters or fewer"),
        (
            "pledges",
            {"title": "listen   AND act"},
            "There is already a pledge called ‘listen   AND act’",
        ),
        (
            "audiences",
            {"name": "Health", "description": "x" * 1001},
            "Description must be 1,000 characters or fewer",
        ),
        (
            "groups",
            {"name": "Dads Group", "contact_email": "dads at example.org"},
            "Enter an email address in the correct format, like name@example.org",
        ),
    ],
)
def test_bad_input_gets_a_specific_error_and_nothing_is_saved(client, app, kind, data, message):
    sign_in(client, app, Role.OFFICER)
    with app.app_context():
        before = {m: len(db.session.scalars(select(m)).all()) for m in (Locality, Pledge, Group)}
    response = client.post(f"/manage/settings/{kind}/new", data=data)
    page = page_text(response)
    assert response.status_code == 200
    assert "There is a problem" in page
    assert message in page
    assert "<title>Error: " in page
    with app.app_context():
        after = {m: len(db.session.scalars(select(m)).all()) for m in (Locality, Pledge, Group)}
    assert after == before


def test_names_with_the_same_slug_get_distinct_slugs(client, app):
    sign_in(client, app, Role.OFFICER)
    client.post("/manage/settings/localities/new", data={"name": "North-East"})
    client.post("/manage/settings/localities/new", data={"name": "North East"})
    assert row(app, Locality, name="North-East").slug == "north-east"
    assert row(app, Locality, name="North East").slug == "north-east-2"


def test_editing_a_pledge_keeps_its_slug_and_makes_it_your_own(client, app):
    sign_in(client, app, Role.OFFICER)
    pledge_id = item_id(app, Pledge, slug="listen-and-act")
    form = page_text(client.get(f"/manage/settings/pledges/{pledge_id}/edit"))
    assert "Change ‘Listen and act’" in form
    assert "This pledge is from the example charter" in form
    assert "listen-and-act" in form
    response = client.post(
        f"/manage/settings/pledges/{pledge_id}/edit",
        data={"title": "We listen, then act", "description": "We act on what you tell us."},
        follow_redirects=True,
    )
    page = page_text(response)
    assert "Saved pledge ‘We listen, then act’" in page
    assert "This is an example charter" in page, "other pledges are still examples"
    saved = row(app, Pledge, id=pledge_id)
    assert (saved.slug, saved.title, saved.is_example) == (
        "listen-and-act",
        "We listen, then act",
        False,
    )


def test_the_example_charter_warning_goes_once_every_pledge_is_your_own(client, app):
    sign_in(client, app, Role.ADMIN)
    with app.app_context():
        pledges = [(p.id, p.title) for p in db.session.scalars(select(Pledge))]
    assert "This is an example charter" in page_text(client.get("/manage/settings/pledges"))
    for pledge_id, title in pledges:
        client.post(
            f"/manage/settings/pledges/{pledge_id}/edit", data={"title": title, "description": ""}
        )
    assert "This is an example charter" not in page_text(client.get("/manage/settings/pledges"))
    assert "This is an example charter" not in page_text(client.get("/manage/settings/"))


def test_areas_can_be_renamed_but_not_added(client, app):
    sign_in(client, app, Role.OFFICER)
    page = page_text(client.get("/manage/settings/areas"))
    assert "Add area" not in page
    assert client.get("/manage/settings/areas/new").status_code == 404
    area_id = item_id(app, Area, slug="waiting-times")
    form = page_text(client.get(f"/manage/settings/areas/{area_id}/edit"))
    assert "Area 10 of 13 in the improvement plan" in form
    client.post(
        f"/manage/settings/areas/{area_id}/edit",
        data={"name": "Waiting times for support", "description": "Shorter waits."},
    )
    saved = row(app, Area, id=area_id)
    assert (saved.slug, saved.number, saved.name) == (
        "waiting-times",
        10,
        "Waiting times for support",
    )
    with app.app_context():
        assert len(db.session.scalars(select(Area)).all()) == 13


def test_renaming_an_area_to_another_areas_name_is_refused(client, app):
    sign_in(client, app, Role.OFFICER)
    area_id = item_id(app, Area, slug="waiting-times")
    page = page_text(
        client.post(f"/manage/settings/areas/{area_id}/edit", data={"name": "Co-production"})
    )
    assert "There is already an area of weakness called ‘Co-production’" in page
    assert row(app, Area, id=area_id).name == "Waiting times"


def test_saving_an_unchanged_name_is_not_a_duplicate(client, app):
    sign_in(client, app, Role.OFFICER)
    audience = item_id(app, Audience, slug="education-settings")
    response = client.post(
        f"/manage/settings/audiences/{audience}/edit",
        data={"name": "Education settings", "description": "Schools, colleges and nurseries."},
    )
    assert response.status_code == 302
    assert row(app, Audience, id=audience).description == "Schools, colleges and nurseries."


def test_groups_are_added_and_renamed_without_changing_their_slug(client, app):
    sign_in(client, app, Role.OFFICER)
    client.post(
        "/manage/settings/groups/new",
        data={
            "name": "Parent Carer Forum",
            "description": "Parents and carers of children with SEND.",
            "contact_email": "forum@example.org",
        },
    )
    group = row(app, Group, slug="parent-carer-forum")
    assert group.contact_email == "forum@example.org"
    page = page_text(client.get("/manage/settings/groups"))
    assert "forum@example.org" in page
    client.post(
        f"/manage/settings/groups/{group.id}/edit",
        data={"name": "Parent Carer Forum (PCF)", "description": "", "contact_email": ""},
    )
    saved = row(app, Group, id=group.id)
    assert (saved.slug, saved.name, saved.contact_email) == (
        "parent-carer-forum",
        "Parent Carer Forum (PCF)",
        "",
    )


@pytest.mark.parametrize("url", ["/manage/settings/colours", "/manage/settings/audiences/999/edit"])
def test_unknown_settings_pages_are_not_found(client, app, url):
    sign_in(client, app, Role.OFFICER)
    assert client.get(url).status_code == 404
