"""The staff results page: tables per question, filters, a breakdown, and who may see it."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from feedback.models import Channel, Decision, Role, SurveyStatus
from tests.factories import login_as, make_group, make_survey
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.pages import visible_text


def text_of(html: str) -> str:
    """The page's text with tags removed and spaces squeezed, as a reader meets it."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


def table_rows(html: str, caption: str) -> list[list[str]]:
    """The cells of the table whose caption contains `caption`, row by row (header row first)."""
    table = re.search(r"<table.*?</table>", html[html.index(caption) - 300 :], re.S).group(0)
    rows = re.findall(r"<tr.*?</tr>", table, re.S)
    return [[text_of(cell).strip() for cell in re.findall(r"<t[hd].*?</t[hd]>", row, re.S)]
            for row in rows]  # fmt: skip


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    for answer, count in [("strongly_agree", 3), ("agree", 5), ("disagree", 1), ("dont_know", 2)]:
        add_responses(app, survey, count, {"listened-to": answer}, audience="parents-and-carers")
    return survey


def page(client, survey_id: int, **args):
    return client.get(f"/manage/reports/surveys/{survey_id}", query_string=args)


def test_a_viewer_sees_counts_percentages_intervals_and_the_base(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    response = page(client, survey_id)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    text = text_of(html)

    assert "11 responses in total" in text
    assert table_rows(html, "Answers to question 5") == [
        ["Answer", "Percent of 9 who answered", "People", "95% confidence interval"],
        ["Strongly agree", "33%", "3", "12% to 65%"],
        ["Agree", "56%", "5", "27% to 81%"],
        ["Neither agree nor disagree", "0%", "0", "0% to 30%"],
        ["Disagree", "11%", "1", "2% to 43%"],
        ["Strongly disagree", "0%", "0", "0% to 30%"],
        ["Don't know", "Not counted", "2", "Not counted"],
    ]
    assert "Base: 9 people who answered, not counting 2 who said ‘Don't know’." in text
    assert "2 people said ‘Don't know’. They are shown but not counted" in text
    assert "Positive (‘Strongly agree’ or ‘Agree’): 89% (8 of 9; 95% confidence interval" in text
    assert "Negative (‘Disagree’ or ‘Strongly disagree’): 11% (1 of 9;" in text
    assert "No one has answered this question." in text


def test_multiple_choice_says_percentages_can_add_up_to_more_than_100(client, app):
    survey_id = make_survey(app)
    add_responses(app, survey_id, 1, {"services": ["salt", "ot"]})
    add_responses(app, survey_id, 1, {"services": ["salt"]})
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id).get_data(as_text=True)
    assert ["Speech and language therapy", "100%", "2", "34% to 100%"] in table_rows(
        html, "Answers to question 4"
    )
    assert "so the percentages are of people and can add up to more than 100%" in text_of(html)


def test_number_questions_show_the_average_median_and_range(client, app):
    survey_id = make_survey(app)
    for weeks in (4, 6, 20):
        add_responses(app, survey_id, 1, {"waiting-weeks": weeks, "comments": "Too long"})
    login_as(client, app, Role.VIEWER)
    text = text_of(page(client, survey_id).get_data(as_text=True))
    assert "3 people answered. Average (mean) 10 Median 6 Lowest 4 Highest 20" in text


def test_free_text_questions_show_their_themes(client, app):
    survey_id = make_survey(app)
    add_responses(app, survey_id, 2, {"comments": "We waited 40 weeks"})
    first, second = answer_ids(app)
    add_theme(app, "Long waits", {first: Decision.ACCEPTED, second: Decision.SUGGESTED})
    login_as(client, app, Role.OFFICER)
    html = page(client, survey_id).get_data(as_text=True)
    assert table_rows(html, "Themes in the answers to question 9") == [
        [
            "Theme",
            "Answers, checked by a person",
            "Answers, suggested and not checked yet",
            "You said, we did",
        ],
        [
            "Long waits (see the comments with this theme)",
            "1",
            "1",
            "Respond to this theme: Long waits",
        ],
    ]
    assert f'href="/manage/analysis/comments?survey={survey_id}">Review the comments' in html
    queue = f"/manage/analysis/comments?survey={survey_id}&amp;status=all&amp;theme=long-waits"
    assert f'href="{queue}">Long waits<' in html


