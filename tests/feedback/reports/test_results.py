"""Per-question results counted in SQL: every count, base, percentage and interval exact."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from feedback.extensions import db
from feedback.models import Channel, Decision, Question, Survey
from feedback.reports.filters import ResultFilters
from feedback.reports.results import breakdown, survey_results
from stats.proportions import wilson_interval
from tests.factories import make_survey
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids


def results(app, survey_id: int, filters: ResultFilters | None = None) -> dict:
    """The results by question key."""
    with app.app_context():
        found = survey_results(db.session.get(Survey, survey_id), filters)
        return {"responses": found.responses} | {q.key: q for q in found.questions}


def counts(result) -> dict[str, int]:
    return {option.label: option.count for option in result.options}


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


def test_agreement_leaves_dont_know_out_of_the_base(app, survey_id):
    for answer, count in [("strongly_agree", 3), ("agree", 5), ("disagree", 1), ("dont_know", 2)]:
        add_responses(app, survey_id, count, {"listened-to": answer})
    result = results(app, survey_id)["listened-to"]

    assert (result.n, result.base) == (11, 9)
    assert counts(result) == {
        "Strongly agree": 3,
        "Agree": 5,
        "Neither agree nor disagree": 0,
        "Disagree": 1,
        "Strongly disagree": 0,
        "Don't know": 2,
    }
    by_label = {option.label: option for option in result.options}
    assert by_label["Strongly agree"].share.percent == 100 * 3 / 9
    assert (by_label["Agree"].share.ci_low, by_label["Agree"].share.ci_high) == wilson_interval(
        5, 9
    )
    assert by_label["Neither agree nor disagree"].share.percent == 0
    assert by_label["Don't know"].share is None
    assert [option.label for option in result.outside_base] == ["Don't know"]
    assert result.positive.count == 8
    assert result.positive.percent == pytest.approx(88.888888888, abs=1e-8)
    assert result.positive.percent == 100 * 8 / 9
    assert (result.positive.ci_low, result.positive.ci_high) == wilson_interval(8, 9)
    assert (result.negative.count, result.negative.percent) == (1, 100 * 1 / 9)


def test_multiple_choice_percentages_are_of_respondents(app, survey_id):
    add_responses(app, survey_id, 1, {"services": ["salt", "ot"]})
    add_responses(app, survey_id, 1, {"services": ["salt"]})
    add_responses(app, survey_id, 1, {"services": ["camhs"]})
    add_responses(app, survey_id, 1, {"services": ["salt", "ot", "camhs"]})
    result = results(app, survey_id)["services"]

    assert (result.n, result.base) == (4, 4)
    assert counts(result) == {
        "Speech and language therapy": 3,
        "Occupational therapy": 2,
        "CAMHS": 2,
    }
    assert [option.share.percent for option in result.options] == [75, 50, 50]
    assert sum(option.share.percent for option in result.options) == 175
    assert result.multiple and result.positive is None


def test_single_choice_counts_other_in_option_order(app, survey_id):
    add_responses(app, survey_id, 2, {"school-type": "special"})
    add_responses(app, survey_id, 1, {"school-type": ("other", "Home educated")})
    add_responses(app, survey_id, 4, {"school-type": "mainstream"})
    result = results(app, survey_id)["school-type"]

    assert list(counts(result).items()) == [
        ("Mainstream school", 4),
        ("Special school", 2),
        ("Not in school", 0),
        ("Other", 1),
    ]
    assert (result.n, result.base) == (7, 7)
    assert result.options[0].share.percent == 100 * 4 / 7


def test_satisfaction_and_yes_no(app, survey_id):
    add_responses(app, survey_id, 2, {"has-ehcp": "yes", "ehcp-satisfaction": "very_satisfied"})
    add_responses(app, survey_id, 1, {"has-ehcp": "yes", "ehcp-satisfaction": "dissatisfied"})
    add_responses(app, survey_id, 3, {"has-ehcp": "not_sure"})
    found = results(app, survey_id)

    satisfaction = found["ehcp-satisfaction"]
    assert (satisfaction.n, satisfaction.base) == (3, 3)
    assert satisfaction.positive.percent == 100 * 2 / 3
    assert satisfaction.negative.percent == 100 * 1 / 3
    yes_no = found["has-ehcp"]
    assert counts(yes_no) == {"Yes": 3, "No": 0, "Not sure": 3}
    assert (yes_no.n, yes_no.positive) == (6, None)
    assert found["responses"] == 6


def test_rating_counts_each_score_and_summarises_the_numbers(app, survey_id):
    for score in (7, 8, 10, 3, 8):
        add_responses(app, survey_id, 1, {"recommend": score})
    result = results(app, survey_id)["recommend"]

    assert [option.label for option in result.options] == [str(n) for n in range(11)]
    assert counts(result)["8"] == 2 and counts(result)["7"] == 1 and counts(result)["0"] == 0
    assert result.options[8].share.percent == 40
    assert result.summary.mean == Decimal("7.2")
    assert result.summary.median == 8
    assert (result.summary.minimum, result.summary.maximum) == (3, 10)


def test_number_summary_is_exact(app, survey_id):
    for weeks in ("1.5", "2", "10", "4.1"):
        add_responses(app, survey_id, 1, {"waiting-weeks": Decimal(weeks)})
    result = results(app, survey_id)["waiting-weeks"]

    assert (result.n, result.base, result.options) == (4, None, ())
    assert result.summary.mean == Decimal("4.4")
    assert result.summary.median == Decimal("3.05")
    assert (result.summary.minimum, result.summary.maximum) == (Decimal("1.5"), 10)


def test_number_median_of_an_odd_count_is_the_middle_value(app, survey_id):
    for weeks in ("0.1", "0.2", "0.7"):
        add_responses(app, survey_id, 1, {"waiting-weeks": Decimal(weeks)})
    summary = results(app, survey_id)["waiting-weeks"].summary
    assert (summary.median, summary.mean) == (Decimal("0.2"), Decimal("1") / 3)


def test_text_questions_count_who_answered(app, survey_id):
    add_responses(app, survey_id, 3, {"comments": "More speech therapy please"})
    add_responses(app, survey_id, 2, {"has-ehcp": "no"})
    found = results(app, survey_id)
    assert (found["comments"].n, found["comments"].options) == (3, ())
    assert found["one-word"].n == 0


def test_a_question_nobody_answered_has_no_percentages(app, survey_id):
    result = results(app, survey_id)["listened-to"]
    assert (result.n, result.base) == (0, 0)
    assert all(option.count == 0 and option.share.percent is None for option in result.options[:5])
    assert result.positive.percent is None and result.positive.ci_low is None


def test_filters_apply_to_every_question(app, survey_id):
    add_responses(
        app, survey_id, 3, {"listened-to": "agree", "recommend": 9},
        audience="parents-and-carers", locality="north", channel=Channel.PAPER,
        submitted_at=datetime(2026, 3, 1, 23, 59),
    )  # fmt: skip
    add_responses(
        app, survey_id, 2, {"listened-to": "disagree", "recommend": 1},
        audience="children-and-young-people", locality="south",
        submitted_at=datetime(2026, 3, 2, 0, 0),
    )  # fmt: skip

    def listened(**chosen) -> tuple[int, dict]:
        found = results(app, survey_id, ResultFilters(**chosen))
        return found["responses"], {k: v for k, v in counts(found["listened-to"]).items() if v}

    assert listened() == (5, {"Agree": 3, "Disagree": 2})
    assert listened(audience="parents-and-carers") == (3, {"Agree": 3})
    assert listened(locality="south") == (2, {"Disagree": 2})
    assert listened(channel=Channel.PAPER) == (3, {"Agree": 3})
    assert listened(channel=Channel.EVENT) == (0, {})
    assert listened(date_to=date(2026, 3, 1)) == (3, {"Agree": 3})
    assert listened(date_from=date(2026, 3, 2)) == (2, {"Disagree": 2})
    assert listened(date_from=date(2026, 3, 1), date_to=date(2026, 3, 2)) == (5, listened()[1])
    filtered = results(app, survey_id, ResultFilters(locality="north"))["recommend"]
    assert (filtered.n, filtered.summary.mean) == (3, 9)


def test_breakdown_gives_each_group_its_own_counts_and_base(app, survey_id):
    add_responses(app, survey_id, 3, {"listened-to": "agree"}, audience="parents-and-carers")
    add_responses(app, survey_id, 1, {"listened-to": "dont_know"}, audience="parents-and-carers")
    add_responses(
        app, survey_id, 2, {"listened-to": "disagree"}, audience="education-settings",
        channel=Channel.EVENT,
    )  # fmt: skip
    add_responses(app, survey_id, 1, {"listened-to": "strongly_agree"})

    with app.app_context():
        question = db.session.query(Question).filter_by(key="listened-to").one()
        by_audience = breakdown(question, "audience")
        by_channel = breakdown(question, "channel")
        parents_only = breakdown(question, "audience", ResultFilters(channel=Channel.EVENT))

    rows = {row.label: row.result for row in by_audience.rows}
    assert list(rows) == ["Parents and carers", "Education settings", "Not given"]
    parents = rows["Parents and carers"]
    assert (parents.n, parents.base, counts(parents)["Agree"]) == (4, 3, 3)
    assert parents.positive.percent == 100
    assert (rows["Education settings"].n, rows["Education settings"].negative.percent) == (2, 100)
    assert counts(rows["Not given"])["Strongly agree"] == 1
    assert [(row.label, row.result.n) for row in by_channel.rows] == [("Online", 5), ("Event", 2)]
    assert [row.label for row in parents_only.rows] == ["Education settings"]


def test_free_text_answers_are_counted_by_theme_accepted_or_suggested(app, survey_id):
    add_responses(app, survey_id, 3, {"comments": "Waited a year"}, audience="parents-and-carers")
    add_responses(app, survey_id, 1, {"comments": "Nobody phoned back, waited ages"})
    first, second, third, fourth = answer_ids(app)
    add_theme(app, "No named contact", {fourth: Decision.ACCEPTED})
    add_theme(
        app,
        "Long waits",
        {
            first: Decision.ACCEPTED,
            second: Decision.SUGGESTED,
            third: Decision.REJECTED,
            fourth: Decision.SUGGESTED,
        },
    )

    themes = results(app, survey_id)["comments"].themes
    assert [(t.label, t.accepted, t.suggested) for t in themes] == [
        ("Long waits", 1, 2),
        ("No named contact", 1, 0),
    ]
    parents = results(app, survey_id, ResultFilters(audience="parents-and-carers"))["comments"]
    assert [(t.label, t.accepted, t.suggested) for t in parents.themes] == [("Long waits", 1, 1)]
