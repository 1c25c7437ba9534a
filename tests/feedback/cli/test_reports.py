"""`flask reports survey`: results as JSON or CSV, and with small numbers hidden for publishing."""

from __future__ import annotations

import csv
import io
import json

import pytest

from stats.proportions import wilson_interval
from tests.factories import every_type_definition, make_survey
from tests.feedback.reports.helpers import add_responses

THRESHOLD = 5
SINGLE_ANSWER = {"single_choice", "agreement", "satisfaction", "yes_no", "rating"}


def run(app, *args):
    return app.test_cli_runner().invoke(args=["reports", "survey", *args])


def report(app, *args) -> dict:
    result = run(app, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app, every_type_definition("send-support-2026"))
    for answer, count in [("strongly_agree", 3), ("agree", 5), ("disagree", 1), ("dont_know", 2)]:
        add_responses(app, survey, count, {"listened-to": answer, "comments": "Too slow"})
    return survey


def test_json_has_every_question_with_unrounded_percentages(app, survey_id):
    data = report(app, str(survey_id), "--format", "json")
    assert data["survey"] == {
        "id": survey_id,
        "slug": "send-support-2026",
        "title": "Your experience of SEND support",
    }
    assert data["responses"] == 11
    assert [q["key"] for q in data["questions"]] == [
        "has-ehcp", "ehcp-satisfaction", "school-type", "services", "listened-to", "recommend",
        "waiting-weeks", "one-word", "comments",
    ]  # fmt: skip
    listened = data["questions"][4]
    assert {key: listened[key] for key in ("text", "type", "n", "base")} == {
        "text": "I feel listened to by the people who support my child.",
        "type": "agreement",
        "n": 11,
        "base": 9,
    }
    assert listened["positive_percent"] == 100 * 8 / 9
    agree = listened["options"][1]
    low, high = wilson_interval(5, 9)
    assert agree == {
        "label": "Agree",
        "in_base": True,
        "count": 5,
        "percent": 100 * 5 / 9,
        "ci_low": low,
        "ci_high": high,
        "suppressed": False,
    }
    assert listened["options"][-1] | {"label": None} == {
        "label": None, "in_base": False, "count": 2, "percent": None, "ci_low": None,
        "ci_high": None, "suppressed": False,
    }  # fmt: skip
    comments = data["questions"][-1]
    assert (comments["n"], comments["base"], comments["options"]) == (11, None, [])
    assert comments["positive_percent"] is None


def test_the_survey_can_be_named_by_its_slug(app, survey_id):
    assert report(app, "send-support-2026") == report(app, str(survey_id))