def test_filters_narrow_every_question_and_stay_chosen(client, app, survey_id):
    add_responses(
        app, survey_id, 4, {"listened-to": "disagree"}, channel=Channel.PAPER, locality="east",
        submitted_at=datetime(2026, 5, 5, 12),
    )  # fmt: skip
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id, channel="paper").get_data(as_text=True)
    assert "4 responses match the filters" in text_of(html)
    assert ["Disagree", "100%", "4", "51% to 100%"] in table_rows(html, "Answers to question 5")
    assert '<option value="paper" selected>' in html

    one_day = {f"{end}-{part}": value for end in ("from", "to")
               for part, value in (("day", "5"), ("month", "5"), ("year", "2026"))}  # fmt: skip
    dated = page(client, survey_id, **one_day)
    assert "4 responses match the filters" in text_of(dated.get_data(as_text=True))
    assert "0 responses match" in text_of(page(client, survey_id, locality="west").text)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            {"from-day": "31", "from-month": "2", "from-year": "2026"},
            "The ‘from’ date must be a real date",
        ),
        ({"to-day": "3", "to-year": "2026"}, "The ‘to’ date must include a month"),
        ({"to-day": "3", "to-month": "4", "to-year": "26"}, "The year must include 4 numbers"),
        (
            {"from-day": "2", "from-month": "4", "from-year": "2026",
             "to-day": "1", "to-month": "4", "to-year": "2026"},
            "The ‘to’ date must be the same as or after the ‘from’ date",
        ),
    ],
)  # fmt: skip
def test_a_wrong_date_is_explained_and_not_applied(client, app, survey_id, args, message):
    login_as(client, app, Role.VIEWER)
    response = page(client, survey_id, **args)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: Results:" in html
    assert "There is a problem" in html and message in html
    assert "11 responses in total" in text_of(html)


def test_a_question_breaks_down_by_audience_channel_or_locality(client, app, survey_id):
    add_responses(
        app, survey_id, 2, {"listened-to": "disagree"}, audience="education-settings",
        channel=Channel.EVENT,
    )  # fmt: skip
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id).get_data(as_text=True)
    link = re.search(r'href="([^"]*question=listened-to[^"]*by=audience[^"]*)"', html).group(1)
    html = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
    assert table_rows(html, "by audience") == [
        ["Answer", "Parents and carers", "Education settings"],
        ["People who answered", "11", "2"],
        ["Strongly agree", "3 (33%)", "0 (0%)"],
        ["Agree", "5 (56%)", "0 (0%)"],
        ["Neither agree nor disagree", "0 (0%)", "0 (0%)"],
        ["Disagree", "1 (11%)", "2 (100%)"],
        ["Strongly disagree", "0 (0%)", "0 (0%)"],
        ["Don't know", "2", "0"],
        ["Positive (‘Strongly agree’ or ‘Agree’)", "89%", "0%"],
    ]
    assert "not counting ‘Don't know’" in text_of(html)

    by_channel = page(client, survey_id, question="listened-to", by="channel", channel="event")
    rows = table_rows(by_channel.get_data(as_text=True), "by channel")
    assert rows[:2] == [["Answer", "Event"], ["People who answered", "2"]]


def test_staff_who_may_see_the_survey_see_its_results(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    survey_id = make_survey(app, status=SurveyStatus.CLOSED, group_ids=[theirs])
    add_responses(app, survey_id, 1, {"has-ehcp": "yes"})

    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    assert page(client, survey_id).status_code == 403
    client.get("/sign-out")
    login_as(client, app, Role.OFFICER)
    assert page(client, survey_id).status_code == 200
    assert page(client, survey_id + 100).status_code == 404


def test_a_forum_editor_sees_their_own_groups_results(client, app):
    ours = make_group(app)
    survey_id = make_survey(app, group_ids=[ours])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    assert page(client, survey_id).status_code == 200


def test_signed_out_people_are_sent_to_sign_in(client, app, survey_id):
    response = page(client, survey_id)
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_the_survey_page_links_to_the_results(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = client.get(f"/manage/surveys/{survey_id}").get_data(as_text=True)
    assert f'href="/manage/reports/surveys/{survey_id}">Results</a>' in html


def test_the_results_page_says_whether_results_are_public_and_offers_publishing(client, app):
    survey = make_survey(app, status=SurveyStatus.CLOSED)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(f"/manage/reports/surveys/{survey}"))
    assert "These results are not public yet. Publish the results" in text
    client.post("/results/every-type/publish")
    text = visible_text(client.get(f"/manage/reports/surveys/{survey}"))
    assert "These results are published, with small numbers hidden" in text
    assert "Withdraw the results" in text


def test_an_open_survey_cannot_be_published_and_the_page_says_why(client, app):
    survey = make_survey(app, status=SurveyStatus.OPEN)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(f"/manage/reports/surveys/{survey}"))
    assert "These results are not public." in text
    assert "Close the survey first" in text
    assert "Publish the results" not in text
