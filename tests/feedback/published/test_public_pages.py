"""The public results pages and downloads: no sign-in, published surveys only, small numbers
hidden everywhere."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.published.helpers import (
    SLUG,
    TITLE,
    make_closed_survey,
    set_survey,
    table_rows,
)
from tests.feedback.reports.helpers import add_responses
from tests.pages import page, visible_text

RESULTS = f"/results/{SLUG}"
LISTENED = "I feel listened to by the people who support my child."
PUBLISHED_AT = datetime(2026, 4, 1, 12, 0)


@pytest.fixture
def survey_id(app) -> int:
    return make_closed_survey(app)


# The list ------------------------------------------------------------------------------------


def test_the_list_shows_published_closed_surveys_only(client, app, survey_id):
    make_survey(app, _definition("not-published"), status=SurveyStatus.CLOSED)
    reopened = make_survey(app, _definition("reopened"), status=SurveyStatus.OPEN)
    set_survey(app, reopened, results_published_at=PUBLISHED_AT)

    response = client.get("/results/")
    assert response.status_code == 200
    html = page(response)
    assert table_rows(html, "Surveys with published results") == [
        ["Survey", "Who we asked", "When it was open", "Responses"],
        [TITLE, "Parents and carers", "1 March 2026 to 31 March 2026", "55"],
    ]
    assert f'href="{RESULTS}"' in html
    assert "not-published" not in html and "reopened" not in html


def test_the_list_hides_a_small_number_of_responses(client, app):
    small = make_survey(app, status=SurveyStatus.ARCHIVED)
    set_survey(app, small, results_published_at=PUBLISHED_AT)
    add_responses(app, small, 3, {"has-ehcp": "yes"})
    html = page(client.get("/results/"))
    assert table_rows(html, "Surveys with published results")[1][3] == "[c]"
    assert "[c] means fewer than 5 responses" in html


def test_the_list_says_when_nothing_is_published(client, app):
    make_closed_survey(app, published=False)
    assert "No results have been published yet." in visible_text(client.get("/results/"))


# A survey's page -----------------------------------------------------------------------------


def test_unpublished_reopened_and_unknown_surveys_are_not_found(client, app):
    unpublished = make_closed_survey(app, published=False)
    assert client.get(RESULTS).status_code == 404
    set_survey(app, unpublished, results_published_at=PUBLISHED_AT, status=SurveyStatus.OPEN)
    for url in (RESULTS, f"{RESULTS}.csv", f"{RESULTS}.json", "/results/no-such-survey"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in visible_text(response)


def test_counts_from_1_to_4_and_what_would_give_them_away_show_as_c(client, app, survey_id):
    response = client.get(RESULTS)
    assert response.status_code == 200
    html = page(response)
    text = visible_text(response)
    assert "Published on 14 April 2026." in text
    assert table_rows(html, f"Data for the chart: Answers to question 5: {LISTENED}") == [
        ["Answer", "Percent of 45 who answered", "People", "95% confidence interval"],
        ["Strongly agree", "27%", "12", "16% to 41%"],
        ["Agree", "44%", "20", "31% to 59%"],
        # 3 disagreed: hidden, and the 10 who neither agreed nor disagreed with it, else
        # 45 − 12 − 20 − 0 − 10 would give the 3 away.
        ["Neither agree nor disagree", "[c]", "[c]", "[c]"],
        ["Disagree", "[c]", "[c]", "[c]"],
        ["Strongly disagree", "0%", "0", "0% to 8%"],
    ]
    assert "Base: 45 people who answered, not counting those who said ‘Don't know’." in text
    assert "‘Don't know’: 0 people. These answers are not counted in the base" in text
    assert (
        "Positive (‘Strongly agree’ or ‘Agree’): 71% of 45 people who answered "
        "(95% confidence interval: 57% to 82%)."
    ) in text
    # Negative is built on the hidden 3, so it is not shown at all.
    assert "Negative" not in text
    assert "Responses 55" in text


def test_the_page_explains_c_the_base_and_intervals(client, app, survey_id):
    text = visible_text(client.get(RESULTS))
    assert "About these figures" in text
    assert "[c] marks a number that is hidden to protect the people who answered." in text
    assert "Numbers from 1 to 4 are always hidden." in text
    assert "Answers of ‘Don't know’ are shown but are not counted in the base" in text
    assert "The 95% confidence interval is the range the true figure is likely to be in" in text


def test_a_question_with_too_few_answers_shows_no_figures(client, app, survey_id):
    text = visible_text(client.get(RESULTS))
    start = text.index("Question 6")
    section = text[start : text.index("Question 7")]
    assert "The results of this question are not shown: too few people answered it" in section
    assert "%" not in section


def test_breakdowns_by_audience_and_locality_hide_what_must_be_hidden(client, app, survey_id):
    html = page(client.get(RESULTS))
    combined = "‘Neither agree nor disagree’ or ‘Disagree’ (combined)"
    # The 3 parents who disagreed are hidden with the 10 settings: the two answers are combined,
    # as the question's table hides both.
    assert table_rows(html, "Question 5 by audience") == [
        ["Answer", "Parents and carers", "Education settings", "All"],
        ["Strongly agree", "12", "0", "12"],
        ["Agree", "20", "0", "20"],
        ["Strongly disagree", "0", "0", "0"],
        [combined, "[c]", "[c]", "13"],
        ["People who answered", "[c]", "[c]", "45"],
    ]
    assert table_rows(html, "Question 5 by locality") == [
        ["Answer", "North", "South", "All"],
        ["Strongly agree", "12 (38%)", "0 (0%)", "12"],
        ["Agree", "20 (63%)", "0 (0%)", "20"],
        ["Strongly disagree", "0 (0%)", "0 (0%)", "0"],
        [combined, "0 (0%)", "13 (100%)", "13"],
        ["People who answered", "32", "13", "45"],
    ]
    assert "Answers whose numbers are hidden in the chart above are combined into one row" in html


def test_tables_have_captions_and_scoped_headers(client, app, survey_id):
    html = page(client.get(RESULTS))
    assert html.count("<caption") == html.count("<table")
    assert '<th scope="col" class="govuk-table__header">Answer</th>' in html
    assert '<th scope="row" class="govuk-table__header">Strongly agree</th>' in html


def test_free_text_shows_checked_themes_and_redacted_quotes_only(client, app, survey_id):
    html = page(client.get(RESULTS))
    text = visible_text(client.get(RESULTS))
    assert table_rows(html, "Themes in the answers to question 9") == [
        ["Theme", "Answers"],
        ["Waiting times", "6"],
        ["Communication", "[c]"],
    ]
    assert "Machine guess" not in text
    section = text[text.index("What people said about ‘Waiting times’") :]
    assert "“Waiting lists are far too long: we waited a year for speech therapy.”" in section
    assert "“[name] at [school] never replies to [email].”" in section
    assert section.count("“") == 2
    for raw in ("Patel", "Oakwood", "jo.bloggs", "Callum"):
        assert raw not in html
    # No quote from a theme whose count is hidden.
    assert "What people said about ‘Communication’" not in text
    assert "Nobody rings back" not in text


def test_staff_who_may_read_raw_comments_still_see_redacted_quotes(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = page(client.get(RESULTS))
    assert "[name] at [school] never replies to [email]." in html
    assert "Patel" not in html


def test_the_threshold_comes_from_the_settings(client, app, survey_id):
    app.config["SUPPRESSION_THRESHOLD"] = 13
    html = page(client.get(RESULTS))
    rows = table_rows(html, f"Data for the chart: Answers to question 5: {LISTENED}")
    assert rows[1] == ["Strongly agree", "[c]", "[c]", "[c]"]
    assert "Numbers from 1 to 12 are always hidden." in html
    record = json.loads(client.get(f"{RESULTS}.json").get_data(as_text=True))
    counts = [option["count"] for question in record["questions"] for option in question["options"]]
    assert not [count for count in counts if count is not None and 0 < count < 13]


# Downloads -----------------------------------------------------------------------------------


def test_the_page_links_to_its_downloads(client, app, survey_id):
    html = page(client.get(RESULTS))
    assert f'href="{RESULTS}.csv"' in html
    assert f'href="{RESULTS}.json"' in html


def test_the_json_download_is_the_suppressed_record(client, app, survey_id):
    response = client.get(f"{RESULTS}.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="{SLUG}-results.json"'
    )
    record = json.loads(response.get_data(as_text=True))
    assert record["responses"] == 55
    listened = next(q for q in record["questions"] if q["key"] == "listened-to")
    assert (listened["n"], listened["base"]) == (45, 45)
    assert [(o["label"], o["count"], o["suppressed"]) for o in listened["options"]] == [
        ("Strongly agree", 12, False),
        ("Agree", 20, False),
        ("Neither agree nor disagree", None, True),
        ("Disagree", None, True),
        ("Strongly disagree", 0, False),
        ("Don't know", 0, False),
    ]
    assert listened["positive_percent"] == 100 * 32 / 45
    recommend = next(q for q in record["questions"] if q["key"] == "recommend")
    assert recommend["n"] is None and recommend["base"] is None


def test_the_csv_download_leaves_hidden_counts_blank(client, app, survey_id):
    response = client.get(f"{RESULTS}.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == f'attachment; filename="{SLUG}-results.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    listened = [row for row in rows if row["question_key"] == "listened-to"]
    assert [(row["option_label"], row["count"]) for row in listened] == [
        ("Strongly agree", "12"),
        ("Agree", "20"),
        ("Neither agree nor disagree", ""),
        ("Disagree", ""),
        ("Strongly disagree", "0"),
        ("Don't know", "0"),
    ]
    for row in rows:
        for column in ("n", "base", "count"):
            assert row[column] == "" or not 0 < int(row[column]) < 5


def test_a_chart_downloads_with_hidden_values_as_c(client, app, survey_id):
    response = client.get(RESULTS, query_string={"chart": "question-listened-to", "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert ["Disagree", "[c]", "[c]", "[c]"] in rows
    assert client.get(RESULTS, query_string={"chart": "nope", "format": "csv"}).status_code == 404


@pytest.fixture
def everyone_answered(app) -> int:
    """62 responses, all answering ‘I feel listened to’: 20 strongly agree, 30 agree (parents),
    10 disagree (education settings) and 2 don't know (parents)."""
    survey_id = make_survey(app, status=SurveyStatus.CLOSED)
    set_survey(app, survey_id, results_published_at=PUBLISHED_AT)
    for answer, count, audience in [
        ("strongly_agree", 20, "parents-and-carers"),
        ("agree", 30, "parents-and-carers"),
        ("disagree", 10, "education-settings"),
        ("dont_know", 2, "parents-and-carers"),
    ]:
        add_responses(app, survey_id, count, {"listened-to": answer}, audience=audience)
    return survey_id