def test_csv_has_a_row_per_option_with_the_same_figures(app, survey_id):
    result = run(app, "send-support-2026", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    listened = [row for row in rows if row["question_key"] == "listened-to"]
    assert [row["option_label"] for row in listened] == [
        "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree",
        "Don't know",
    ]  # fmt: skip
    assert listened[0] | {"question_text": ""} == {
        "question_key": "listened-to", "question_text": "", "question_type": "agreement",
        "n": "11", "base": "9", "positive_percent": repr(100 * 8 / 9), "mean": "", "median": "",
        "min": "", "max": "", "option_label": "Strongly agree", "in_base": "true", "count": "3",
        "percent": repr(100 * 3 / 9), "ci_low": repr(wilson_interval(3, 9)[0]),
        "ci_high": repr(wilson_interval(3, 9)[1]), "suppressed": "false",
    }  # fmt: skip
    assert listened[-1]["percent"] == "" and listened[-1]["in_base"] == "false"
    comments = [row for row in rows if row["question_key"] == "comments"]
    assert len(comments) == 1
    assert (comments[0]["n"], comments[0]["option_label"], comments[0]["count"]) == ("11", "", "")


def test_an_unknown_survey_is_refused_clearly(app, survey_id):
    result = run(app, "no-such-survey")
    assert result.exit_code == 1
    assert "There is no survey with the id or slug ‘no-such-survey’" in result.output


# Publishing: small-number suppression ----------------------------------------------------------


def published_numbers(data: dict) -> list[int]:
    """Every count the public output shows: responses, n, bases and option counts."""
    numbers = [data["responses"]]
    for question in data["questions"]:
        numbers += [question["n"], question["base"]]
        numbers += [option["count"] for option in question["options"]]
    return [number for number in numbers if number is not None]


def assert_no_hidden_count_can_be_worked_out(question: dict, threshold: int) -> None:
    """No sum shown (the base, or n for a single answer) leaves exactly one hidden count, or
    hidden counts adding up to a small number; nothing is built on a hidden count."""
    options = question["options"]
    sums = []
    if question["base"] is not None and question["type"] != "multiple_choice":
        sums.append(([o for o in options if o["in_base"]], question["base"]))
    if question["n"] is not None and question["type"] in SINGLE_ANSWER:
        sums.append((options, question["n"]))
    for parts, total in sums:
        hidden = [o for o in parts if o["count"] is None]
        hidden_sum = total - sum(o["count"] for o in parts if o["count"] is not None)
        assert len(hidden) != 1, f"{question['key']}: {hidden[0]['label']} = {hidden_sum}"
        assert not 0 < hidden_sum < threshold, question["key"]
    for option in options:
        assert option["suppressed"] == (option["count"] is None)
        if option["count"] is None:
            assert option["percent"] is option["ci_low"] is option["ci_high"] is None


@pytest.fixture
def small_numbers(app, survey_id) -> int:
    """More responses, so the survey has small and large counts side by side."""
    add_responses(app, survey_id, 10, {"listened-to": "neither", "services": ["salt"]})
    add_responses(app, survey_id, 3, {"services": ["salt", "ot"], "has-ehcp": "yes"})
    add_responses(app, survey_id, 6, {"school-type": "mainstream", "has-ehcp": "no"})
    add_responses(app, survey_id, 1, {"school-type": ("other", "Alternative provision")})
    add_responses(app, survey_id, 2, {"waiting-weeks": 12, "recommend": 8})
    return survey_id


def test_public_output_shows_no_count_from_1_to_4(app, small_numbers):
    full = report(app, str(small_numbers))
    public = report(app, str(small_numbers), "--public")
    assert published_numbers(full) != published_numbers(public)
    assert [n for n in published_numbers(public) if 0 < n < THRESHOLD] == []
    for question in public["questions"]:
        assert_no_hidden_count_can_be_worked_out(question, THRESHOLD)


def test_public_output_hides_dont_know_and_what_would_give_it_away(app, small_numbers):
    listened = report(app, str(small_numbers), "--public")["questions"][4]
    by_label = {option["label"]: option for option in listened["options"]}
    # 2 said Don't know. n is shown (it is the number of responses when everyone answers), so
    # n − base would show the 2: the base is hidden, and every percentage built on it.
    assert listened["n"] == 21
    assert by_label["Don't know"]["count"] is None
    assert listened["base"] is None
    # 3 strongly agree and 1 disagree are hidden too; together the hidden counts are 6.
    assert [(o["label"], o["count"]) for o in listened["options"]] == [
        ("Strongly agree", None),
        ("Agree", 5),
        ("Neither agree nor disagree", 10),
        ("Disagree", None),
        ("Strongly disagree", 0),
        ("Don't know", None),
    ]
    assert all(o["percent"] is o["ci_low"] is o["ci_high"] is None for o in listened["options"])
    assert listened["positive_percent"] is None


def test_multiple_choice_hides_only_the_small_counts(app, small_numbers):
    services = report(app, str(small_numbers), "--public")["questions"][3]
    assert (services["n"], services["base"]) == (13, 13)
    assert [(o["label"], o["count"]) for o in services["options"]] == [
        ("Speech and language therapy", 13),
        ("Occupational therapy", None),
        ("CAMHS", 0),
    ]
    assert services["options"][0]["percent"] == 100


def test_a_question_with_a_small_base_shows_no_counts_or_percentages(app, small_numbers):
    questions = {q["key"]: q for q in report(app, str(small_numbers), "--public")["questions"]}
    recommend = questions["recommend"]
    assert (recommend["n"], recommend["base"], recommend["positive_percent"]) == (None, None, None)
    assert all(o["count"] is None and o["percent"] is None for o in recommend["options"])
    assert questions["waiting-weeks"]["summary"] is None
    assert questions["has-ehcp"]["n"] == 9


def test_the_threshold_comes_from_the_app_config(app, small_numbers):
    app.config["SUPPRESSION_THRESHOLD"] = 12
    public = report(app, str(small_numbers), "--public")
    assert [n for n in published_numbers(public) if 0 < n < 12] == []
    for question in public["questions"]:
        assert_no_hidden_count_can_be_worked_out(question, 12)
    assert report(app, str(small_numbers), "--public")["questions"][-1]["n"] is None
    app.config["SUPPRESSION_THRESHOLD"] = 5
    assert report(app, str(small_numbers), "--public")["questions"][-1]["n"] == 11


def test_public_csv_leaves_hidden_counts_blank(app, small_numbers):
    result = run(app, str(small_numbers), "--format", "csv", "--public")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    for row in rows:
        for column in ("n", "base", "count"):
            assert row[column] == "" or not 0 < int(row[column]) < THRESHOLD
        if row["suppressed"] == "true":
            assert row["count"] == row["percent"] == row["ci_low"] == ""
