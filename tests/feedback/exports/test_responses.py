"""Downloading a survey's responses as CSV and XLSX: columns, values, redaction and safety."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from feedback.exports import files as export_files
from feedback.exports import rows as export_rows
from feedback.extensions import db
from feedback.models import (
    Answer,
    Channel,
    CommentAnalysis,
    Decision,
    Question,
    Response,
    Role,
)
from tests.factories import login_as, make_group, make_survey
from tests.feedback.reports.helpers import add_responses, add_theme
from tests.pages import visible_text
from theming.model import SentimentLabel

WRITTEN = "Mrs Patel never called back. Ring me on 07700 900123."
REDACTED = "[name] never called back. Ring me on [phone]."
SUBMITTED = datetime(2026, 3, 2, 14, 5, 9)

QUESTION_HEADINGS = [
    "Does your child have an education, health and care (EHC) plan? [has-ehcp]",
    "How satisfied are you with your child's EHC plan? [ehcp-satisfaction]",
    "What kind of school does your child go to? [school-type]",
    "Which services have you used in the last year? [services]",
    "I feel listened to by the people who support my child. [listened-to]",
    "How likely are you to recommend the local offer to another family? [recommend]",
    "How many weeks did you wait for your first assessment? [waiting-weeks]",
]
FREE_TEXT_HEADINGS = [
    "Describe your experience in a few words. [one-word]",
    "What one thing would make the biggest difference? [comments]",
]
ANALYSIS_HEADINGS = [
    "one-word themes",
    "one-word sentiment",
    "one-word redacted",
    "comments themes",
    "comments sentiment",
    "comments redacted",
]
RESPONSE_HEADINGS = ["Reference", "Submitted (UTC)", "Channel", "Audience", "Locality"]


def comment_answer_id(app, survey_id: int, key: str, text: str) -> int:
    with app.app_context():
        return db.session.scalar(
            select(Answer.id)
            .join(Question, Question.id == Answer.question_id)
            .where(Question.survey_id == survey_id, Question.key == key, Answer.text == text)
        )


def references(app, survey_id: int) -> list[str]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(Response.reference)
                .where(Response.survey_id == survey_id)
                .order_by(Response.id)
            )
        )


@pytest.fixture
def survey_id(app) -> int:
    """Two full responses and one that skipped nearly everything."""
    survey = make_survey(app)
    add_responses(
        app,
        survey,
        1,
        {
            "has-ehcp": "yes",
            "ehcp-satisfaction": "satisfied",
            "school-type": ("other", "Home educated since Mr Jones left"),
            "services": ["camhs", "salt"],
            "listened-to": "agree",
            "recommend": 7,
            "waiting-weeks": Decimal("12.5"),
            "one-word": "Slow",
            "comments": WRITTEN,
        },
        audience="parents-and-carers",
        locality="north",
        submitted_at=SUBMITTED,
    )
    add_responses(
        app,
        survey,
        1,
        {
            "has-ehcp": "no",
            "school-type": "mainstream",
            "listened-to": "dont_know",
            "recommend": 0,
            "waiting-weeks": Decimal("100"),
            "comments": '=HYPERLINK("http://evil.example")',
        },
        channel=Channel.PAPER,
        submitted_at=SUBMITTED,
    )
    add_responses(app, survey, 1, {"has-ehcp": "not_sure"}, submitted_at=SUBMITTED)
    answer = comment_answer_id(app, survey, "comments", WRITTEN)
    add_theme(app, "Calls not returned", {answer: Decision.ACCEPTED})
    add_theme(app, "Assessment delays", {answer: Decision.SUGGESTED})
    add_theme(app, "Communication", {answer: Decision.ACCEPTED})
    add_theme(app, "Something else", {answer: Decision.REJECTED})
    with app.app_context():
        db.session.add(
            CommentAnalysis(
                answer_id=answer,
                text_hash="x" * 64,
                polarity=-0.4,
                sentiment=SentimentLabel.NEGATIVE,
                language="en",
            )
        )
        db.session.commit()
    return survey


def csv_rows(response) -> list[list[str]]:
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark, for Excel"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def xlsx_rows(response) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    assert workbook.sheetnames == ["Responses"]
    return [list(row) for row in workbook["Responses"].iter_rows(values_only=True)]


def column(rows: list[list], heading: str) -> list:
    """The values under `heading`, below the heading row."""
    index = rows[0].index(heading)
    return [row[index] for row in rows[1:]]


def download(client, survey_id: int, extension: str):
    return client.get(f"/manage/exports/surveys/{survey_id}/responses.{extension}")


def test_an_officer_gets_every_answer_comment_and_analysis_column(app, client, survey_id):
    login_as(client, app, Role.OFFICER)
    response = download(client, survey_id, "csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="every-type-responses.csv"'
    )
    assert response.headers["Cache-Control"] == "no-store"

    header, full, sparse, skipped = csv_rows(response)
    assert header == RESPONSE_HEADINGS + QUESTION_HEADINGS + FREE_TEXT_HEADINGS + ANALYSIS_HEADINGS
    first, second, third = references(app, survey_id)
    assert full == [
        first, "2026-03-02 14:05:09", "Online", "Parents and carers", "North",
        "Yes",
        "Satisfied",
        "Other: Home educated since Mr Jones left",
        "Speech and language therapy; CAMHS",
        "Agree",
        "7",
        "12.5",
        "Slow",
        WRITTEN,
        "", "", "Slow",
        "Calls not returned; Communication; Assessment delays (suggested)", "negative", REDACTED,
    ]  # fmt: skip
    assert sparse == [
        second, "2026-03-02 14:05:09", "Paper", "", "",
        "No", "", "Mainstream school", "", "Don't know", "0", "100",
        "", "'=HYPERLINK(\"http://evil.example\")",
        "", "", "",
        "", "", "'=HYPERLINK(\"http://evil.example\")",
    ]  # fmt: skip
    assert skipped == [third, "2026-03-02 14:05:09", "Online", "", "", "Not sure"] + [""] * 14


def test_others_get_comments_only_redacted(app, client, survey_id):
    login_as(client, app, Role.VIEWER)
    header, full, *_ = csv_rows(download(client, survey_id, "csv"))
    assert header == RESPONSE_HEADINGS + QUESTION_HEADINGS + ANALYSIS_HEADINGS
    assert WRITTEN not in full
    assert "Other: Home educated since [name] left" in full
    assert full[-3:] == [
        "Calls not returned; Communication; Assessment delays (suggested)",
        "negative",
        REDACTED,
    ]
    workbook_text = str(xlsx_rows(download(client, survey_id, "xlsx")))
    assert "Mrs Patel" not in workbook_text
    assert REDACTED in workbook_text


def test_the_workbook_has_the_same_cells_with_numbers_as_numbers(app, client, survey_id):
    login_as(client, app, Role.ADMIN)
    from_csv = csv_rows(download(client, survey_id, "csv"))
    response = download(client, survey_id, "xlsx")
    assert response.status_code == 200
    assert response.mimetype == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert "every-type-responses.xlsx" in response.headers["Content-Disposition"]
    from_xlsx = xlsx_rows(response)

    full = from_xlsx[1]
    assert full[1] == SUBMITTED
    assert (full[10], full[11]) == (7, 12.5)
    assert from_xlsx[2][11] == 100

    def as_text(value) -> str:
        if value is None:
            return ""
        return value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)

    assert [[as_text(value) for value in row] for row in from_xlsx] == from_csv


def test_text_a_spreadsheet_would_run_is_quoted(app, client):
    survey = make_survey(app)
    formulas = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tTAB"]
    for text in formulas:
        add_responses(app, survey, 1, {"comments": text, "school-type": ("other", text)})
    login_as(client, app, Role.OFFICER)
    for rows in (
        csv_rows(download(client, survey, "csv")),
        xlsx_rows(download(client, survey, "xlsx")),
    ):
        comments, redacted = column(rows, FREE_TEXT_HEADINGS[1]), column(rows, "comments redacted")
        assert comments == redacted == [f"'{text}" for text in formulas]
        assert column(rows, QUESTION_HEADINGS[2]) == [f"Other: {text}" for text in formulas]
    workbook = openpyxl.load_workbook(io.BytesIO(download(client, survey, "xlsx").get_data()))
    assert all(
        cell.data_type != "f" for row in workbook["Responses"].iter_rows() for cell in row
    ), "no cell of the workbook is a formula"


def test_the_csv_is_streamed_reading_responses_a_chunk_at_a_time(app, client, monkeypatch):
    survey = make_survey(app)
    for number in range(7):
        add_responses(app, survey, 1, {"recommend": number, "comments": f"Comment {number}"})
    chunks = []
    real_answers = export_rows._answers

    def counting_answers(response_ids):
        chunks.append(len(response_ids))
        return real_answers(response_ids)

    monkeypatch.setattr(export_rows, "CHUNK_SIZE", 3)
    monkeypatch.setattr(export_rows, "_answers", counting_answers)
    monkeypatch.setattr(export_files, "CSV_FLUSH_CHARACTERS", 1)
    login_as(client, app, Role.OFFICER)

    response = client.get(f"/manage/exports/surveys/{survey}/responses.csv", buffered=False)
    assert response.is_streamed
    assert chunks == [3], "only the first chunk is read before the body is sent"
    rows = csv_rows(response)
    assert chunks == [3, 3, 1]
    assert column(rows, QUESTION_HEADINGS[5]) == [str(number) for number in range(7)]
    assert column(rows, FREE_TEXT_HEADINGS[1]) == [f"Comment {number}" for number in range(7)]


def test_a_survey_without_responses_gives_just_the_headings(app, client):
    survey = make_survey(app)
    login_as(client, app, Role.OFFICER)
    assert len(csv_rows(download(client, survey, "csv"))) == 1
    assert len(xlsx_rows(download(client, survey, "xlsx"))) == 1


def test_the_page_describes_both_files_and_warns_to_store_them_securely(app, client, survey_id):
    login_as(client, app, Role.VIEWER)
    response = client.get(f"/manage/exports/surveys/{survey_id}")
    assert response.status_code == 200
    text = visible_text(response)
    assert "Download responses" in text
    assert "a row for every response to this survey (3 responses so far)" in text
    assert "These files hold individual answers and comments" in text
    assert "Download responses as CSV" in text
    assert "Download responses as an Excel workbook (XLSX)" in text
    assert "your files have no column of comments as written" in text
    assert (
        "Which services have you used in the last year? [services] Every answer chosen, "
        "separated by ‘;’." in text
    )
    assert "comments themes Themes a person accepted" in text
    assert "What one thing would make the biggest difference? [comments]" not in text

    officer = app.test_client()
    login_as(officer, app, Role.OFFICER)
    text = visible_text(officer.get(f"/manage/exports/surveys/{survey_id}"))
    assert "[comments] The comment as the respondent wrote it." in text
    assert "no column of comments as written" not in text


@pytest.mark.parametrize("path", ["", "/responses.csv", "/responses.xlsx"])
def test_a_forum_editor_of_another_group_is_refused(app, client, path):
    ours, theirs = make_group(app, "ours", "Ours"), make_group(app, "theirs", "Theirs")
    survey = make_survey(app, group_ids=[ours])
    add_responses(app, survey, 1, {"comments": WRITTEN})
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[theirs])
    response = client.get(f"/manage/exports/surveys/{survey}{path}")
    assert response.status_code == 403
    assert WRITTEN not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/responses.csv", "/responses.xlsx"])
def test_a_forum_editor_of_the_group_gets_the_redacted_file(app, client, path):
    ours = make_group(app, "ours", "Ours")
    survey = make_survey(app, group_ids=[ours])
    add_responses(app, survey, 1, {"comments": WRITTEN})
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    response = client.get(f"/manage/exports/surveys/{survey}{path}")
    assert response.status_code == 200
    text = str(xlsx_rows(response)) if path.endswith("xlsx") else response.get_data(as_text=True)
    assert "Mrs Patel" not in text
    assert REDACTED in text


def test_signed_out_people_are_sent_to_sign_in_and_unknown_surveys_are_not_found(app, client):
    survey = make_survey(app)
    response = download(client, survey, "csv")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]
    login_as(client, app, Role.OFFICER)
    assert download(client, survey + 1, "csv").status_code == 404
