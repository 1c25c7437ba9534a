"""The staff pages: upload a file, check the preview, change a column's question, import."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Response, Role, SurveyStatus
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.imports.helpers import (
    PLAIN,
    SURVEYMONKEY,
    csv_bytes,
    stored_answers,
    stored_counts,
)
from tests.pages import page, visible_text


def upload(client, survey_id: int, content: bytes, filename="responses.csv", **fields):
    data = {"responses_file": (io.BytesIO(content), filename), "channel": "import", **fields}
    return client.post(
        f"/manage/imports/surveys/{survey_id}", data=data, content_type="multipart/form-data"
    )


@pytest.fixture
def app_config(tmp_path) -> dict:
    return {"IMPORT_UPLOAD_FOLDER": str(tmp_path / "uploads")}


def kept_files(app) -> list[str]:
    folder = Path(app.config["IMPORT_UPLOAD_FOLDER"])
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


@pytest.fixture
def officer(client, app) -> str:
    return login_as(client, app, Role.OFFICER)


def test_upload_preview_and_import_a_surveymonkey_export(client, app, survey_id, officer):
    form = client.get(f"/manage/imports/surveys/{survey_id}")
    assert form.status_code == 200
    assert "Import responses" in visible_text(form)

    uploaded = upload(client, survey_id, SURVEYMONKEY.read_bytes(), filename="wave1.csv")
    assert uploaded.status_code == 302
    assert uploaded.headers["Location"] == f"/manage/imports/surveys/{survey_id}/preview"
    assert "wave1" not in uploaded.headers["Location"]

    preview = client.get(uploaded.headers["Location"])
    text = visible_text(preview)
    assert preview.status_code == 200
    assert "Format SurveyMonkey individual responses (two header rows)" in text
    assert "Text encoding UTF-8" in text
    assert "Responses found 3" in text
    assert "Email Address personal data, which is never stored" in text
    assert "Respondent ID SurveyMonkey’s number for the response" in text
    assert "End Date used as the time each response was sent" in text
    assert "The first 3 responses as they will be stored" in text
    assert "Row 3 Row 4 Row 5" in text
    assert "Sent 3 November 2026 at 10:15 4 November 2026 at 14:30 1 October 2026 at 09:00" in text
    assert "Other: Home educated" in text
    assert "jo@example.org" not in page(preview)
    assert "There is a problem" not in text

    imported = client.post(uploaded.headers["Location"], data={"action": "import"})
    assert imported.status_code == 302
    done = client.get(imported.headers["Location"])
    done_text = visible_text(done)
    assert "3 responses imported into ‘Your experience of SEND support’" in done_text
    assert "wave1.csv" in done_text
    assert "Run theming from the Comments page" in done_text
    assert stored_counts(app)[0::2] == (3, 1)
    assert kept_files(app) == []  # the uploaded file is deleted once imported


def test_a_column_can_be_mapped_to_another_question_before_importing(
    client, app, survey_id, officer
):
    content = csv_bytes(
        "has-ehcp,What would help most?,Respondent's initials",
        "Yes,Quicker assessments,AB",
        "No,More support in school,CD",
    )
    upload(client, survey_id, content)
    url = f"/manage/imports/surveys/{survey_id}/preview"
    preview = client.get(url)
    html = page(preview)
    text = visible_text(preview)
    assert "Error: Check the import" in text
    assert "There is a problem" in text
    assert (
        "Row 1, column B (‘What would help most?’): no question in this survey has this key or "
        "text" in text
    )
    assert 'href="#column-1"' in html
    assert "Choose the question this column answers, or ‘Do not import’" in text
    assert "Import 2 responses" not in text

    checked = client.post(url, data={"column-1": "comments", "column-2": "-", "action": "check"})
    assert checked.status_code == 302
    preview = client.get(url)
    text = visible_text(preview)
    assert "There is a problem" not in text
    assert "Respondent's initials you chose not to import it" in text
    assert "Quicker assessments" in text and "AB" not in text.split("Columns that are")[1]

    client.post(url, data={"column-1": "comments", "column-2": "-", "action": "import"})
    assert stored_answers(app, survey_id) == [
        [("has-ehcp", "yes", None, None), ("comments", None, None, "Quicker assessments")],
        [("has-ehcp", "no", None, None), ("comments", None, None, "More support in school")],
    ]


def test_import_with_problems_writes_nothing_and_lists_every_problem(
    client, app, survey_id, officer
):
    lines = ["has-ehcp,waiting-weeks"] + [f"Maybe,{600 + n}" for n in range(30)]
    upload(client, survey_id, csv_bytes(*lines))
    url = f"/manage/imports/surveys/{survey_id}/preview"
    attempt = client.post(url, data={"action": "import"})
    assert attempt.status_code == 302
    text = visible_text(client.get(url))
    assert "The file has 60 problems, so nothing can be imported yet" in text
    assert "Row 2, column A (‘has-ehcp’): ‘Maybe’ is not one of the answers" in text
    assert "And 10 more problems" in text
    assert "Problems (the first 50 of 60)" in text
    assert stored_counts(app) == (0, 0, 0)


def test_the_channel_chosen_is_stored(client, app, survey_id, officer):
    upload(client, survey_id, PLAIN.read_bytes(), channel="paper")
    url = f"/manage/imports/surveys/{survey_id}/preview"
    assert "Collected Paper" in visible_text(client.get(url))
    client.post(url, data={"action": "import"})
    with app.app_context():
        channels = set(db.session.scalars(select(Response.channel)))
    assert channels == {Channel.PAPER}


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "responses.csv", "The file is empty"),
        (b"has-ehcp\r\n", "responses.csv", "The file has column headings but no responses"),
        (b"has-ehcp\nNo \x81\n", "responses.csv", "The file is not UTF-8 or Windows-1252 text"),
        (b"has-ehcp\nYes\n", "responses.xlsx", "The selected file must be a CSV file (.csv)"),
    ],
)
def test_files_that_cannot_be_read_are_refused_on_the_upload_page(
    client, app, survey_id, officer, content, filename, message
):
    response = upload(client, survey_id, content, filename=filename)
    assert response.status_code == 400
    text = visible_text(response)
    assert text.startswith("Error: Import responses")
    assert "There is a problem" in text
    assert message in text
    assert 'href="#responses_file"' in page(response)
    assert kept_files(app) == []
    assert stored_counts(app) == (0, 0, 0)


def test_no_file_chosen_is_an_error(client, app, survey_id, officer):
    response = client.post(f"/manage/imports/surveys/{survey_id}", data={"channel": "import"})
    assert response.status_code == 400
    assert "Select a CSV file of responses" in visible_text(response)


def test_a_50_mb_file_is_refused_without_being_read(client, app, survey_id, officer, tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as file:
        file.write(b"has-ehcp\r\n" + b"Yes\r\n" * (50 * 1024 * 1024 // 5))
    with big.open("rb") as file:
        response = client.post(
            f"/manage/imports/surveys/{survey_id}",
            data={"responses_file": (file, "big.csv"), "channel": "import"},
            content_type="multipart/form-data",
        )
    assert response.status_code == 413
    assert "The largest file you can upload is 20 MB" in visible_text(response)
    assert kept_files(app) == []


def test_a_file_already_imported_is_refused_at_upload(client, app, survey_id, officer):
    upload(client, survey_id, PLAIN.read_bytes(), filename="first.csv")
    url = f"/manage/imports/surveys/{survey_id}/preview"
    client.post(url, data={"action": "import"})
    again = upload(client, survey_id, PLAIN.read_bytes(), filename="renamed.csv")
    assert again.status_code == 400
    text = visible_text(again)
    assert re.search(
        r"This file was already imported into ‘Your experience of SEND support’ on .* by "
        r"Co-production officer \(4 responses, as ‘first.csv’\), so it was not imported again",
        text,
    )
    assert "first.csv 4" in text  # listed under files already imported
    assert stored_counts(app)[0] == 4


def test_cancelling_deletes_the_uploaded_file(client, app, survey_id, officer):
    upload(client, survey_id, PLAIN.read_bytes())
    assert len(kept_files(app)) == 2  # the file and its note
    cancelled = client.post(f"/manage/imports/surveys/{survey_id}/cancel")
    assert cancelled.status_code == 302
    assert "‘responses.csv’ has been deleted. Nothing was imported" in visible_text(
        client.get(cancelled.headers["Location"])
    )
    assert kept_files(app) == []
    gone = client.get(f"/manage/imports/surveys/{survey_id}/preview")
    assert gone.status_code == 302
    assert "There is no file waiting to be imported" in visible_text(
        client.get(gone.headers["Location"])
    )


def test_a_draft_survey_cannot_take_imports(client, app, officer):
    draft = make_survey(app, status=SurveyStatus.DRAFT)
    page_ = client.get(f"/manage/imports/surveys/{draft}")
    assert "so its questions can still change" in visible_text(page_)
    assert 'name="responses_file"' not in page(page_)
    assert upload(client, draft, PLAIN.read_bytes()).status_code == 200
    assert kept_files(app) == []


def test_viewers_may_not_import(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    assert client.get(f"/manage/imports/surveys/{survey_id}").status_code == 403
    assert upload(client, survey_id, PLAIN.read_bytes()).status_code == 403


def test_forum_editors_import_only_into_their_groups_surveys(client, app):
    own_group = make_group(app)
    other_group = make_group(app, "youth-forum", "Youth Forum")
    own = make_survey(app, group_ids=[own_group])
    other = make_survey(app, every_type_definition("other-survey"), group_ids=[other_group])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[own_group])
    assert client.get(f"/manage/imports/surveys/{other}").status_code == 403
    assert upload(client, other, PLAIN.read_bytes()).status_code == 403
    assert upload(client, own, PLAIN.read_bytes()).status_code == 302
    url = f"/manage/imports/surveys/{own}/preview"
    done = client.post(url, data={"action": "import"})
    assert "officer can run theming" in visible_text(client.get(done.headers["Location"]))
    assert stored_counts(app)[0] == 4


def test_another_staff_members_upload_is_not_theirs_to_import(client, app, survey_id, officer):
    upload(client, survey_id, PLAIN.read_bytes())
    other = app.test_client()
    login_as(other, app, Role.ADMIN)
    assert other.get(f"/manage/imports/surveys/{survey_id}/preview").status_code == 302
    other.post(f"/manage/imports/surveys/{survey_id}/preview", data={"action": "import"})
    assert stored_counts(app) == (0, 0, 0)


def test_a_file_imported_elsewhere_meanwhile_is_refused_at_the_last_step(
    client, app, survey_id, officer
):
    upload(client, survey_id, PLAIN.read_bytes())
    cli = app.test_cli_runner().invoke(
        args=["responses", "import", str(PLAIN), "--survey", str(survey_id)]
    )
    assert cli.exit_code == 0, cli.output
    refused = client.post(f"/manage/imports/surveys/{survey_id}/preview", data={"action": "import"})
    assert refused.status_code == 400
    text = visible_text(refused)
    assert "There is a problem" in text
    assert "This file was already imported into ‘Your experience of SEND support’" in text
    assert "by someone at the command line" in text
    assert stored_counts(app) == (4, 27, 1)
