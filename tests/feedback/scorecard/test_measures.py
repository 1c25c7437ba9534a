"""How a pledge is measured, worked out from counts alone: no database."""

from __future__ import annotations

from datetime import date

import pytest

from feedback.models import Question, QuestionOption, Survey
from feedback.reports.publish import PublishRule
from feedback.reports.results import question_result
from feedback.reports.waves import Wave
from feedback.scorecard.measures import (
    latest_change,
    measures_pledge,
    pledge_measure,
    point,
    positive_label,
    positive_values,
)

PUBLIC = PublishRule(5)
STAFF = PublishRule()


def result(kind: str, counts: dict[str, int], options: tuple[str, ...] = ()):
    question = Question(
        id=1,
        key="listened-to",
        type=kind,
        text="I feel listened to.",
        required=True,
        allow_other=False,
        options=[QuestionOption(value=value, label=value.capitalize()) for value in options],
    )
    return question_result(question, counts, sum(counts.values()))


def wave(survey_id: int, opened: date, counts: dict[str, int]) -> Wave:
    survey = Survey(id=survey_id, title=f"Survey {survey_id}", opens_on=opened)
    return Wave(survey, result("agreement", counts))


def test_scales_count_their_top_two_boxes_and_other_questions_count_yes():
    agreement = result("agreement", {"agree": 1})
    assert positive_values(agreement) == {"strongly_agree", "agree"}
    assert positive_label(agreement) == "‘Strongly agree’ or ‘Agree’"
    assert positive_label(result("satisfaction", {})) == "‘Very satisfied’ or ‘Satisfied’"
    assert positive_values(result("yes_no", {})) == {"yes"}
    assert positive_label(result("yes_no", {})) == "‘Yes’"
    three_way = result("single_choice", {}, options=("yes", "sometimes", "no"))
    assert positive_values(three_way) == {"yes"}


@pytest.mark.parametrize(
    ("kind", "options"),
    [("single_choice", ("often", "never")), ("multiple_choice", ()), ("rating", ())],
)
def test_questions_without_a_positive_answer_do_not_measure_a_pledge(kind, options):
    assert not measures_pledge(result(kind, {}, options))


def test_staff_see_every_figure_with_its_base():
    shown = point(wave(1, date(2026, 1, 5), {"agree": 3, "disagree": 37, "dont_know": 2}), STAFF)
    assert (shown.answered, shown.base, shown.positive) == (42, 40, 3)
    assert shown.text == "8% of 40 who answered"


def test_yes_counts_as_positive_and_not_sure_is_in_the_base():
    survey = Survey(id=1, title="Survey", opens_on=date(2026, 1, 5))
    counts = {"yes": 53, "no": 80, "not_sure": 17}
    shown = point(Wave(survey, result("yes_no", counts)), STAFF)
    assert shown.text == "35% of 150 who answered"


def test_the_public_do_not_see_a_percentage_built_on_a_small_count():
    hidden = point(wave(1, date(2026, 1, 5), {"agree": 3, "disagree": 37}), PUBLIC)
    assert hidden.positive is None
    assert hidden.percent is None
    assert hidden.text == "[c]"


def test_the_public_see_nothing_of_a_small_base():
    hidden = point(wave(1, date(2026, 1, 5), {"agree": 2, "disagree": 2}), PUBLIC)
    assert (hidden.answered, hidden.base, hidden.percent) == (None, None, None)
    assert hidden.has_answers


def test_the_public_see_what_the_published_results_page_shows():
    shown = point(
        wave(1, date(2026, 1, 5), {"strongly_agree": 12, "agree": 20, "neither": 8}), PUBLIC
    )
    assert shown.text == "80% of 40 who answered"


def test_a_measure_orders_its_waves_and_tests_the_latest_change():
    measure = pledge_measure(
        [
            wave(2, date(2026, 1, 5), {"strongly_agree": 16, "neither": 4}),
            wave(1, date(2025, 1, 6), {"agree": 8, "disagree": 12}),
        ],
        "Parents and carers",
        STAFF,
    )
    assert [found.survey.title for found in measure.points] == ["Survey 1", "Survey 2"]
    assert measure.latest.text == "80% of 20 who answered"
    assert measure.trend == "40% → 80%"
    assert measure.change_text == (
        "Up 40 points, from 40% to 80%; this change is statistically significant (p = 0.0098)"
    )


def test_waves_nobody_answered_are_left_out_of_the_trend():
    measure = pledge_measure(
        [wave(1, date(2025, 1, 6), {"agree": 10}), wave(2, date(2026, 1, 5), {})],
        "Parents and carers",
        STAFF,
    )
    assert measure.latest.survey.title == "Survey 1"
    assert measure.trend == "100%"
    assert measure.change is None


def test_no_change_is_shown_when_the_wave_before_is_hidden():
    points = [
        point(wave(1, date(2025, 1, 6), {"agree": 3, "disagree": 30}), PUBLIC),
        point(wave(2, date(2026, 1, 5), {"agree": 20, "disagree": 20}), PUBLIC),
    ]
    assert latest_change(points) is None
    assert latest_change(points[:1]) is None
