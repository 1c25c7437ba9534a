"""Erasure by reference: a respondent deletes their answers with the reference they were given."""

from __future__ import annotations

import json

import pytest

from feedback.models import Answer, CommentAnalysis, Response
from feedback.privacy.erasure import normalise_reference
from tests.factories import login_as, make_survey
from tests.feedback.analysis.helpers import run_theming
from tests.feedback.privacy.helpers import (
    answer_survey,
    audit_entries,
    count,
    only_survey_id,
    results_json,
)
from tests.pages import visible_text

START = "/erase-my-answers"
CONFIRM = "/erase-my-answers/confirm"
DONE = "/erase-my-answers/done"
NOT_FOUND = "We could not find answers with that reference. Check it and try again"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K7QX-4M2P", "K7QX-4M2P"),
        ("k7qx4m2p", "K7QX-4M2P"),
        ("  k7qx 4m2p ", "K7QX-4M2P"),
        ("K7QX–4M2P", "K7QX-4M2P"),
        ("K7QX-4M2", None),
        ("K7QX-4M2PP", None),
        ("K7QX-4M2!", None),
        ("", None),
        (None, None),
    ],
)
def test_references_are_read_however_they_are_typed(typed, expected):
    assert normalise_reference(typed) == expected


def _respondent(client, app) -> str:
    make_survey(app)
    return answer_survey(client, app)


def test_a_respondent_deletes_their_answers_with_their_reference(client, app):
    reference = _respondent(client, app)
    other = answer_survey(app.test_client(), app)
    run_theming(app)
    assert count(app, CommentAnalysis) == 4

    start = client.get(START)
    assert start.status_code == 200
    assert "Delete your answers to a survey" in visible_text(start)

    typed = reference.lower().replace("-", " ")
    asked = client.post(START, data={"reference": typed})
    assert asked.status_code == 302 and asked.headers["Location"] == CONFIRM
    confirm = visible_text(client.get(CONFIRM))
    assert "Are you sure you want to delete your answers?" in confirm
    assert "‘Your experience of SEND support’" in confirm and reference in confirm

    deleted = client.post(CONFIRM)
    assert deleted.status_code == 302 and deleted.headers["Location"] == DONE
    done = visible_text(client.get(DONE))
    assert "Your answers have been deleted" in done
    assert "We have deleted your answers to ‘Your experience of SEND support’" in done

    assert count(app, Response) == 1
    assert count(app, Response, Response.reference == other) == 1
    assert count(app, Answer) == 10 and count(app, CommentAnalysis) == 2
    [entry] = audit_entries(app, "response.erased")
    assert entry["user_id"] is None and entry["subject"].startswith("survey ")
    assert len(entry["detail"]["reference_hash"]) == 64
    stored = json.dumps(entry)
    assert reference not in stored and reference.replace("-", "") not in stored

    # The page is not shown again, and the reference no longer finds anything.
    assert client.get(DONE).headers["Location"] == START
    assert client.get(CONFIRM).headers["Location"] == START
    again = client.post(START, data={"reference": reference})
    assert again.status_code == 400 and NOT_FOUND in visible_text(again)


def test_results_no_longer_count_erased_answers(client, app):
    reference = _respondent(client, app)
    answer_survey(app.test_client(), app)
    staff = app.test_client()
    login_as(staff, app)
    survey_id = only_survey_id(app)
    assert results_json(staff, survey_id)["responses"] == 2

    client.post(START, data={"reference": reference})
    client.post(CONFIRM)

    assert results_json(staff, survey_id)["responses"] == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter your reference, like K7QX-4M2P"),
        ("K7QX", "Enter your reference in the right format: 8 letters and numbers, like K7QX-4M2P"),
        ("ZZZZ-ZZZZ", NOT_FOUND),
    ],
)
def test_a_missing_wrong_or_unknown_reference_gets_a_clear_message(client, app, typed, message):
    _respondent(client, app)
    response = client.post(START, data={"reference": typed})
    assert response.status_code == 400
    page = visible_text(response)
    assert "There is a problem" in page and page.count(message) == 2
    assert client.get(CONFIRM).headers["Location"] == START
    assert count(app, Response) == 1


def test_a_filled_in_hidden_field_is_ignored(client, app):
    reference = _respondent(client, app)
    page = client.get(START).get_data(as_text=True)
    assert 'name="website"' in page and 'tabindex="-1"' in page and "Leave this blank" in page

    robot = client.post(START, data={"reference": reference, "website": "http://spam.example"})

    assert robot.status_code == 302 and robot.headers["Location"] == START
    blank = client.post(START, data={"reference": "", "website": "x"})
    assert blank.status_code == 302 and blank.headers["Location"] == START
    assert client.get(CONFIRM).headers["Location"] == START
    assert client.post(CONFIRM).headers["Location"] == START
    assert count(app, Response) == 1


def test_the_reference_never_goes_in_an_address(client, app):
    reference = _respondent(client, app)
    steps = [
        client.post(START, data={"reference": reference}),
        client.post(CONFIRM),
    ]
    for step in steps:
        assert reference not in step.headers["Location"]
        assert reference.replace("-", "") not in step.headers["Location"]
