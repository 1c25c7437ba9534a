"""Results files from the results page: every figure for staff, or small numbers hidden for
sharing, over the filters chosen; and each chart as a file."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from feedback.extensions import db
from feedback.models import Response, Role, SurveyStatus
from tests.factories import login_as, make_group, make_survey
from tests.feedback.reports.helpers import add_responses
from tests.feedback.reports.test_views import page, text_of

AGREEMENT = ["strongly_agree", "agree", "neither", "disagree", "strongly_disagree", "dont_know"]


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    for answer, count in [("strongly_agree", 3), ("agree", 8), ("disagree", 6), ("dont_know", 2)]:
        add_responses(app, survey, count, {"listened-to": answer}, locality="north")
    add_responses(app, survey, 7, {"listened-to": "agree"}, locality="south")
    return survey


def download(client, survey_id: int, name: str, **args):
    return client.get(f"/manage/reports/surveys/{survey_id}/{name}", query_string=args)


def filename(response) -> str:
    return re.search(r'filename="([^"]+)"', response.headers["Content-Disposition"]).group(1)


def csv_rows(response, key: str = "listened-to") -> list[dict]:
    rows = csv.DictReader(io.StringIO(response.get_data(as_text=True)))
    return [row for row in rows if row["question_key"] == key]


def test_the_page_offers_every_download_with_the_filters_chosen(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id, locality="north").get_data(as_text=True)
    base = f"/manage/reports/surveys/{survey_id}"
    for name, text in [
        ("results.csv", "Download results (CSV)"),
        ("results.json", "Download results (JSON)"),
        ("results-for-sharing.csv", "Download for sharing (small numbers hidden) (CSV)"),
        ("results-for-sharing.json", "Download for sharing (small numbers hidden) (JSON)"),
    ]:
        assert f'href="{base}/{name}?locality=north">{text}</a>' in html
    assert "Files for sharing hide counts from 1 to 4" in text_of(html)


def test_staff_results_have_every_figure_and_say_they_are_not_for_sharing(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = download(client, survey_id, "results.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert filename(response) == "every-type-results-not-for-sharing.csv"
    rows = csv_rows(response)
    assert [(row["option_label"], row["count"]) for row in rows] == [
        ("Strongly agree", "3"), ("Agree", "15"), ("Neither agree nor disagree", "0"),
        ("Disagree", "6"), ("Strongly disagree", "0"), ("Don't know", "2"),
    ]  # fmt: skip
    assert (rows[0]["n"], rows[0]["base"]) == ("26", "24")


def test_json_says_which_filters_it_covers(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = download(client, survey_id, "results.json", locality="north")
    assert filename(response) == "every-type-results-filtered-not-for-sharing.json"
    data = json.loads(response.get_data(as_text=True))
    assert (data["for_sharing"], data["suppression_threshold"]) == (False, None)
    assert data["filters"] == {"locality": "north"}
    assert data["responses"] == 19
    listened = next(q for q in data["questions"] if q["key"] == "listened-to")
    assert (listened["n"], listened["base"], listened["positive_percent"]) == (
        19,
        17,
        100 * 11 / 17,
    )


def test_files_for_sharing_hide_small_numbers(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = download(client, survey_id, "results-for-sharing.csv")
    assert filename(response) == "every-type-results-for-sharing.csv"
    counts = {row["option_label"]: row["count"] for row in csv_rows(response)}
    # 3 and 2 are hidden: together they are 5, so neither can be worked out from n (26). The
    # base would give the 2 away (n − base), so it is hidden, and every percentage with it.
    assert counts["Strongly agree"] == counts["Don't know"] == ""
    assert (counts["Agree"], counts["Disagree"]) == ("15", "6")
    rows = csv_rows(response)
    assert {(row["n"], row["base"], row["percent"], row["positive_percent"]) for row in rows} == {
        ("26", "", "", "")
    }

    shared = download(client, survey_id, "results-for-sharing.json", locality="north")
    assert filename(shared) == "every-type-results-filtered-for-sharing.json"
    data = json.loads(shared.get_data(as_text=True))
    assert (data["for_sharing"], data["suppression_threshold"]) == (True, 5)
    listened = next(q for q in data["questions"] if q["key"] == "listened-to")
    assert [o["count"] for o in listened["options"]][:2] == [None, 8]
    assert listened["positive_percent"] is None


def test_a_wrong_date_in_a_download_link_is_refused(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    bad = {"from-day": "31", "from-month": "2", "from-year": "2026"}
    assert download(client, survey_id, "results.csv", **bad).status_code == 400


def test_only_staff_who_may_see_the_survey_may_download(client, app):
    ours, theirs = make_group(app), make_group(app, "youth-forum", "Youth forum")
    survey_id = make_survey(app, status=SurveyStatus.CLOSED, group_ids=[theirs])
    assert download(client, survey_id, "results.csv").status_code == 302
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    assert download(client, survey_id, "results-for-sharing.json").status_code == 403
    assert download(client, survey_id + 100, "results.csv").status_code == 404
    assert download(client, survey_id, "results.xlsx").status_code == 404


def test_each_chart_downloads_as_csv_png_and_svg(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    chart = {"chart": "question-listened-to"}
    table = page(client, survey_id, format="csv", **chart)
    assert table.status_code == 200
    lines = table.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert lines[0] == "Answer,Percent of 24 who answered,People,95% confidence interval"
    assert lines[2].startswith("Agree,62.5,15,")
    assert page(client, survey_id, format="svg", **chart).mimetype == "image/svg+xml"
    assert page(client, survey_id, format="png", **chart).data[:4] == b"\x89PNG"
    breakdown = page(client, survey_id, question="listened-to", by="locality", format="csv",
                     chart="breakdown-locality-1")  # fmt: skip
    assert "North" in breakdown.get_data(as_text=True)
    assert page(client, survey_id, chart="no-such-chart", format="csv").status_code == 404


# Property: nothing shared shows a count from 1 to threshold − 1 --------------------------------


def shown_counts(data: dict) -> list[int]:
    """Every count a results record shows: responses, each question's n and base, options."""
    numbers = [data["responses"]]
    for question in data["questions"]:
        numbers += [question["n"], question["base"]]
        numbers += [option["count"] for option in question["options"]]
    return [number for number in numbers if number is not None]


