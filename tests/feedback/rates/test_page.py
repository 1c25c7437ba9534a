"""The response rates page: every figure exact on a small survey, with its base."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from feedback.models import Channel, Role
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.rates.helpers import add_funnel, locality_ids, set_targets, table_rows
from tests.feedback.reports.helpers import add_responses
from tests.pages import page, visible_text

PARENTS = "parents-and-carers"


@pytest.fixture
def survey_id(app) -> int:
    """12 parents: 8 in North (2 on paper), 3 in South at an event, 1 who did not say."""
    survey = make_survey(app)
    add_responses(app, survey, 6, {}, audience=PARENTS, locality="north")
    add_responses(app, survey, 2, {}, audience=PARENTS, locality="north", channel=Channel.PAPER)
    add_responses(app, survey, 3, {}, audience=PARENTS, locality="south", channel=Channel.EVENT)
    add_responses(app, survey, 1, {}, audience=PARENTS)
    set_targets(
        app,
        survey,
        {(PARENTS, None): 80, (PARENTS, "north"): 40, (PARENTS, "south"): 2, (PARENTS, "west"): 20},
    )
    return survey


def rates_page(client, survey_id: int, **args):
    return client.get(f"/manage/rates/surveys/{survey_id}", query_string=args)


def test_the_rates_state_their_base(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = rates_page(client, survey_id)
    assert response.status_code == 200
    html, text = page(response), visible_text(response)
    assert "12 responses from a target of 80 parents and carers: 15.0%." in text
    assert table_rows(html, "rates-by-locality") == [
        ["Locality", "Responses", "Target population", "Response rate"],
        ["North", "8", "40", "20.0%"],
        ["South", "3", "2", "150.0% Over 100%"],
        ["East", "0", "No target set"],
        ["West", "0", "20", "0.0%"],
    ]
    assert "1 response did not say which locality it is from." in text
    assert "there were more responses than the target population. They are shown as they are" in (
        text
    )
    assert 'id="rates-by-audience"' not in html, "one audience: its rate is the overall rate"


def test_no_targets_and_no_invitations_or_visits_yet(client, app):
    survey_id = make_survey(app)
    login_as(client, app, Role.OFFICER)
    text = visible_text(rates_page(client, survey_id))
    assert "0 responses. No target set." in text
    assert "No invitations have been recorded for this survey." in text
    assert "No one has visited the survey’s open link yet." in text
    assert "Over 100%" not in text


def test_invitations_in_total_by_method_and_per_invitation(client, app, survey_id):
    localities = locality_ids(app)
    login_as(client, app, Role.OFFICER)
    for day, invited, method, locality in [
        ("5", "50", "email", "north"),
        ("12", "30", "letter", "south"),
    ]:
        response = client.post(
            f"/manage/rates/surveys/{survey_id}/invitations/new",
            data={
                "sent_on": [day, "1", "2026"],
                "invited": invited,
                "method": method,
                "locality": str(localities[locality]),
            },
        )
        assert response.status_code == 302
    response = rates_page(client, survey_id)
    html = page(response)
    assert "80 invitations sent in 2 batches." in visible_text(response)
    assert table_rows(html, "invitations-by-method") == [
        ["Method", "Batches", "Invited"],
        ["Email", "1", "50"],
        ["Letter", "1", "30"],
    ]
    assert table_rows(html, "responses-per-invitation") == [
        ["Invitations to", "Responses", "Invited", "Responses per invitation"],
        ["All invitations", "12", "80", "0.15"],
        ["North", "8", "50", "0.16"],
        ["South", "3", "30", "0.10"],
    ]
    batches = table_rows(html, "invitation-batches")
    assert batches[0] == ["Sent", "Method", "Invited", "To", "Note", "Actions"]
    assert batches[1][:5] == ["5 Jan 2026", "Email", "50", "Parents and carers, North", ""]
    assert batches[2][:5] == ["12 Jan 2026", "Letter", "30", "Parents and carers, South", ""]


def test_the_funnel_overall_and_week_by_week(client, app, survey_id):
    add_funnel(app, survey_id, date(2026, 1, 5), visited=10, started=4, submitted=3)
    add_funnel(app, survey_id, date(2026, 1, 11), visited=5, started=2, submitted=1)
    add_funnel(app, survey_id, date(2026, 1, 19), visited=4, started=1, submitted=1)
    login_as(client, app, Role.VIEWER)
    response = rates_page(client, survey_id)
    html, text = page(response), visible_text(response)
    assert "Visited 19" in text
    assert "Started 7 (start rate 36.8% of 19 who visited)" in text
    assert "Submitted online 5 (completion rate 71.4% of 7 who started)" in text
    assert table_rows(html, "funnel-by-week") == [
        [
            "Week starting",
            "Visited",
            "Started",
            "Submitted online",
            "Start rate",
            "Completion rate",
        ],
        ["5 Jan 2026", "15", "6", "4", "40.0%", "66.7%"],
        ["12 Jan 2026", "0", "0", "0", "–", "–"],
        ["19 Jan 2026", "4", "1", "1", "25.0%", "100.0%"],
    ]
    assert "no cookies are used for this beyond the session cookie" in text.lower()
    assert 'id="chart-funnel-by-week"' in html
    assert "?chart=funnel-by-week&format=csv" in html


def test_the_funnel_chart_downloads_as_csv_and_svg(client, app, survey_id):
    add_funnel(app, survey_id, date(2026, 1, 5), visited=10, started=4, submitted=3)
    login_as(client, app, Role.VIEWER)
    download = rates_page(client, survey_id, chart="funnel-by-week", format="csv")
    assert download.status_code == 200
    rows = list(csv.reader(io.StringIO(download.data.decode("utf-8-sig"))))
    assert rows == [
        ["Week starting", "Stage", "Number"],
        ["5 Jan 2026", "Visited", "10"],
        ["5 Jan 2026", "Started", "4"],
        ["5 Jan 2026", "Submitted online", "3"],
    ]
    svg = rates_page(client, survey_id, chart="funnel-by-week", format="svg")
    assert svg.mimetype == "image/svg+xml"
    assert rates_page(client, survey_id, chart="no-such-chart", format="csv").status_code == 404


def test_a_survey_with_two_audiences_shows_each(client, app):
    definition = replace(
        every_type_definition("two"), audiences=(PARENTS, "children-and-young-people")
    )
    survey_id = make_survey(app, definition)
    add_responses(app, survey_id, 4, {}, audience=PARENTS, locality="north")
    add_responses(app, survey_id, 1, {}, locality="north")
    set_targets(app, survey_id, {(PARENTS, None): 40, (PARENTS, "north"): 20})
    login_as(client, app, Role.OFFICER)
    response = rates_page(client, survey_id)
    html, text = page(response), visible_text(response)
    assert "5 responses. No target set for Children and young people." in text
    assert table_rows(html, "rates-by-audience") == [
        ["Audience", "Responses", "Target population", "Response rate"],
        ["Parents and carers", "4", "40", "10.0%"],
        ["Children and young people", "0", "No target set"],
    ]
    assert "1 response did not say which audience it is from." in text
    cells = table_rows(html, "rates-by-audience-and-locality")
    assert ["Parents and carers in North", "4", "20", "20.0%"] in cells
    assert ["Children and young people in North", "0", "No target set"] in cells
