"""The staff scorecard: each pledge's measures, themes, actions and co-production record."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from feedback.coproduction.record import line_for
from feedback.models import Decision, Level, Role, Stage, SurveyStatus
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.feedback.scorecard.helpers import (
    FIRST,
    SECOND,
    answer,
    link_to_pledge,
    make_action,
    make_wave,
    record,
    two_waves,
)
from tests.pages import visible_text

CHANGE = "Up 40 points, from 40% to 80%; this change is statistically significant (p = 0.0098)"


def test_the_scorecard_shows_the_latest_percent_with_its_base_and_the_trend(client, app):
    two_waves(app, {"agree": 8, "disagree": 12}, {"strongly_agree": 16, "neither": 4})
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/"))
    assert "Listen and act" in text
    assert (
        "I feel listened to by the people who support my child. "
        "Positive: ‘Strongly agree’ or ‘Agree’ Parents and carers "
        "80% of 20 who answered SEND support survey 2026 40% → 80% " + CHANGE
    ) in text


def test_the_pledge_page_draws_the_trend_with_each_survey_and_base(client, app):
    two_waves(
        app, {"agree": 8, "disagree": 12, "dont_know": 3}, {"strongly_agree": 16, "neither": 4}
    )
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/listen-and-act"))
    assert "How it is measured" in text
    assert CHANGE in text
    assert (
        "Survey opened Positive Survey People who answered "
        "6 January 2025 40% SEND support survey 2025 20 "
        "5 January 2026 80% SEND support survey 2026 20"
    ) in text
    download = client.get("/manage/pledges/listen-and-act?chart=measure-1&format=csv")
    assert download.status_code == 200
    rows = list(csv.reader(io.StringIO(download.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[1:] == [
        ["6 January 2025", "40.0", "SEND support survey 2025", "20"],
        ["5 January 2026", "80.0", "SEND support survey 2026", "20"],
    ]


def test_a_question_asked_once_has_no_trend_chart(client, app):
    answer(app, make_wave(app, FIRST), {"agree": 3, "disagree": 1})
    login_as(client, app, Role.VIEWER)
    response = client.get("/manage/pledges/listen-and-act")
    text = visible_text(response)
    assert "75% of 4 who answered SEND support survey 2025 75% Asked in one survey so far" in text
    assert "Trend: " not in text
    assert (
        client.get("/manage/pledges/listen-and-act?chart=measure-1&format=csv").status_code == 404
    )


def test_a_pledge_with_no_measures_says_so(client, app):
    two_waves(app, {"agree": 8}, {"agree": 9})
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/tell-what-happened"))
    assert "No survey questions measure this pledge yet." in text
    assert "No themes yet." in text
    assert "No actions under this pledge yet." in text
    assert "No surveys yet. No actions yet." in text


def test_a_question_in_a_draft_is_listed_with_no_answers_yet(client, app):
    make_wave(app, FIRST, status=SurveyStatus.DRAFT)
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/"))
    assert (
        "Parents and carers No answers yet SEND support survey 2025 – Asked in one survey" in text
    )


def test_the_same_key_asked_of_other_people_is_another_measure(client, app):
    parents = make_wave(app, FIRST)
    schools = make_survey(
        app,
        replace(every_type_definition("schools"), title="Schools survey",
                audiences=("education-settings",)),
    )  # fmt: skip
    answer(app, parents, {"agree": 10})
    answer(app, schools, {"disagree": 10})
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/listen-and-act"))
    assert "Education settings 0% of 10 who answered Schools survey 0% Asked in one" in text
    assert "Parents and carers 100% of 10 who answered SEND support survey 2025 100%" in text


def test_themes_come_from_linked_written_answers_and_from_actions(client, app):
    survey_id = make_wave(app, FIRST)
    link_to_pledge(app, survey_id, "comments")
    before = set(answer_ids(app))
    add_responses(app, survey_id, 3, {"comments": "We waited a year for therapy."})
    comments = sorted(set(answer_ids(app)) - before)
    add_theme(app, "Waiting times", dict.fromkeys(comments, Decision.ACCEPTED))
    add_theme(app, "Machine guess", {comments[0]: Decision.SUGGESTED})
    make_action(app, "Shorter waits for speech therapy", themes=("Waiting times",))
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/listen-and-act"))
    assert (
        "Also linked to this pledge (written answers give the themes below): "
        "What one thing would make the biggest difference? – SEND support survey 2025"
    ) in text
    assert "Waiting times: 3 comments checked by staff; 1 action" in text
    assert "Machine guess: 1 suggested, not yet checked" in text


def test_actions_are_listed_published_or_draft(client, app):
    published = make_action(app, "Answer every email in five days", published=True)
    make_action(app, "Named contact for every family")
    make_action(app, "Something for another pledge", pledge="tell-what-happened")
    login_as(client, app, Role.VIEWER)
    response = client.get("/manage/pledges/listen-and-act")
    assert f'href="/manage/actions/{published}"' in response.text
    text = visible_text(response)
    assert "Answer every email in five days – in progress, published" in text
    assert "Named contact for every family – in progress, draft, not published yet" in text
    assert "Something for another pledge" not in text


def test_the_record_shows_how_families_took_part_in_the_work_under_the_pledge(client, app):
    forum = make_group(app)
    survey_id = make_wave(app, FIRST, group_ids=[forum])
    record(app, survey_id, Level.CO_PRODUCE, (Stage.QUESTIONS, Stage.ANALYSIS))
    make_wave(app, SECOND)
    make_action(app, "Named contact", level=Level.CONSULT, stages=(Stage.REPLY,), group_ids=[forum])
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/listen-and-act"))
    assert "1 of 2 surveys (50%) reached co-production, the top of the ladder." in text
    assert "0 of 1 action (0%) reached co-production" in text
    assert (
        "Survey: SEND support survey 2025 Co-produce Questions "
        + line_for(Level.CO_PRODUCE, [Stage.QUESTIONS, Stage.ANALYSIS], ["Parent Carer Forum"])
    ) in text
    assert (
        "Survey: SEND support survey 2026 Not recorded yet Not recorded yet Not recorded yet"
        in text
    )
    assert (
        "Action: Named contact Consult Reply "
        + line_for(Level.CONSULT, [Stage.REPLY], ["Parent Carer Forum"])
    ) in text


def test_a_forum_editor_sees_only_the_surveys_their_groups_co_produce(client, app):
    forum = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    ours = make_wave(app, FIRST, group_ids=[youth])
    theirs = make_wave(app, SECOND, group_ids=[forum])
    answer(app, ours, {"agree": 10})
    answer(app, theirs, {"disagree": 10})
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth])
    for url in ("/manage/pledges/", "/manage/pledges/listen-and-act"):
        text = visible_text(client.get(url))
        assert "100% of 10 who answered SEND support survey 2025" in text
        assert "SEND support survey 2026" not in text
    assert "SEND support survey 2026" not in client.get("/manage/pledges/scorecard.csv").text


def test_the_scorecard_downloads_as_csv_with_exact_counts(client, app):
    two_waves(
        app, {"agree": 8, "disagree": 12, "dont_know": 3}, {"strongly_agree": 16, "neither": 4}
    )
    login_as(client, app, Role.VIEWER)
    response = client.get("/manage/pledges/scorecard.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "charter-pledge-scorecard.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert [
        (row["Pledge"], row["Survey"], row["Opened"], row["People who answered"], row["Base"],
         row["Positive count"], row["Percent positive"])
        for row in rows
    ] == [
        ("Listen and act", "SEND support survey 2025", "2025-01-06", "23", "20", "8", "40"),
        ("Listen and act", "SEND support survey 2026", "2026-01-05", "20", "20", "16", "80"),
    ]  # fmt: skip


def test_officers_are_offered_to_change_the_pledges_and_viewers_are_not(client, app):
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/pledges/"))
    assert "Only administrators and co-production officers can change the pledges." in text
    assert "Change the pledges" not in text
    assert "This is an example charter." in text
    client.get("/sign-out")
    login_as(client, app, Role.OFFICER)
    response = client.get("/manage/pledges/")
    assert "Change the pledges" in visible_text(response)
    assert 'href="/manage/settings/pledges"' in response.text


def test_an_unknown_pledge_is_not_found(client, app):
    login_as(client, app, Role.VIEWER)
    assert client.get("/manage/pledges/no-such-pledge").status_code == 404
