"""Wave on wave: the same question (key and type) in another survey to the same audience."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from feedback.demo import load_demo
from feedback.extensions import db
from feedback.models import Role, Survey
from surveys.model import Question
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.reports.helpers import add_responses
from tests.feedback.reports.test_views import page, table_rows, text_of

FIRST_DATES = (date(2025, 1, 6), date(2025, 3, 31))


def make_wave(
    app,
    slug: str,
    title: str,
    opens_on: date,
    closes_on: date | None = None,
    group_ids=(),
    **changes,
) -> int:
    """A survey with every question type, titled `title`, that opened on `opens_on`."""
    definition = replace(every_type_definition(slug), title=title, **changes)
    survey_id = make_survey(app, definition, group_ids=group_ids)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.opens_on, survey.closes_on = opens_on, closes_on
        db.session.commit()
    return survey_id


def answer(app, survey_id: int, counts: dict[str, int], key: str = "listened-to", **where):
    for value, count in counts.items():
        add_responses(app, survey_id, count, {key: value}, **where)


def two_waves(app, first: dict[str, int], second: dict[str, int], key="listened-to"):
    first_id = make_wave(app, "support-2025", "SEND support survey 2025", *FIRST_DATES)
    second_id = make_wave(app, "support-2026", "SEND support survey 2026", date(2026, 1, 5))
    answer(app, first_id, first, key)
    answer(app, second_id, second, key)
    return first_id, second_id


def test_a_question_asked_again_says_how_it_changed_since_the_last_wave(client, app):
    _, second = two_waves(app, {"agree": 8, "disagree": 12}, {"strongly_agree": 16, "neither": 4})
    login_as(client, app, Role.VIEWER)
    text = text_of(page(client, second).get_data(as_text=True))
    assert (
        "Compared with SEND support survey 2025 (6 January 2025 to 31 March 2025): "
        "Positive: up 40 points, from 40% to 80%; "
        "this change is statistically significant (p = 0.0098)"
    ) in text
    assert "Compare the 2 surveys that asked this question" in text


def test_a_small_change_is_not_statistically_significant(client, app):
    _, second = two_waves(app, {"agree": 5, "disagree": 5}, {"agree": 6, "disagree": 4})
    login_as(client, app, Role.VIEWER)
    text = text_of(page(client, second).get_data(as_text=True))
    assert (
        "Positive: up 10 points, from 50% to 60%; "
        "this change is not statistically significant (p = 0.65)"
    ) in text


def test_the_comparison_lists_every_wave_with_dates_counts_and_a_line_chart(client, app):
    first, second = two_waves(
        app, {"agree": 8, "disagree": 12, "dont_know": 3}, {"strongly_agree": 16, "neither": 4}
    )
    login_as(client, app, Role.VIEWER)
    html = page(client, second).get_data(as_text=True)
    link = re.search(r'href="([^"]*question=listened-to[^"]*by=wave[^"]*)"', html).group(1)
    html = client.get(link.replace("&amp;", "&")).get_data(as_text=True)

    assert table_rows(html, "in each survey that asked it") == [
        ["Survey", "Dates", "People who answered", "Base", "Percent positive",
         "95% confidence interval"],
        ["SEND support survey 2025", "6 January 2025 to 31 March 2025", "23", "20", "40%",
         "22% to 61%"],
        ["SEND support survey 2026 (this survey)", "from 5 January 2026", "20", "20", "80%",
         "58% to 92%"],
    ]  # fmt: skip
    assert table_rows(html, "Data for the chart: ‘I feel listened to")[1:] == [
        ["SEND support survey 2025", "40%", "8", "20"],
        ["SEND support survey 2026", "80%", "16", "20"],
    ]
    text = text_of(html)
    assert "this change is statistically significant (p = 0.0098)" in text

    # From the first wave's page the later wave is listed, with no change since an earlier one.
    earlier = page(client, first, question="listened-to", by="wave").get_data(as_text=True)
    assert len(table_rows(earlier, "in each survey that asked it")) == 3
    assert "Compared with" not in text_of(earlier)


def test_questions_with_options_compare_each_option(client, app):
    _, second = two_waves(app, {"yes": 10, "no": 10}, {"yes": 18, "no": 2}, key="has-ehcp")
    login_as(client, app, Role.VIEWER)
    html = page(client, second, question="has-ehcp", by="wave").get_data(as_text=True)
    assert table_rows(html, "in each survey that asked it")[1:] == [
        ["SEND support survey 2025", "6 January 2025 to 31 March 2025", "20", "20",
         "10 (50%)", "10 (50%)", "0 (0%)"],
        ["SEND support survey 2026 (this survey)", "from 5 January 2026", "20", "20",
         "18 (90%)", "2 (10%)", "0 (0%)"],
    ]  # fmt: skip
    text = text_of(html)
    assert "‘Yes’: up 40 points, from 50% to 90%; this change is statistically significant" in text
    assert "‘Not sure’: no change to the nearest point, 0% both times" in text


def test_only_surveys_the_person_may_see_are_compared(client, app):
    ours, theirs = make_group(app), make_group(app, "youth-forum", "Youth forum")
    hidden = make_wave(app, "support-2025", "Hidden", *FIRST_DATES, group_ids=[theirs])
    mine = make_wave(app, "support-2026", "Mine", date(2026, 1, 5), group_ids=[ours])
    answer(app, hidden, {"agree": 5})
    answer(app, mine, {"agree": 5})

    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    text = text_of(page(client, mine).get_data(as_text=True))
    assert "Compare the" not in text and "Hidden" not in text
    nothing = page(client, mine, question="listened-to", by="wave").get_data(as_text=True)
    assert "No other survey you can see has asked this question" in text_of(nothing)


def test_the_same_key_with_another_type_or_audience_is_not_another_wave(client, app):
    def listened_as(kind: str):
        return tuple(
            replace(section, questions=tuple(
                replace(question, type=kind) if question.key == "listened-to" else question
                for question in section.questions
            ))
            for section in every_type_definition().sections
        )  # fmt: skip

    other_type = make_wave(
        app, "yes-no-2025", "Asked as yes or no", *FIRST_DATES, sections=listened_as("yes_no")
    )
    schools = make_wave(
        app, "schools-2025", "Asked of schools", *FIRST_DATES, audiences=("education-settings",)
    )
    current = make_wave(app, "support-2026", "This year", date(2026, 1, 5))
    answer(app, other_type, {"yes": 5})
    answer(app, schools, {"agree": 5})
    answer(app, current, {"agree": 5})

    login_as(client, app, Role.VIEWER)
    assert "Compare the" not in text_of(page(client, current).get_data(as_text=True))


def test_waves_use_the_audience_filters_but_not_the_dates(client, app):
    first, second = two_waves(app, {"agree": 6}, {"agree": 6})
    answer(app, first, {"disagree": 6}, locality="north")
    answer(app, second, {"disagree": 2}, locality="north", submitted_at=datetime(2026, 2, 1))
    login_as(client, app, Role.VIEWER)
    dates = {"from-day": "1", "from-month": "2", "from-year": "2026"}
    html = page(client, second, question="listened-to", by="wave", locality="north", **dates)
    rows = table_rows(html.get_data(as_text=True), "in each survey that asked it")
    assert [row[2] for row in rows[1:]] == ["6", "2"]
    assert "Positive: no change to the nearest point, 0% both times" in text_of(html.text)


def test_wave_two_of_the_demo_compares_with_wave_one(client, app):
    """The demo's second parents' survey reuses the first one's keys."""
    with app.app_context():
        load_demo(responses=300)
        surveys = {s.slug: s.id for s in db.session.scalars(select(Survey))}
    login_as(client, app, Role.VIEWER)
    html = page(client, surveys["send-parent-carer-survey-2026-27"]).get_data(as_text=True)
    text = text_of(html)
    assert text.count("Compared with SEND parent and carer survey (2 December 2024") >= 10
    assert "Compare the 2 surveys that asked this question" in text


def test_a_question_only_this_survey_asks_has_no_comparison(client, app):
    definition = every_type_definition("only-one")
    questions = (Question(key="unique-question", type="yes_no", text="Only here?"),)
    section = replace(definition.sections[0], questions=questions)
    only = make_wave(app, "only-one", "Only one", date(2026, 1, 5), sections=(section,))
    two_waves(app, {"agree": 3}, {"agree": 3})
    answer(app, only, {"yes": 3}, key="unique-question")
    login_as(client, app, Role.VIEWER)
    assert "Compare the" not in text_of(page(client, only).get_data(as_text=True))
