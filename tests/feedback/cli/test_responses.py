"""`flask responses import`: a file of responses in, all or nothing, with every problem listed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Response, SurveyStatus
from tests.factories import every_type_definition, make_survey
from tests.feedback.imports.helpers import PLAIN, SURVEYMONKEY, csv_bytes, stored_counts


def run(app, *args):
    return app.test_cli_runner().invoke(args=["responses", "import", *args])


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app, every_type_definition("send-support-2026"))


def test_a_surveymonkey_export_is_imported_by_slug_with_a_summary(app, survey_id):
    result = run(app, str(SURVEYMONKEY), "--survey", "send-support-2026")
    assert result.exit_code == 0, result.output
    assert "Importing responses" in result.output
    assert "Imported 3 responses into ‘Your experience of SEND support’." in result.output
    assert (
        "Their comments are not themed yet: run theming from the Comments page, or "
        f"flask --app wsgi themes run --survey {survey_id}" in result.output
    )
    with app.app_context():
        channels = set(db.session.scalars(select(Response.channel)))
    assert channels == {Channel.IMPORT}
    assert stored_counts(app) == (3, 18, 1)


def test_the_survey_may_be_given_by_id_and_the_channel_chosen(app, survey_id, tmp_path):
    paper = tmp_path / "paper-forms.csv"
    paper.write_bytes(csv_bytes("has-ehcp,Locality", "Yes,North", "No,"))
    result = run(app, str(paper), "--survey", str(survey_id), "--channel", "paper")
    assert result.exit_code == 0, result.output
    assert "Imported 2 responses" in result.output
    with app.app_context():
        channels = set(db.session.scalars(select(Response.channel)))
    assert channels == {Channel.PAPER}


def test_every_problem_is_listed_and_nothing_is_imported(app, survey_id, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes("has-ehcp,Favourite colour,waiting-weeks", "Maybe,Blue,lots"))
    result = run(app, str(bad), "--survey", "send-support-2026")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Row 1, column B (‘Favourite colour’): no question in this survey has this key or text",
        "Row 2, column A (‘has-ehcp’): ‘Maybe’ is not one of the answers (Yes; No; Not sure)",
        "Row 2, column C (‘waiting-weeks’): ‘lots’ is not accepted: enter a number, like 3",
        f"Nothing was imported: {bad} has 3 problems.",
    ]
    assert stored_counts(app) == (0, 0, 0)


def test_the_same_file_twice_is_refused(app, survey_id):
    assert run(app, str(SURVEYMONKEY), "--survey", "send-support-2026").exit_code == 0
    again = run(app, str(SURVEYMONKEY), "--survey", "send-support-2026")
    assert again.exit_code == 1
    assert "This file was already imported into ‘Your experience of SEND support’ on " in (
        again.stderr
    )
    assert "by someone at the command line (3 responses, as ‘surveymonkey.csv’)" in again.stderr
    assert stored_counts(app) == (3, 18, 1)


def test_a_50_mb_file_is_refused(app, survey_id, tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as file:
        file.write(b"has-ehcp\r\n" + b"Yes\r\n" * (50 * 1024 * 1024 // 5))
    result = run(app, str(big), "--survey", "send-support-2026")
    assert result.exit_code == 1
    assert f"{big}: The file is 50.0 MB; it must be 20 MB or smaller." in result.stderr
    assert stored_counts(app) == (0, 0, 0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty"),
        (b"has-ehcp,comments\r\n", "The file has column headings but no responses under them"),
        (b"has-ehcp\nNo \x81\n", "The file is not UTF-8 or Windows-1252 text"),
    ],
)
def test_files_that_cannot_be_read_are_refused(app, survey_id, tmp_path, content, message):
    file = tmp_path / "responses.csv"
    file.write_bytes(content)
    result = run(app, str(file), "--survey", "send-support-2026")
    assert result.exit_code == 1
    assert f"Error: {file}: {message}" in result.stderr
    assert stored_counts(app) == (0, 0, 0)


def test_an_unknown_survey_or_a_draft_is_refused(app):
    unknown = run(app, str(PLAIN), "--survey", "nope")
    assert unknown.exit_code == 1
    assert "There is no survey with the id or slug ‘nope’" in unknown.stderr
    make_survey(app, status=SurveyStatus.DRAFT)
    draft = run(app, str(PLAIN), "--survey", "every-type")
    assert draft.exit_code == 1
    assert "is draft, so its questions can still change" in draft.stderr
