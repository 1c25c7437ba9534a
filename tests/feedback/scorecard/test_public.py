"""The public scorecard: published results and actions only, small numbers hidden, no sign-in."""

from __future__ import annotations

from feedback.coproduction.record import line_for
from feedback.models import Decision, Level, Stage
from tests.factories import make_group
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.feedback.scorecard.helpers import (
    FIRST,
    SECOND,
    answer,
    link_to_pledge,
    make_action,
    make_wave,
    record,
)
from tests.pages import visible_text


def test_the_public_scorecard_explains_the_charter_without_sign_in(client, app):
    response = client.get("/charter/")
    assert response.status_code == 200
    text = visible_text(response)
    assert "The Co-Production Charter is a set of promises, called pledges" in text
    for title in ("Involve families from the start", "Listen and act", "Value every contribution"):
        assert title in text
    assert "No published survey questions measure this pledge yet." in text


def test_only_surveys_with_public_results_are_shown(client, app):
    published = make_wave(app, FIRST, published=True)
    unpublished = make_wave(app, SECOND)
    answer(app, published, {"agree": 8, "disagree": 12})
    answer(app, unpublished, {"strongly_agree": 16, "neither": 4})
    for url in ("/charter/", "/charter/listen-and-act"):
        response = client.get(url)
        text = visible_text(response)
        assert "40% of 20 who answered SEND support survey 2025 40% Asked in one survey" in text
        assert "SEND support survey 2026" not in text
        assert "80%" not in text
        assert 'href="/results/support-2025"' in response.text


def test_two_published_waves_show_the_trend_and_its_significance(client, app):
    first = make_wave(app, FIRST, published=True)
    second = make_wave(app, SECOND, published=True)
    answer(app, first, {"agree": 8, "disagree": 12})
    answer(app, second, {"strongly_agree": 24, "neither": 6})
    text = visible_text(client.get("/charter/listen-and-act"))
    assert (
        "80% of 30 who answered SEND support survey 2026 40% → 80% Up 40 points, from 40% to "
        "80%; this change is statistically significant (p = 0.0039)"
    ) in text
    assert "6 January 2025 40% SEND support survey 2025 20" in text


def test_small_numbers_are_hidden_as_c_with_an_explanation(client, app):
    first = make_wave(app, FIRST, published=True)
    second = make_wave(app, SECOND, published=True)
    answer(app, first, {"agree": 20, "disagree": 20})
    answer(app, second, {"agree": 3, "disagree": 30})
    text = visible_text(client.get("/charter/listen-and-act"))
    assert (
        "[c] SEND support survey 2026 50% → [c] Not shown, to protect the people who answered"
    ) in text
    assert "[c] marks a figure that is hidden to protect the people who answered." in text
    assert "Numbers from 1 to 4 are always hidden" in text
    assert "5 January 2026 [c] SEND support survey 2026" in text
    trend = client.get("/charter/listen-and-act?chart=measure-1&format=csv").text
    assert "[c]" in trend
    assert "9.09" not in trend


def test_a_small_base_hides_every_figure(client, app):
    answer(app, make_wave(app, FIRST, published=True), {"agree": 2, "disagree": 1})
    text = visible_text(client.get("/charter/"))
    assert "[c] SEND support survey 2025 [c] Asked in one survey so far" in text
    assert "67%" not in text


def test_draft_actions_and_unchecked_themes_stay_off_the_public_pages(client, app):
    survey_id = make_wave(app, FIRST, published=True)
    link_to_pledge(app, survey_id, "comments")
    before = set(answer_ids(app))
    add_responses(app, survey_id, 6, {"comments": "We waited a year for therapy."})
    comments = sorted(set(answer_ids(app)) - before)
    add_theme(app, "Waiting times", dict.fromkeys(comments, Decision.ACCEPTED))
    add_theme(app, "Machine guess", dict.fromkeys(comments, Decision.SUGGESTED))
    make_action(app, "Answer every email in five days", published=True)
    make_action(app, "A plan still being written")
    for url in ("/charter/", "/charter/listen-and-act"):
        response = client.get(url)
        assert 'href="/you-said-we-did/answer-every-email-in-five-days"' in response.text
        text = visible_text(response)
        assert "Answer every email in five days – in progress" in text
        assert "A plan still being written" not in text
        assert "draft" not in text
    text = visible_text(client.get("/charter/listen-and-act"))
    assert "Waiting times" in text
    assert "6 comments" not in text
    assert "Machine guess" not in text


def test_the_public_record_covers_published_work_only(client, app):
    forum = make_group(app)
    survey_id = make_wave(app, FIRST, published=True, group_ids=[forum])
    record(app, survey_id, Level.CO_PRODUCE, (Stage.QUESTIONS, Stage.ANALYSIS))
    make_wave(app, SECOND, group_ids=[forum])
    make_action(app, "Named contact", published=True, level=Level.ENGAGE, stages=(Stage.REPLY,))
    make_action(app, "Draft plan", level=Level.CO_PRODUCE, stages=(Stage.IDEA,))
    text = visible_text(client.get("/charter/listen-and-act"))
    assert "1 of 1 survey (100%) reached co-production, the top of the ladder." in text
    assert "0 of 1 action (0%) reached co-production" in text
    line = line_for(Level.CO_PRODUCE, [Stage.QUESTIONS, Stage.ANALYSIS], ["Parent Carer Forum"])
    assert f"Survey: SEND support survey 2025 Co-produce Questions {line}" in text
    assert "Action: Named contact Engage Reply" in text
    assert "SEND support survey 2026" not in text
    assert "Draft plan" not in text


def test_an_unknown_pledge_is_not_found(client, app):
    assert client.get("/charter/no-such-pledge").status_code == 404