@pytest.fixture
def signed_in_survey(client, app) -> int:
    """A survey, and a viewer signed in: once for all the examples of a property test."""
    login_as(client, app, Role.VIEWER)
    return make_survey(app)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    listened=st.lists(st.integers(0, 12), min_size=6, max_size=6),
    ehcp=st.lists(st.integers(0, 9), min_size=3, max_size=3),
    threshold=st.integers(2, 8),
    locality=st.sampled_from([None, "north"]),
)
def test_files_for_sharing_never_show_a_small_count(
    client, app, signed_in_survey, listened, ehcp, threshold, locality
):
    with app.app_context():
        db.session.execute(delete(Response))
        db.session.commit()
    survey_id = signed_in_survey
    for value, count in zip(AGREEMENT, listened, strict=True):
        add_responses(app, survey_id, count, {"listened-to": value}, locality="north")
    for value, count in zip(["yes", "no", "not_sure"], ehcp, strict=True):
        add_responses(app, survey_id, count, {"has-ehcp": value}, locality="south")
    app.config["SUPPRESSION_THRESHOLD"] = threshold
    args = {"locality": locality} if locality else {}

    data = json.loads(download(client, survey_id, "results-for-sharing.json", **args).data)
    assert [n for n in shown_counts(data) if 0 < n < threshold] == []
    table = download(client, survey_id, "results-for-sharing.csv", **args).get_data(as_text=True)
    for row in csv.DictReader(io.StringIO(table)):
        for column in ("n", "base", "count"):
            assert row[column] == "" or not 0 < int(row[column]) < threshold, row