def test_a_hidden_dont_know_hides_the_base_and_every_percentage(client, app, everyone_answered):
    record = json.loads(client.get(f"{RESULTS}.json").get_data(as_text=True))
    listened = next(q for q in record["questions"] if q["key"] == "listened-to")
    # n is the number of responses, so the base would give the 2 who said Don't know away.
    assert record["responses"] == listened["n"] == 62
    assert listened["base"] is None
    counts = {option["label"]: option["count"] for option in listened["options"]}
    assert counts["Don't know"] is None
    assert [label for label, count in counts.items() if count is None] == [
        "Disagree",
        "Don't know",
    ]
    assert listened["positive_percent"] is None
    for option in listened["options"]:
        assert (option["percent"], option["ci_low"], option["ci_high"]) == (None, None, None)


def test_a_question_with_its_base_hidden_shows_counts_only(client, app, everyone_answered):
    response = client.get(RESULTS)
    assert response.status_code == 200
    html, text = page(response), visible_text(response)
    assert table_rows(html, f"Data for the chart: Answers to question 5: {LISTENED}") == [
        ["Answer", "People"],
        ["Strongly agree", "20"],
        ["Agree", "30"],
        ["Neither agree nor disagree", "0"],
        ["Disagree", "[c]"],
        ["Strongly disagree", "0"],
        ["Don't know", "[c]"],
    ]
    section = text[text.index("Question 5") : text.index("Question 6")]
    assert "62 people answered this question." in section
    assert (
        "Percentages are not shown for this question, because showing them would reveal a "
        "small number."
    ) in section
    assert "%" not in section and "Base:" not in section and "Positive" not in section
    assert "by audience" not in text
    download = client.get(RESULTS, query_string={"chart": "question-listened-to", "format": "csv"})
    rows = list(csv.reader(io.StringIO(download.get_data(as_text=True).lstrip("\ufeff"))))
    assert ["Don't know", "[c]"] in rows


def _definition(slug: str):
    return replace(every_type_definition(slug), title=slug)


def test_a_question_without_small_numbers_shows_every_figure(client, app):
    survey_id = make_survey(app, status=SurveyStatus.CLOSED)
    set_survey(app, survey_id, results_published_at=PUBLISHED_AT)
    for answer, count, weeks in [("agree", 6, 4), ("neither", 5, 10), ("disagree", 7, 12)]:
        answers = {"listened-to": answer, "waiting-weeks": weeks, "services": ["salt", "ot"]}
        add_responses(app, survey_id, count, answers)
    text = visible_text(client.get(RESULTS))
    assert "Base: 18 people who answered, not counting those who said ‘Don't know’." in text
    assert "‘Don't know’: 0 people." in text
    assert "Positive (‘Strongly agree’ or ‘Agree’): 33% of 18 people who answered" in text
    assert "Negative (‘Disagree’ or ‘Strongly disagree’): 39% of 18 people who answered" in text
    averages = "18 people answered this question. Average (mean) 8.78 Median (the middle answer) 10"
    assert averages in text
    assert "so the percentages are of people and can add up to more than 100%" in text
    # No one gave an audience or a locality: there is nothing to break down.
    assert "by audience" not in text and "by locality" not in text
