"""The survey list, and creating and changing a survey's details."""

import re
from datetime import date

import pytest
from sqlalchemy import event

from feedback.extensions import db
from feedback.models import Group, Role, Survey, SurveyStatus
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.manage.helpers import (
    add_responses,
    audience_ids,
    cells,
    create_survey,
    details_form,
    section_titles,
    survey_count,
    survey_value,
    table_row,
)
from tests.pages import page, visible_text


def _group_names(app, survey_id):
    with app.app_context():
        return sorted(group.name for group in db.session.get(Survey, survey_id).groups)


# The list ------------------------------------------------------------------------------------


def test_list_shows_each_survey_with_status_audiences_groups_dates_and_responses(client, app):
    forum = make_group(app)
    busy = make_survey(app, every_type_definition("busy"), group_ids=[forum])
    quiet = make_survey(app, every_type_definition("quiet"), status=SurveyStatus.DRAFT)
    with app.app_context():
        db.session.get(Survey, quiet).title = "A quiet survey"
        db.session.get(Survey, busy).closes_on = date(2026, 1, 5)
        db.session.commit()
    add_responses(app, busy, 3)
    login_as(client, app, Role.VIEWER)

    html = page(client.get("/manage/surveys"))

    busy_row = cells(table_row(html, f'href="/manage/surveys/{busy}"'))
    assert busy_row == [
        "Your experience of SEND support",
        "Open",
        "Parents and carers",
        "Parent Carer Forum",
        "Not set",
        "5 January 2026",
        "3",
    ]
    quiet_row = cells(table_row(html, "A quiet survey"))
    assert quiet_row[1] == "Draft"
    assert quiet_row[-1] == "0"


def test_response_counts_come_from_one_query_however_many_surveys(client, app):
    ids = [make_survey(app, every_type_definition(f"survey-{n}")) for n in range(4)]
    for count, survey_id in enumerate(ids):
        add_responses(app, survey_id, count)
    login_as(client, app, Role.OFFICER)
    statements = []

    def record(_connection, _cursor, statement, *_args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        html = page(client.get("/manage/surveys"))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    counting = [sql for sql in statements if "count(" in sql.lower()]
    assert len(counting) == 1
    for count, survey_id in enumerate(ids):
        assert cells(table_row(html, f'href="/manage/surveys/{survey_id}"'))[-1] == str(count)


def test_forum_editors_see_only_their_groups_surveys(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    our_survey = make_survey(app, every_type_definition("ours"), group_ids=[ours])
    their_survey = make_survey(app, every_type_definition("theirs"), group_ids=[theirs])
    unowned = make_survey(app, every_type_definition("unowned"))
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])

    html = page(client.get("/manage/surveys"))

    assert f'href="/manage/surveys/{our_survey}"' in html
    assert f'href="/manage/surveys/{their_survey}"' not in html
    assert f'href="/manage/surveys/{unowned}"' not in html
    assert client.get(f"/manage/surveys/{their_survey}").status_code == 403
    assert client.get(f"/manage/surveys/{unowned}").status_code == 403


def test_viewers_see_every_survey_but_cannot_create_one(client, app):
    make_survey(app)
    login_as(client, app, Role.VIEWER)
    html = page(client.get("/manage/surveys"))
    assert "Your experience of SEND support" in html
    assert "Create a survey" not in html
    assert "Import a survey" not in html
    assert client.get("/manage/surveys/new").status_code == 403


def test_the_list_says_when_there_are_no_surveys(client, app):
    login_as(client, app, Role.OFFICER)
    html = page(client.get("/manage/surveys"))
    assert "There are no surveys yet." in html
    assert 'href="/manage/surveys/new"' in html


# Creating ------------------------------------------------------------------------------------


def test_creating_a_survey_stores_a_draft_with_one_section(client, app):
    forum = make_group(app)
    login_as(client, app, Role.OFFICER)
    survey_id = create_survey(
        client,
        app,
        title="What’s the local offer like?",
        audiences=audience_ids(app, "parents-and-carers", "education-settings"),
        groups=[forum],
        opens_on=["1", "2", "2026"],
        closes_on=["31", "3", "2026"],
        ask_locality="no",
    )

    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        assert survey.status == SurveyStatus.DRAFT
        assert survey.slug == "whats-the-local-offer-like"
        assert survey.purpose == "Tell us about the local offer."
        assert survey.what_happens_next == "We will publish what we change."
        assert [a.slug for a in survey.audiences] == ["parents-and-carers", "education-settings"]
        assert [g.name for g in survey.groups] == ["Parent Carer Forum"]
        assert (survey.opens_on, survey.closes_on) == (date(2026, 2, 1), date(2026, 3, 31))
        assert survey.ask_locality is False
    assert section_titles(app, survey_id) == ["Your views"]

    html = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "has been created as a draft" in html
    assert "1 February 2026" in html
    assert "31 March 2026" in html
    assert "Parents and carers, Education settings" in html
    assert "Parent Carer Forum (co-author)" in html
    assert "Status Draft" in html
    assert "Responses 0" in html


