"""Free-text questions: answers by sentiment, and redacted quotes for the most used themes."""

from __future__ import annotations

import pytest

from feedback.models import Decision, Role
from tests.factories import login_as, make_survey
from tests.feedback.reports.helpers import add_responses, add_sentiments, add_theme, answer_ids
from tests.feedback.reports.test_views import page, table_rows, text_of
from theming.model import SentimentLabel

PHONE = "Ring me on 07700 900461 about the wait."


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    add_responses(app, survey, 1, {"comments": PHONE}, audience="parents-and-carers")
    add_responses(app, survey, 2, {"comments": "We waited 40 weeks."}, locality="north")
    add_responses(app, survey, 1, {"comments": "The wait for therapy was far too long."})
    add_responses(app, survey, 1, {"comments": "Our caseworker never rings back."})
    add_responses(app, survey, 1, {"comments": "Brilliant school, helpful staff."})
    phone, weeks, weeks_again, therapy, caseworker, school = answer_ids(app)
    add_theme(
        app,
        "Long waits",
        {
            phone: Decision.SUGGESTED,
            weeks: Decision.SUGGESTED,
            weeks_again: Decision.SUGGESTED,
            therapy: Decision.ACCEPTED,
            caseworker: Decision.REJECTED,
        },
        scores={phone: 0.9, weeks: 0.4, weeks_again: 0.4},
    )
    add_theme(app, "No named contact", {caseworker: Decision.ACCEPTED})
    add_theme(app, "Good schools", {school: Decision.SUGGESTED})
    add_theme(app, "Staff", {school: Decision.SUGGESTED})
    negative, positive = SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE
    add_sentiments(app, {phone: negative, weeks: negative, weeks_again: negative, school: positive})
    return survey


def quotes(html: str, theme: str) -> list[str]:
    """The quotes under the heading for `theme`, in order."""
    after = text_of(html).split(f"What people said: {theme} ", 1)[1]
    return [quote.split("”")[0] for quote in after.split("What people said:")[0].split("“")[1:]]


def test_answers_are_counted_by_sentiment(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id).get_data(as_text=True)
    assert table_rows(html, "How the answers to question 9 feel") == [
        ["Sentiment", "Answers", "Percent of 4 analysed"],
        ["Positive", "1", "25%"],
        ["Mixed", "0", "0%"],
        ["Neutral", "0", "0%"],
        ["Negative", "3", "75%"],
    ]
    assert "4 of the 6 answers have been analysed so far." in text_of(html)

    north = page(client, survey_id, locality="north").get_data(as_text=True)
    assert table_rows(north, "How the answers to question 9 feel")[-1] == ["Negative", "2", "100%"]


def test_quotes_show_the_top_themes_accepted_first_each_answer_once(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = page(client, survey_id).get_data(as_text=True)
    assert quotes(html, "Long waits") == [
        "The wait for therapy was far too long.",
        PHONE,
        "We waited 40 weeks.",
    ]
    assert "What people said: No named contact" in text_of(html)
    assert "What people said: Good schools" in text_of(html)
    assert "What people said: Staff" not in text_of(html)


def test_quotes_are_redacted_for_staff_who_do_not_review_comments(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id).get_data(as_text=True)
    assert "07700 900461" not in html
    assert "“Ring me on [phone] about the wait.”" in text_of(html)
    assert "with names, contact details and other personal details taken out" in text_of(html)


def test_reviewers_can_open_the_comments_behind_each_theme_and_sentiment(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = page(client, survey_id, audience="parents-and-carers").get_data(as_text=True)
    queue = f"/manage/analysis/comments?survey={survey_id}&amp;status=all"
    assert f'href="{queue}&amp;audience=parents-and-carers&amp;theme=long-waits"' in html
    assert f'href="{queue}&amp;audience=parents-and-carers&amp;sentiment=negative"' in html


def test_other_staff_see_no_links_to_the_comments(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id).get_data(as_text=True)
    assert "/manage/analysis/comments" not in html
    assert table_rows(html, "Themes in the answers to question 9")[1] == ["Long waits", "1", "3"]
