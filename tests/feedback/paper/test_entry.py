"""Typing in paper and event responses: one form a time, stored whole with its channel, or not
at all with every problem listed."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from feedback.extensions import db
from feedback.models import Channel, Response, Role, Survey, SurveyStatus
from feedback.reports.filters import ResultFilters
from feedback.reports.results import survey_results
from tests.factories import login_as, make_group, make_survey
from tests.feedback.paper.helpers import FULL_FORM, entry_url, paper_form, stored_responses
from tests.feedback.privacy.helpers import audit_entries
from tests.pages import page, visible_text


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


@pytest.fixture
def officer(client, app) -> str:
    return login_as(client, app, Role.OFFICER)


def _rows(response: Response) -> list[tuple]:
    """(question key, choice, number, text) for each stored answer row, sorted."""
    keys = {q.id: q.key for q in db.session.get(Survey, response.survey_id).questions}
    return sorted((keys[a.question_id], a.choice, a.number, a.text) for a in response.answers)


def test_a_paper_response_is_stored_whole_with_its_channel_and_counted_in_the_results(
    client, app, survey_id, officer
):
    saved = client.post(
        entry_url(survey_id),
        data=paper_form(FULL_FORM | {"school-type": "other"}, **{"school-type": "Home educated"}),
    )
    assert saved.status_code == 302
    assert saved.headers["Location"] == entry_url(survey_id)

    (response,) = stored_responses(app)
    assert response.channel == Channel.PAPER
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", response.reference)
    with app.app_context():
        response = db.session.get(Response, response.id)
        assert response.locality.slug == "north"
        assert response.audience.slug == "parents-and-carers"
        assert _rows(response) == [
            ("comments", None, None, "More speech therapy\nShorter waits"),
            ("ehcp-satisfaction", "satisfied", None, None),
            ("has-ehcp", "yes", None, None),
            ("listened-to", "agree", None, None),
            ("one-word", None, None, "Hard work"),
            ("recommend", "7", Decimal(7), None),
            ("school-type", "other", None, "Home educated"),
            ("services", "camhs", None, None),
            ("services", "salt", None, None),
            ("waiting-weeks", None, Decimal(12), None),
        ]
        results = survey_results(
            db.session.get(Survey, survey_id), ResultFilters(channel=Channel.PAPER)
        )
        assert results.responses == 1
        listened = next(q for q in results.questions if q.key == "listened-to")
        assert {o.label: o.count for o in listened.options}["Agree"] == 1

    banner = visible_text(client.get(entry_url(survey_id)))
    assert f"Response {response.reference} saved" in banner
    assert "1 response entered on paper for this survey." in banner


def test_the_next_form_is_empty_keeps_the_channel_and_focuses_the_first_question(
    client, app, survey_id, officer
):
    first = page(client.get(entry_url(survey_id)))
    assert re.search(r'<input [^>]*id="channel"[^>]*autofocus', first)
    assert "checked" not in first

    client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "no"}, channel="event"))
    after = page(client.get(entry_url(survey_id)))
    assert "<title>Response " in after
    assert re.search(r'<input [^>]*id="answer-_locality"[^>]*autofocus', after)
    assert re.search(r'id="channel-2"[^>]*value="event" checked', after)
    assert after.count(" checked") == 1  # no answer carried over

    again = page(client.get(entry_url(survey_id)))
    assert "govuk-notification-banner" not in again  # the banner shows once


def test_event_responses_are_counted_apart_from_paper_ones(client, app, survey_id, officer):
    for channel in ("event", "event", "paper"):
        client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "yes"}, channel=channel))
        shown = visible_text(client.get(entry_url(survey_id)))
    assert "1 response entered on paper for this survey." in shown
    assert [r.channel for r in stored_responses(app)] == [
        Channel.EVENT,
        Channel.EVENT,
        Channel.PAPER,
    ]
    client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "no"}, channel="event"))
    assert "3 responses entered at events for this survey." in visible_text(
        client.get(entry_url(survey_id))
    )


def test_questions_left_blank_on_paper_are_recorded_as_not_answered(
    client, app, survey_id, officer
):
    response = client.post(entry_url(survey_id), data=paper_form({"recommend": "0"}))
    assert response.status_code == 302

    (stored,) = stored_responses(app)
    with app.app_context():
        stored = db.session.get(Response, stored.id)
        assert _rows(stored) == [("recommend", "0", Decimal(0), None)]
        assert stored.locality is None


def test_not_answered_takes_back_a_choice_made_by_mistake(client, app, survey_id, officer):
    form = paper_form({"has-ehcp": "", "listened-to": "agree"})
    assert client.post(entry_url(survey_id), data=form).status_code == 302
    (stored,) = stored_responses(app)
    with app.app_context():
        assert [row[0] for row in _rows(db.session.get(Response, stored.id))] == ["listened-to"]


def test_any_error_stores_nothing_lists_every_problem_and_keeps_what_was_typed(
    client, app, survey_id, officer
):
    form = paper_form(
        {
            "has-ehcp": "no",
            "ehcp-satisfaction": "satisfied",
            "school-type": "other",
            "waiting-weeks": "600",
            "one-word": "x" * 201,
            "comments": "Keep this comment",
        },
        channel=None,
    )
    response = client.post(entry_url(survey_id), data=form)

    assert response.status_code == 400
    assert stored_responses(app) == []
    html = page(response)
    assert "<title>Error: " in html
    summary = html.split('class="govuk-error-summary', 1)[1].split("</ul>", 1)[0]
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary)
    assert links == [
        ("channel", "Select how this response reached us: on paper or at an event"),
        (
            "answer-ehcp-satisfaction",
            "Question 3 (‘How satisfied are you with your child's EHC plan?’): Leave this "
            "blank, or correct question 2: it is only asked if the answer to question 2 is "
            "‘Yes’",
        ),
        (
            "other-school-type",
            "Question 4 (‘What kind of school does your child go to?’): Enter what you mean "
            "by ‘Other’",
        ),
        (
            "answer-waiting-weeks",
            "Question 8 (‘How many weeks did you wait for your first assessment?’): Enter a "
            "number between 0 and 520",
        ),
        (
            "answer-one-word",
            "Question 9 (‘Describe your experience in a few words.’): Your answer must be "
            "200 characters or fewer",
        ),
    ]
    for anchor, _ in links:
        assert f'id="{anchor}"' in html
    assert re.search(r'id="answer-has-ehcp-2"[^>]*value="no" checked', html)
    assert 'value="600"' in html
    assert "x" * 201 in html
    assert "Keep this comment" in html
    assert 'id="answer-waiting-weeks-error"' in html  # the message beside the field
    assert "autofocus" not in html  # GOV.UK's script focuses the error summary


def test_a_blank_form_or_a_made_up_answer_is_refused(client, app, survey_id, officer):
    blank = visible_text(client.post(entry_url(survey_id), data=paper_form({})))
    assert "Enter at least one answer: this form is blank" in blank

    made_up = visible_text(
        client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "maybe"}))
    )
    assert (
        "Question 2 (‘Does your child have an education, health and care (EHC) plan?’): "
        "Select one of the answers shown" in made_up
    )
    assert stored_responses(app) == []


def test_entering_a_response_is_audited_without_its_answers(client, app, survey_id, officer):
    client.post(entry_url(survey_id), data=paper_form({"one-word": "Secret words"}))
    (entry,) = audit_entries(app, "response.entered")
    assert entry["subject"] == f"survey {survey_id}"
    assert entry["detail"]["channel"] == "paper"
    assert set(entry["detail"]) == {"channel", "reference_hash"}
    assert entry["user_id"] is not None
    assert "Secret words" not in str(entry)
    (response,) = stored_responses(app)
    assert response.reference not in str(entry)


def test_a_reference_already_taken_is_replaced(client, app, survey_id, officer, monkeypatch):
    client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "yes"}))
    (first,) = stored_responses(app)
    fresh = iter([first.reference, "ABCD-EFGH"])
    monkeypatch.setattr("feedback.respond.services.new_reference", lambda: next(fresh))

    assert client.post(entry_url(survey_id), data=paper_form({"has-ehcp": "no"})).status_code == 302
    assert [r.reference for r in stored_responses(app)] == [first.reference, "ABCD-EFGH"]


# Who may enter responses, and to which surveys


def test_viewers_and_other_groups_editors_are_refused(client, app):
    ours, theirs = make_group(app), make_group(app, "youth-forum", "Youth Forum")
    survey_id = make_survey(app, group_ids=[ours])
    viewer = app.test_client()
    login_as(viewer, app, Role.VIEWER)
    assert viewer.get(entry_url(survey_id)).status_code == 403
    assert viewer.post(entry_url(survey_id), data=paper_form(FULL_FORM)).status_code == 403
    assert "Enter paper and event responses" not in page(viewer.get(f"/manage/surveys/{survey_id}"))

    login_as(client, app, Role.FORUM_EDITOR, group_ids=[theirs])
    assert client.post(entry_url(survey_id), data=paper_form(FULL_FORM)).status_code == 403
    assert stored_responses(app) == []


def test_editors_of_a_co_authoring_group_may_enter_responses(client, app):
    ours = make_group(app)
    survey_id = make_survey(app, group_ids=[ours])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert f'href="{entry_url(survey_id)}"' in survey_page

    assert client.post(entry_url(survey_id), data=paper_form(FULL_FORM)).status_code == 302
    assert len(stored_responses(app)) == 1


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.ARCHIVED])
def test_drafts_and_archived_surveys_take_no_entries(client, app, officer, status):
    survey_id = make_survey(app, status=status)
    refused = client.get(entry_url(survey_id))
    assert refused.status_code == 409
    assert "You cannot enter responses to this survey" in visible_text(refused)
    assert 'name="channel"' not in page(refused)
    assert client.post(entry_url(survey_id), data=paper_form(FULL_FORM)).status_code == 409
    assert stored_responses(app) == []
    assert f'href="{entry_url(survey_id)}"' not in page(client.get(f"/manage/surveys/{survey_id}"))


def test_a_closed_survey_still_takes_entries(client, app, officer):
    survey_id = make_survey(app, status=SurveyStatus.CLOSED)
    assert client.post(entry_url(survey_id), data=paper_form(FULL_FORM)).status_code == 302
    assert len(stored_responses(app)) == 1