def test_slugs_stay_unique(client, app):
    login_as(client, app, Role.OFFICER)
    first = create_survey(client, app, title="Local offer survey")
    second = create_survey(client, app, title="Local offer survey")
    third = create_survey(client, app, title="Local offer survey!")
    slugs = [survey_value(app, survey_id, "slug") for survey_id in (first, second, third)]
    assert slugs == ["local-offer-survey", "local-offer-survey-2", "local-offer-survey-3"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "   "}, "Enter a title for the survey"),
        ({"title": "x" * 201}, "The title must be 200 characters or fewer"),
        ({"audiences": []}, "Select at least one audience"),
        ({"opens_on": ["1", "", "2026"]}, "The opening date must include a month"),
        ({"opens_on": ["", "", "2026"]}, "The opening date must include a day and a month"),
        ({"closes_on": ["31", "2", "2026"]}, "The closing date must be a real date"),
        ({"closes_on": ["1", "two", "2026"]}, "The closing date must be a real date"),
        ({"opens_on": ["1", "2", "26"]}, "The year of the opening date must include 4 numbers"),
        (
            {"opens_on": ["2", "3", "2026"], "closes_on": ["1", "3", "2026"]},
            "The closing date must be the same as or after the opening date",
        ),
    ],
)
def test_survey_details_errors_are_shown_and_nothing_is_stored(client, app, changes, message):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/surveys/new", data=details_form(app, **changes))
    html = page(response)
    assert response.status_code == 200
    assert "<title>Error: Create a survey" in html
    assert "There is a problem" in html
    assert html.count(message) == 2  # in the summary and by the field
    assert survey_count(app) == 0


def test_date_errors_link_to_the_day_box(client, app):
    login_as(client, app, Role.OFFICER)
    html = page(
        client.post("/manage/surveys/new", data=details_form(app, opens_on=["x", "1", "2026"]))
    )
    assert 'href="#opens_on-day"' in html
    assert 'id="opens_on-day"' in html


def test_a_forum_editor_must_name_one_of_their_own_groups(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])

    form = page(client.get("/manage/surveys/new"))
    assert "Parent Carer Forum" in form
    assert "Youth forum" not in form

    none_chosen = page(client.post("/manage/surveys/new", data=details_form(app, groups=[])))
    assert "Select at least one of your groups" in none_chosen
    other_group = page(
        client.post("/manage/surveys/new", data=details_form(app, groups=[ours, theirs]))
    )
    assert "Select groups from the list" in other_group
    assert survey_count(app) == 0

    survey_id = create_survey(client, app, groups=[ours])
    assert _group_names(app, survey_id) == ["Parent Carer Forum"]
    assert client.get(f"/manage/surveys/{survey_id}").status_code == 200


def test_officers_may_leave_groups_out(client, app):
    make_group(app)
    login_as(client, app, Role.OFFICER)
    survey_id = create_survey(client, app)
    assert _group_names(app, survey_id) == []


# Changing details ----------------------------------------------------------------------------


def test_changing_a_drafts_title_changes_its_slug_but_not_an_open_ones(client, app):
    login_as(client, app, Role.OFFICER)
    draft = create_survey(client, app, title="First title")
    response = client.post(
        f"/manage/surveys/{draft}/details", data=details_form(app, title="Better title")
    )
    assert response.status_code == 302
    assert survey_value(app, draft, "slug") == "better-title"
    assert "The details of ‘Better title’ have been saved" in page(
        client.get(f"/manage/surveys/{draft}")
    )

    live = make_survey(app, every_type_definition("live-survey"))
    client.post(f"/manage/surveys/{live}/details", data=details_form(app, title="Renamed"))
    assert survey_value(app, live, "title") == "Renamed"
    assert survey_value(app, live, "slug") == "live-survey"


def test_the_details_form_shows_what_is_stored(client, app):
    forum = make_group(app)
    login_as(client, app, Role.OFFICER)
    survey_id = create_survey(
        client, app, title="Stored title", groups=[forum], closes_on=["5", "1", "2027"]
    )
    html = page(client.get(f"/manage/surveys/{survey_id}/details"))
    assert 'value="Stored title"' in html
    for box, value in (("day", "05"), ("month", "01"), ("year", "2027")):
        assert re.search(
            rf'id="closes_on-{box}" name="closes_on" type="text" value="{value}"', html
        )
    assert f'value="{forum}" checked' in html


def test_a_forum_editor_keeps_other_groups_when_changing_details(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    survey_id = make_survey(
        app, every_type_definition(), status=SurveyStatus.DRAFT, group_ids=[ours, theirs]
    )
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    response = client.post(
        f"/manage/surveys/{survey_id}/details", data=details_form(app, groups=[ours])
    )
    assert response.status_code == 302
    assert _group_names(app, survey_id) == ["Parent Carer Forum", "Youth forum"]


def test_officers_can_take_a_group_off_a_survey(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    survey_id = make_survey(app, status=SurveyStatus.DRAFT, group_ids=[ours, theirs])
    login_as(client, app, Role.OFFICER)
    client.post(f"/manage/surveys/{survey_id}/details", data=details_form(app, groups=[theirs]))
    assert _group_names(app, survey_id) == ["Youth forum"]
    with app.app_context():
        assert db.session.query(Group).count() == 2


def test_an_archived_surveys_details_cannot_be_changed(client, app):
    survey_id = make_survey(app, status=SurveyStatus.ARCHIVED)
    login_as(client, app, Role.OFFICER)
    response = client.post(
        f"/manage/surveys/{survey_id}/details", data=details_form(app, title="Changed")
    )
    assert response.status_code == 302
    assert survey_value(app, survey_id, "title") == "Your experience of SEND support"
    html = page(client.get(f"/manage/surveys/{survey_id}"))
    assert "This survey is archived, so it cannot be changed. Make a copy to use it again." in html
    assert f"/manage/surveys/{survey_id}/details" not in html
