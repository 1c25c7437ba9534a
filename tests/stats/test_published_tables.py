"""Whatever the answers, nothing the public results page publishes gives away a small count.

A question is published three ways at once: its options table (as in the CSV and JSON
downloads) and, for scale questions, breakdowns by audience and by locality that share its
counts as their row totals and its base as their grand total. Each example draws answers by
option, audience and locality, publishes them as the page does, reads the published numbers
back from the JSON and CSV text and from the breakdown tables, and attacks them together with
every equation a reader knows: the counts in the base add up to the base, all the answers to n,
n is the survey's number of responses (also published: the question is one everyone answered),
a breakdown's rows add up to each answer's count and its columns to each group's base. The attacks
(subtraction, linear algebra, and other tables with the same published numbers) are those of
tests/stats/test_suppression_properties.py.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from itertools import combinations, product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.models import Question, QuestionOption, Survey
from feedback.published.tables import PublicBreakdown, public_breakdown
from feedback.reports.filters import ResultFilters
from feedback.reports.publish import results_csv, results_record
from feedback.reports.results import QuestionResult, SurveyResults, question_result
from surveys.types import get_type
from tests.stats.test_suppression_properties import (
    alternative_tables,
    determined_by_linear_algebra,
    subtraction_attack,
)

Var = tuple[str, str, int, int]
"""(kind, grouping, row, column): "count" of option row; "n"; "base"; the survey's
"responses"; per grouping "cell"
(option row × group column), "group" base, "combined" cell and "combined_total"."""

GROUPINGS = ("audience", "locality")
SCALES = ("agreement", "satisfaction")
MULTIPLE_CHOICE = "abc"


def n_var() -> Var:
    return ("n", "", 0, 0)


def base_var() -> Var:
    return ("base", "", 0, 0)


def responses_var() -> Var:
    return ("responses", "", 0, 0)


def count_var(option: int) -> Var:
    return ("count", "", option, 0)


@dataclass(frozen=True)
class Example:
    """Answers to one question: counts[option][audience][locality]."""

    type: str
    counts: tuple[tuple[tuple[int, ...], ...], ...]
    threshold: int
    respondents: int = 0  # multiple choice only

    def by(self, grouping: str) -> list[list[int]]:
        """Counts by option (rows) and group (columns)."""
        if grouping == "audience":
            return [[sum(group) for group in option] for option in self.counts]
        return [[sum(column) for column in zip(*option, strict=True)] for option in self.counts]

    def totals(self) -> list[int]:
        return [sum(map(sum, option)) for option in self.counts]


@st.composite
def examples(draw) -> Example:
    kind = draw(st.sampled_from((*SCALES, "yes_no", "multiple_choice")))
    threshold = draw(st.integers(2, 8))
    options = len(MULTIPLE_CHOICE if kind == "multiple_choice" else get_type(kind).fixed_options)
    audiences, localities = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    # A few people in some audiences and localities, so that some groups are small.
    few_audiences = draw(st.lists(st.booleans(), min_size=audiences, max_size=audiences))
    few_localities = draw(st.lists(st.booleans(), min_size=localities, max_size=localities))
    many = st.one_of(st.just(0), st.integers(0, 3), st.integers(0, 12))
    few = st.integers(0, 1)
    counts = tuple(
        tuple(
            tuple(draw(few if few_audiences[a] or few_localities[loc] else many)
                  for loc in range(localities))
            for a in range(audiences)
        )
        for _ in range(options)
    )  # fmt: skip
    respondents = 0
    if kind == "multiple_choice":
        most = max(sum(map(sum, option)) for option in counts)
        respondents = draw(st.integers(most, most + 6))
    return Example(kind, counts, threshold, respondents)


def result_of(example: Example) -> QuestionResult:
    question = Question(id=1, key="q", type=example.type, text="Question")
    kind = get_type(example.type)
    if example.type == "multiple_choice":
        values = list(MULTIPLE_CHOICE)
        question.options = [
            QuestionOption(value=value, label=value.upper(), position=position)
            for position, value in enumerate(values)
        ]
    else:
        values = [option.value for option in kind.fixed_options]
    counts = dict(zip(values, example.totals(), strict=True))
    n = example.respondents if kind.multiple else sum(counts.values())
    return question_result(question, counts, n)


def published_record(result: QuestionResult, threshold: int) -> dict:
    """The record of a survey with this one question, which every respondent answered."""
    survey = Survey(id=1, slug="s", title="Survey")
    results = SurveyResults(survey, ResultFilters(), result.n, (result,))
    return results_record(results, threshold)


def breakdowns(example: Example, question: dict) -> dict[str, PublicBreakdown]:
    """The breakdowns the page publishes beside a scale question's table (as in
    feedback.published.content)."""
    if example.type not in SCALES or question["base"] is None:
        return {}
    in_base = [index for index, option in enumerate(question["options"]) if option["in_base"]]
    answers = [(question["options"][index]["label"], question["options"][index]["count"])
               for index in in_base]  # fmt: skip
    tables = {}
    for grouping in GROUPINGS:
        cells = example.by(grouping)
        groups = [(f"group {column}", [cells[index][column] for index in in_base])
                  for column in range(len(cells[0]))]  # fmt: skip
        tables[grouping] = public_breakdown(answers, groups, example.threshold)
    return tables


# What a reader sees, and the equations they know ---------------------------------------------


def numbers_in_json(record: dict) -> dict[Var, int]:
    """The question's numbers, without the survey's responses (which the CSV does not hold)."""
    (question,) = json.loads(json.dumps(record))["questions"]
    shown = {n_var(): question["n"], base_var(): question["base"]}
    for index, option in enumerate(question["options"]):
        shown[count_var(index)] = option["count"]
    return {var: value for var, value in shown.items() if value is not None}


def numbers_in_csv(record: dict) -> dict[Var, int]:
    rows = list(csv.DictReader(io.StringIO(results_csv(record))))
    shown = {}
    for index, row in enumerate(rows):
        shown[n_var()], shown[base_var()] = row["n"], row["base"]
        shown[count_var(index)] = row["count"]
    return {var: int(value) for var, value in shown.items() if value != ""}


def numbers_in_breakdown(grouping: str, table: PublicBreakdown, hidden: list[int]) -> dict:
    """The breakdown's cells, group bases and row totals, as values of the true variables
    (a combined row's cells and total are variables of their own)."""
    shown_options = [index for index in range(len(table.rows) + len(hidden)) if index not in hidden]
    shown: dict[Var, int | None] = {base_var(): table.base}
    for column, base in enumerate(table.group_bases):
        shown[("group", grouping, 0, column)] = base
    for row in table.rows:
        if row.combined:
            shown[("combined_total", grouping, 0, 0)] = row.total
            for column, value in enumerate(row.cells):
                shown[("combined", grouping, 0, column)] = value
        else:
            option = shown_options.pop(0)
            shown[count_var(option)] = row.total
            for column, value in enumerate(row.cells):
                shown[("cell", grouping, option, column)] = value
    return {var: value for var, value in shown.items() if value is not None}


def sums(example: Example, question: dict, tables: dict) -> list[tuple[Var, list[Var]]]:
    """Every (total, parts) a reader knows adds up."""
    options = question["options"]
    in_base = [index for index, option in enumerate(options) if option["in_base"]]
    known = [(responses_var(), [n_var()])]
    if example.type != "multiple_choice":
        known.append((base_var(), [count_var(index) for index in in_base]))
        known.append((n_var(), [count_var(index) for index in range(len(options))]))
    hidden = [index for index in in_base if options[index]["count"] is None]
    for grouping, table in tables.items():
        columns = range(len(table.groups))
        for index in in_base:
            known.append((count_var(index), [("cell", grouping, index, c) for c in columns]))
        for column in columns:
            cells = [("cell", grouping, index, column) for index in in_base]
            known.append((("group", grouping, 0, column), cells))
            if hidden:
                combined = [("cell", grouping, index, column) for index in hidden]
                known.append((("combined", grouping, 0, column), combined))
        known.append((base_var(), [("group", grouping, 0, column) for column in columns]))
        if hidden:
            total = ("combined_total", grouping, 0, 0)
            known.append((total, [count_var(index) for index in hidden]))
    return known


def true_values(example: Example, question: dict, tables: dict) -> dict[Var, int]:
    totals = example.totals()
    values = {count_var(index): count for index, count in enumerate(totals)}
    in_base = [index for index, option in enumerate(question["options"]) if option["in_base"]]
    if example.type == "multiple_choice":
        values[base_var()] = values[n_var()] = example.respondents
    else:
        values[base_var()] = sum(totals[index] for index in in_base)
        values[n_var()] = sum(totals)
    values[responses_var()] = values[n_var()]
    hidden = [index for index in in_base if question["options"][index]["count"] is None]
    for grouping in tables:
        cells = example.by(grouping)
        for index, column in product(in_base, range(len(cells[0]))):
            values[("cell", grouping, index, column)] = cells[index][column]
        for column in range(len(cells[0])):
            group = ("group", grouping, 0, column)
            values[group] = sum(cells[index][column] for index in in_base)
            combined = ("combined", grouping, 0, column)
            values[combined] = sum(cells[index][column] for index in hidden)
        values[("combined_total", grouping, 0, 0)] = sum(totals[index] for index in hidden)
    return values


def as_equations(known_sums: list[tuple[Var, list[Var]]]) -> list[dict[Var, int]]:
    return [{**{part: 1 for part in parts}, total: -1} for total, parts in known_sums]


# The properties ----------------------------------------------------------------------------


def publish(example: Example):
    result = result_of(example)
    record = published_record(result, example.threshold)
    (question,) = record["questions"]
    tables = breakdowns(example, question)
    return question, record, tables


@dataclass(frozen=True)
class Published:
    """An example published as the page does, and what a reader can work with."""

    question: dict
    tables: dict[str, PublicBreakdown]
    values: dict[Var, int]
    """The true value of every variable."""
    known: dict[Var, int]
    """Every number published, in the downloads and the breakdowns."""
    sums: list[tuple[Var, list[Var]]]
    threshold: int

    @property
    def small(self) -> set[Var]:
        """Hidden variables whose value is from 1 to threshold − 1."""
        hidden = set(self.values) - set(self.known)
        return {var for var in hidden if 0 < self.values[var] < self.threshold}


def published(example: Example) -> Published:
    question, record, tables = publish(example)
    from_json, from_csv = numbers_in_json(record), numbers_in_csv(record)
    assert from_json == from_csv
    hidden = [index for index, option in enumerate(question["options"])
              if option["in_base"] and option["count"] is None]  # fmt: skip
    known = dict(from_json)
    if record["responses"] is not None:
        known[responses_var()] = record["responses"]
    for grouping, table in tables.items():
        for var, value in numbers_in_breakdown(grouping, table, hidden).items():
            assert known.setdefault(var, value) == value, "two tables disagree"
    values = true_values(example, question, tables)
    return Published(
        question, tables, values, known, sums(example, question, tables), example.threshold
    )


@settings(max_examples=250, derandomize=True, deadline=None)
@given(examples())
def test_no_published_table_gives_away_a_count_under_the_threshold(example):
    shown = published(example)
    values, known, threshold = shown.values, shown.known, example.threshold

    # Everything published is exact, and nothing published is small.
    assert all(values[var] == value for var, value in known.items())
    assert not [var for var, value in known.items() if 0 < value < threshold]

    # No sum of the hidden parts of a published total is small (subtraction would show it) ...
    for total, parts in shown.sums:
        if total in known:
            hidden_sum = sum(values[part] for part in parts if part not in known)
            assert not 0 < hidden_sum < threshold, (total, parts)

    # ... and neither subtraction nor any other combination of the equations pins down a small
    # count.
    system = as_equations(shown.sums)
    derived = subtraction_attack(system, known)
    assert all(values[var] == value for var, value in derived.items())
    assert not shown.small & set(derived)
    unknowns = set(values) - set(known)
    assert not shown.small & determined_by_linear_algebra(system, known, unknowns)


QUESTION_KINDS = ("count", "n", "base", "responses", "combined_total")
"""The variables of the question's own table and the survey's responses (a combined total is
public with a breakdown)."""


def question_alternative_exists(shown: Published, target: Var) -> bool:
    """Whether `target` could be 1 more and 1 less, with at most three other hidden numbers of
    the question's table changing by 1, every count staying 0 or more and every published
    number the same.

    The breakdowns follow: a changed count is that of an answer combined with the others
    hidden, whose total is published, so a combined cell in which one answer loses a person
    can give that person to another, and no published cell changes.
    """
    mine = [var for var in shown.values if var[0] in QUESTION_KINDS]
    free = [var for var in mine if var not in shown.known and var != target]
    equations = [
        equation
        for equation in as_equations(shown.sums)
        if all(var[0] in QUESTION_KINDS for var in equation)
    ]

    def fits(delta: dict[Var, int]) -> bool:
        if any(shown.values[var] + change < 0 for var, change in delta.items()):
            return False
        return all(
            sum(coefficient * delta.get(var, 0) for var, coefficient in equation.items()) == 0
            for equation in equations
        )

    def reachable(sign: int) -> bool:
        for size in range(4):
            for others in combinations(free, size):
                for signs in product((1, -1), repeat=size):
                    if fits({target: sign, **dict(zip(others, signs, strict=True))}):
                        return True
        return False

    return reachable(1) and reachable(-1)


@settings(max_examples=250, derandomize=True, deadline=None)
@given(examples())
def test_each_small_count_could_be_one_more_or_one_less(example):
    """Not even the rule that counts are never negative pins a small count down."""
    shown = published(example)
    for var in shown.small:
        if var[0] in QUESTION_KINDS:
            assert question_alternative_exists(shown, var), var
    for grouping, table in shown.tables.items():
        cells = [list(row.cells) for row in table.rows]
        true_cells = breakdown_cells(example, grouping, shown.question)
        known = {("grand",): table.base}
        for row, shown_row in enumerate(table.rows):
            known[("row", row)] = shown_row.total
            for column, value in enumerate(cells[row]):
                if value is not None:
                    known[("cell", row, column)] = value
        for column, base in enumerate(table.group_bases):
            if base is not None:
                known[("column", column)] = base
        for row, column in product(range(len(cells)), range(len(table.groups))):
            if cells[row][column] is None and 0 < true_cells[row][column] < example.threshold:
                assert alternative_tables(true_cells, known, ("cell", row, column))
        for column, base in enumerate(table.group_bases):
            group_base = sum(row[column] for row in true_cells)
            if base is None and 0 < group_base < example.threshold:
                assert alternative_tables(true_cells, known, ("column", column))


def breakdown_cells(example: Example, grouping: str, question: dict) -> list[list[int]]:
    """The true cells of a published breakdown, rows as published (the combined row last)."""
    cells = example.by(grouping)
    options = question["options"]
    in_base = [index for index, option in enumerate(options) if option["in_base"]]
    hidden = [index for index in in_base if options[index]["count"] is None]
    rows = [cells[index] for index in in_base if index not in hidden]
    if hidden:
        rows.append([sum(cells[index][c] for index in hidden) for c in range(len(cells[0]))])
    return rows


# Examples a person can check -----------------------------------------------------------------


def test_answers_hidden_in_the_question_table_are_combined_in_the_breakdown():
    answers = [("Agree", 30), ("Neither", None), ("Disagree", None)]
    table = public_breakdown(answers, [("North", [20, 3, 4]), ("South", [10, 0, 5])], 5)
    assert [row.label for row in table.rows] == [
        "Agree",
        "‘Neither’ or ‘Disagree’ (combined)",
    ]
    assert [row.total for row in table.rows] == [30, 12]
    assert table.rows[0].cells == (20, 10)
    assert table.rows[1].cells == (7, 5)
    assert table.group_bases == (27, 15)
    assert table.base == 42


def test_a_small_cell_is_not_protected_by_the_public_answer_totals():
    # suppress_table alone hides North's 3 and 12 and both answers' totals, and shows South's
    # 20: with the totals public (23 agree), 23 − 20 gives the 3 away. Hiding the 20 and the
    # groups' bases instead protects it with numbers that only this table shows; the 12 is
    # shown, since 12 − 0 gives it anyway.
    table = public_breakdown(
        [("Agree", 23), ("Disagree", 12)], [("North", [3, 12]), ("South", [20, 0])], 5
    )
    assert [row.cells for row in table.rows] == [(None, None), (12, 0)]
    assert table.group_bases == (None, None)
    assert [row.total for row in table.rows] == [23, 12]


def test_a_small_group_hides_its_column_and_what_would_give_it_away():
    table = public_breakdown(
        [("Agree", 40), ("Disagree", 31)],
        [("North", [20, 15]), ("South", [18, 14]), ("Not given", [2, 2])],
        5,
    )
    assert table.group_bases[2] is None
    assert [row.cells[2] for row in table.rows] == [None, None]
    hidden_bases = [base for base in table.group_bases if base is None]
    assert len(hidden_bases) >= 2
    assert table.percent(table.rows[0], 2) is None


def test_percentages_are_of_the_group_base_and_only_where_both_are_shown():
    table = public_breakdown(
        [("Agree", 30), ("Disagree", 20)], [("A", [20, 5]), ("B", [10, 15])], 5
    )
    assert table.percent(table.rows[0], 0) == 80
    assert table.percent(table.rows[1], 1) == 60


@pytest.mark.parametrize(
    ("answers", "groups", "message"),
    [
        ([("Agree", 3)], [("A", [3])], "cannot be published"),
        ([("Agree", 30)], [("A", [20])], "cannot be published"),
        ([("Agree", 30), ("No", None)], [("A", [30, 2])], "add up to a small number"),
        ([("Agree", 30)], [], "at least one group"),
    ],
)
def test_inputs_the_question_table_would_never_publish_are_refused(answers, groups, message):
    with pytest.raises(ValueError, match=message):
        public_breakdown(answers, groups, 5)
