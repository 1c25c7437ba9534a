"""Breakdown tables for the public: a scale question's answers by audience or by locality.

A breakdown is published beside the question's own table, which already shows each answer's
count (the breakdown's row totals) and the base (its grand total). So those totals are public,
whatever the breakdown shows, and the two tables must be protected together:

- answers whose count the question's table hides are combined into one row, so the breakdown
  never separates them (their total, the base less the counts shown, is public anyway, and is
  0 or at least the threshold);
- `stats.suppression.suppress_table` hides the cells and group totals that must be hidden; it
  may protect a small cell with a cycle through row totals, which protects nothing here since
  they are public, so cells are then hidden until every small value lies on a cycle of hidden
  non-zero values that avoids the row totals and the base (see `stats.tables`), and no row or
  column with a total shown has hidden values adding up to a small number; values hidden only
  for a cycle through the public totals are then shown again.

Then changing any small value by 1 either way, round its cycle, gives a table with exactly the
same published numbers, in this table and in the question's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stats.proportions import percent
from stats.suppression import is_small, suppress_table
from stats.tables import Entry, Line, TableWithTotals


@dataclass(frozen=True)
class AnswerRow:
    """One answer (or the answers combined) in a breakdown: its total is public."""

    label: str
    total: int
    cells: tuple[int | None, ...]
    combined: bool = False


@dataclass(frozen=True)
class PublicBreakdown:
    """What may be published of a question's answers by group; None where a value is hidden.

    `group_bases` are the people in each group who answered (counted in the base).
    """

    groups: tuple[str, ...]
    group_bases: tuple[int | None, ...]
    rows: tuple[AnswerRow, ...]
    base: int

    @property
    def combined(self) -> bool:
        """True when answers hidden in the question's table are combined into one row."""
        return any(row.combined for row in self.rows)

    def percent(self, row: AnswerRow, column: int) -> float | None:
        """A cell as a percentage (0–100) of its group's base; None when either is hidden."""
        count, base = row.cells[column], self.group_bases[column]
        if count is None or not base:
            return None
        return percent(count, base)


def combined_label(labels: Sequence[str]) -> str:
    """The label of answers shown together, like "‘Agree’ or ‘Disagree’ (combined)"."""
    names = [f"‘{label}’" for label in labels]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"{joined} (combined)"


def public_breakdown(
    answers: Sequence[tuple[str, int | None]],
    groups: Sequence[tuple[str, Sequence[int]]],
    threshold: int,
) -> PublicBreakdown:
    """A breakdown safe to publish beside the question's table.

    `answers` are the answers counted in the base, in order, each with the count the question's
    table shows (None when it hides it); `groups` are each group's label and count per answer.
    Raises ValueError if the groups do not add up to the counts shown, or a count shown is
    small.
    """
    if not groups:
        raise ValueError("a breakdown needs at least one group")
    shown = [index for index, (_, count) in enumerate(answers) if count is not None]
    hidden = [index for index, (_, count) in enumerate(answers) if count is None]
    parts = [[index] for index in shown] + ([hidden] if hidden else [])
    cells = [[sum(counts[index] for index in part) for _, counts in groups] for part in parts]
    for index, row in zip(shown, cells, strict=False):
        if sum(row) != answers[index][1] or is_small(sum(row), threshold):
            raise ValueError(f"the count shown for ‘{answers[index][0]}’ cannot be published")
    if hidden and is_small(sum(cells[-1]), threshold):
        raise ValueError("the counts hidden in the question's table add up to a small number")
    table = TableWithTotals.from_cells(cells)
    hidden_entries = _suppressed(table, cells, threshold)
    labels = [answers[index][0] for index in shown]
    if hidden:
        labels.append(combined_label([answers[index][0] for index in hidden]))

    def shown_value(entry: Entry) -> int | None:
        return None if entry in hidden_entries else table.value(entry)

    return PublicBreakdown(
        groups=tuple(label for label, _ in groups),
        group_bases=tuple(shown_value((table.rows, column)) for column in range(table.columns)),
        rows=tuple(
            AnswerRow(
                label=labels[row],
                total=table.value((row, table.columns)),
                cells=tuple(shown_value((row, column)) for column in range(table.columns)),
                combined=bool(hidden) and row == table.rows - 1,
            )
            for row in range(table.rows)
        ),
        base=table.value((table.rows, table.columns)),
    )


def _suppressed(table: TableWithTotals, cells: list[list[int]], threshold: int) -> set[Entry]:
    """The cells and group totals to hide, given that the row totals and the base are public."""
    first = suppress_table(cells, threshold)
    hidden = {
        (row, column)
        for row, values in enumerate(first.cells)
        for column, value in enumerate(values)
        if value is None
    }
    hidden |= {
        (table.rows, column) for column, total in enumerate(first.column_totals) if total is None
    }
    small = [entry for entry in hidden if is_small(table.value(entry), threshold)]
    # With the public totals read as 0, no cycle can go through them.
    without_public = TableWithTotals(grid=tuple((*row[:-1], 0) for row in table.grid))
    while True:
        hidden_before = len(hidden)
        for entry in small:
            hidden.update(without_public.cheapest_cycle(entry, hidden))
        for line in table.lines():
            hidden.update(_cover_small_hidden_sum(table, line, hidden, threshold))
        if len(hidden) == hidden_before:
            break
    # suppress_table may have hidden values to protect a cell through the public totals: show
    # again, largest first, each that nothing needs hidden.
    for entry in sorted(hidden - set(small), key=lambda entry: (-table.value(entry), entry)):
        if table.value(entry) and _protected(
            table, without_public, hidden - {entry}, small, threshold
        ):
            hidden.discard(entry)
    return hidden


def _protected(
    table: TableWithTotals,
    without_public: TableWithTotals,
    hidden: set[Entry],
    small: list[Entry],
    threshold: int,
) -> bool:
    """Whether every small value lies on a cycle of hidden values avoiding the public totals,
    and no line with a total shown has hidden values adding up to a small number."""
    return not any(without_public.cheapest_cycle(entry, hidden) for entry in small) and not any(
        _cover_small_hidden_sum(table, line, hidden, threshold) for line in table.lines()
    )


def _cover_small_hidden_sum(
    table: TableWithTotals, line: Line, hidden: set[Entry], threshold: int
) -> list[Entry]:
    """The smallest shown non-zero value of a line to hide when its total is shown and its
    hidden values add up to a small number (which subtraction would give away)."""
    total = table.total_of(line)
    if total in hidden:
        return []
    others = [entry for entry in table.entries_of(line) if entry != total]
    if not is_small(sum(table.value(entry) for entry in others if entry in hidden), threshold):
        return []
    visible = [entry for entry in others if entry not in hidden and table.value(entry)]
    return [min(visible, key=table.value)] if visible else []
