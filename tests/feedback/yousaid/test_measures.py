"""The closing-the-loop arithmetic: exact counts, bases, words, and no division by zero."""

from __future__ import annotations

from datetime import date

from feedback.yousaid.measures import (
    ActionFact,
    SurveyReply,
    ThemeFact,
    actions_overdue,
    actions_overdue_by_period,
    days_to_reply,
    days_to_reply_by_period,
    themes_answered,
    themes_answered_by_period,
)

TODAY = date(2026, 11, 22)
MAY, AUGUST = date(2026, 5, 31), date(2026, 8, 31)  # Q1 and Q2 2026-27


def _themes(answered: int, unanswered: int, closed_on: date | None = MAY) -> list[ThemeFact]:
    return [ThemeFact(1, n, closed_on, n < answered) for n in range(answered + unanswered)]


# Themes answered ---------------------------------------------------------------------------------


def test_themes_answered_counts_exactly_with_its_base():
    measure = themes_answered(_themes(7, 5), closed_surveys=3, min_comments=10)
    assert (measure.numerator, measure.denominator) == (7, 12)
    assert round(measure.value, 4) == 58.3333
    assert measure.words == (
        "7 of 12 themes (58%) with 10 or more comments in a closed survey have a published response"
    )


def test_themes_answered_with_no_closed_survey_or_no_big_theme_never_divides_by_zero():
    none_closed = themes_answered([], closed_surveys=0, min_comments=10)
    assert (none_closed.numerator, none_closed.denominator, none_closed.value) == (0, 0, None)
    assert none_closed.words == "No closed surveys yet"
    small = themes_answered([], closed_surveys=2, min_comments=10)
    assert small.value is None
    assert (
        small.words == "No theme has 10 or more comments in a closed survey yet (2 closed surveys)"
    )


def test_themes_answered_by_period_uses_the_period_the_survey_closed_in():
    facts = [*_themes(1, 2, MAY), *_themes(2, 0, AUGUST), *_themes(1, 0, None)]
    assert themes_answered_by_period(facts, "quarter") == {
        date(2026, 4, 1): (1, 3),
        date(2026, 7, 1): (2, 2),
    }


# Days to reply -----------------------------------------------------------------------------------


def test_days_to_reply_is_the_median_over_surveys_with_a_response():
    replies = [
        SurveyReply(1, date(2026, 3, 31), date(2026, 4, 10)),  # 10 days
        SurveyReply(2, date(2026, 5, 31), date(2026, 7, 30)),  # 60 days
        SurveyReply(3, date(2026, 6, 30), date(2026, 7, 20)),  # 20 days
        SurveyReply(4, date(2026, 8, 31), date(2026, 8, 20)),  # before closing: 0 days
        SurveyReply(5, date(2026, 9, 30), None),
        SurveyReply(6, None, date(2026, 10, 1)),
    ]
    measure = days_to_reply(replies)
    assert (measure.numerator, measure.denominator, measure.value) == (4, 5, 15)
    assert measure.words == (
        "Median 15 days from a survey closing to its first published response, over 4 closed "
        "surveys with one (1 closed survey has none yet; 1 closed survey has no closing date, "
        "so it is not counted)"
    )


def test_days_to_reply_with_nothing_to_measure_says_why():
    assert days_to_reply([]).words == "No closed surveys yet"
    assert days_to_reply([]).value is None
    waiting = days_to_reply([SurveyReply(1, MAY, None), SurveyReply(2, AUGUST, None)])
    assert (waiting.numerator, waiting.denominator, waiting.value) == (0, 2, None)
    assert waiting.words == (
        "No closed survey has a published response yet (2 closed surveys waiting)"
    )
    undated = days_to_reply([SurveyReply(1, None, None)])
    assert undated.words == (
        "No closed survey has a closing date yet (1 closed survey has no closing date, so it is "
        "not counted)"
    )


def test_one_day_and_half_days_read_well():
    one = days_to_reply([SurveyReply(1, MAY, date(2026, 6, 1))])
    assert one.words.startswith("Median 1 day from")
    half = days_to_reply(
        [SurveyReply(1, MAY, date(2026, 6, 1)), SurveyReply(2, MAY, date(2026, 6, 3))]
    )
    assert half.value == 2
    odd = days_to_reply(
        [SurveyReply(1, MAY, date(2026, 6, 1)), SurveyReply(2, MAY, date(2026, 6, 2))]
    )
    assert odd.value == 1.5 and odd.words.startswith("Median 1.5 days from")


def test_days_to_reply_by_period():
    replies = [
        SurveyReply(1, MAY, date(2026, 6, 10)),  # 10
        SurveyReply(2, date(2026, 6, 1), date(2026, 6, 21)),  # 20
        SurveyReply(3, date(2026, 4, 1), date(2026, 5, 1)),  # 30
        SurveyReply(4, AUGUST, None),
    ]
    assert days_to_reply_by_period(replies, "quarter") == {date(2026, 4, 1): 20.0}


# Actions overdue ---------------------------------------------------------------------------------


FACTS = [
    ActionFact(date(2026, 4, 1), date(2026, 6, 1), None),  # overdue since June
    ActionFact(date(2026, 4, 1), date(2026, 12, 1), None),  # not due yet
    ActionFact(date(2026, 4, 1), date(2026, 5, 1), date(2026, 7, 15)),  # done late, in Q2
    ActionFact(date(2026, 9, 1), date(2026, 10, 1), None),  # made in Q2, overdue in Q3
]


def test_actions_overdue_counts_open_actions_with_a_due_date():
    measure = actions_overdue(FACTS, TODAY)
    assert (measure.numerator, measure.denominator, measure.value) == (2, 3, 200 / 3)
    assert measure.words == "2 of 3 open actions with a due date (67%) are overdue"
    single = actions_overdue(FACTS[:2], TODAY)
    assert single.words == "1 of 2 open actions with a due date (50%) is overdue"


def test_actions_overdue_with_no_open_action_never_divides_by_zero():
    done = [ActionFact(date(2026, 4, 1), date(2026, 5, 1), date(2026, 5, 1))]
    for facts in ([], done):
        measure = actions_overdue(facts, TODAY)
        assert (measure.numerator, measure.denominator, measure.value) == (0, 0, None)
        assert measure.words == "No open actions with a due date"


def test_actions_overdue_by_period_is_counted_at_each_period_end_and_today():
    assert actions_overdue_by_period(FACTS, "quarter", TODAY) == {
        date(2026, 4, 1): (2, 3),  # 30 June: the first and third are past due, the second not
        date(2026, 7, 1): (1, 3),  # 30 September: the third was done in July
        date(2026, 10, 1): (2, 3),  # today: the fourth is overdue too
    }
    assert actions_overdue_by_period([], "quarter", TODAY) == {}
