"""Statistical disclosure control: hide small counts, and anything that would give them away.

Primary suppression hides every count from 1 to threshold − 1 (1 to 4 by default); 0 is shown.
Secondary suppression then hides more, so that no hidden count can be worked out from what is
published (see `suppress_table` for the rules). A hidden value is None; show it as "[c]".
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import overload

from stats.proportions import percent
from stats.tables import Entry, TableWithTotals

DEFAULT_THRESHOLD = 5
SUPPRESSED = "[c]"
"""What a hidden value is shown as (the Government Statistical Service's 'confidential')."""


class Suppression(StrEnum):
    """Why a value is hidden."""

    PRIMARY = "primary"
    """It is itself a small count."""
    SECONDARY = "secondary"
    """It would give a small count away."""


@dataclass(frozen=True)
class SuppressedTable:
    """What may be published of a table: None wherever a value is hidden.

    A total that was not asked for is None too. `reasons` says, per cell, why it is hidden
    (None when it is published).
    """

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    grand_total: int | None
    reasons: tuple[tuple[Suppression | None, ...], ...]


@dataclass(frozen=True)
class SuppressedCounts(Sequence[int | None]):
    """What may be published of one frequency table: the counts (None when hidden), the total.

    Behaves as the sequence of counts, so it can be indexed and zipped with the options.
    """

    counts: tuple[int | None, ...]
    total: int | None
    reasons: tuple[Suppression | None, ...]

    @overload
    def __getitem__(self, index: int) -> int | None: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[int | None, ...]: ...
    def __getitem__(self, index: int | slice) -> int | tuple[int | None, ...] | None:
        return self.counts[index]

    def __len__(self) -> int:
        return len(self.counts)

    def __iter__(self) -> Iterator[int | None]:
        return iter(self.counts)


def is_small(count: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether a count must not be published: from 1 to threshold − 1."""
    return 1 <= count < threshold


def suppress_table(
    cells: Sequence[Sequence[int]],
    threshold: int = DEFAULT_THRESHOLD,
    row_totals: bool = True,
    column_totals: bool = True,
) -> SuppressedTable:
    """Hide what must be hidden in a table of counts published with the totals asked for.

    The grand total is published when either kind of total is. The rules, applied to the cells
    and the totals alike, until nothing changes:

    1. Small counts (1 to threshold − 1) are hidden.
    2. A row or column whose total is small is hidden completely, zeros too, so it does not
       show that all of a small group gave the same answer.
    3. Every small count, published or not, lies on a cycle of hidden non-zero values: hide the
       cheapest values that close one (the fewest totals, then the smallest counts). Then
       another table, 1 more and 1 less alternately round the cycle, has the same published
       numbers, so no small count can be worked out, by subtraction or any other sum.
    4. Where a row or column total is published, its hidden values together are 0 or at least
       the threshold (else the smallest other published value is hidden too), so subtracting
       never shows that a small number of people gave one of the hidden answers.

    Raises ValueError for an empty or ragged table, a negative count or a threshold below 1.
    """
    threshold = _checked_threshold(threshold)
    table = TableWithTotals.from_cells(cells)
    published = {
        entry
        for entry in table.entries()
        if _asked_for(table, entry, row_totals=row_totals, column_totals=column_totals)
    }
    small = [entry for entry in table.entries() if is_small(table.value(entry), threshold)]
    reasons = {entry: Suppression.PRIMARY for entry in small if entry in published}

    def hide(entries: list[Entry]) -> None:
        for entry in entries:
            reasons.setdefault(entry, Suppression.SECONDARY)

    for line in table.lines():
        if is_small(table.value(table.total_of(line)), threshold):
            hide([entry for entry in table.entries_of(line) if entry in published])

    while True:
        hidden_before = len(reasons)
        for entry in small:
            hide(table.cheapest_cycle(entry, _unknown(table, published, reasons)))
        for line in table.lines():
            hide(_small_hidden_sum_cover(table, line, published, reasons, threshold))
        if len(reasons) == hidden_before:
            break

    def shown(entry: Entry) -> int | None:
        return table.value(entry) if entry in published and entry not in reasons else None

    return SuppressedTable(
        cells=tuple(
            tuple(shown((row, column)) for column in range(table.columns))
            for row in range(table.rows)
        ),
        row_totals=tuple(shown((row, table.columns)) for row in range(table.rows)),
        column_totals=tuple(shown((table.rows, column)) for column in range(table.columns)),
        grand_total=shown((table.rows, table.columns)),
        reasons=tuple(
            tuple(reasons.get((row, column)) for column in range(table.columns))
            for row in range(table.rows)
        ),
    )


def suppress_counts(
    counts: Sequence[int], threshold: int = DEFAULT_THRESHOLD, total_published: bool = True
) -> SuppressedCounts:
    """Hide what must be hidden in one question's option counts, published with their total.

    The same rules as `suppress_table` for a single row: e.g. "3 of 40 picked X" hides the 3
    and the next smallest count; a total from 1 to threshold − 1 hides everything.
    """
    table = suppress_table([counts], threshold, row_totals=total_published, column_totals=False)
    return SuppressedCounts(
        counts=table.cells[0], total=table.row_totals[0], reasons=table.reasons[0]
    )


def publishable_percent(count: int | None, base: int | None) -> float | None:
    """`count` as a percentage of `base` (0 to 100, unrounded), for publishing.

    None when either is hidden (None), so no percentage is built on a hidden count, and when
    the base is 0. Raises ValueError when the count is more than the base.
    """
    if count is None or base is None:
        return None
    return percent(count, base)


def show_count(count: int | None) -> str:
    """A published count as text ("1,234"), or "[c]" when hidden."""
    return SUPPRESSED if count is None else f"{count:,}"


def _checked_threshold(threshold: int) -> int:
    try:
        threshold = operator.index(threshold)
    except TypeError:
        raise ValueError(f"the threshold must be a whole number, not {threshold!r}") from None
    if threshold < 1:
        raise ValueError(f"the threshold must be at least 1, not {threshold}")
    return threshold


def _asked_for(
    table: TableWithTotals, entry: Entry, *, row_totals: bool, column_totals: bool
) -> bool:
    """Whether an entry is meant to be published: every cell, and the totals asked for."""
    row, column = entry
    is_row_total, is_column_total = column == table.columns, row == table.rows
    if is_row_total and is_column_total:
        return row_totals or column_totals
    if is_row_total:
        return row_totals
    return column_totals if is_column_total else True


def _unknown(
    table: TableWithTotals, published: set[Entry], reasons: dict[Entry, Suppression]
) -> set[Entry]:
    """Entries a reader does not see: hidden, or never published."""
    return {entry for entry in table.entries() if entry not in published or entry in reasons}


def _small_hidden_sum_cover(
    table: TableWithTotals,
    line: tuple[str, int],
    published: set[Entry],
    reasons: dict[Entry, Suppression],
    threshold: int,
) -> list[Entry]:
    """The smallest visible non-zero entry to hide when a line's hidden values add up small.

    Only where the line's total is visible, since only then can the sum be worked out.
    """
    total = table.total_of(line)
    if total not in published or total in reasons:
        return []
    others = [entry for entry in table.entries_of(line) if entry != total]
    visible = [entry for entry in others if entry in published and entry not in reasons]
    hidden_sum = sum(table.value(entry) for entry in others if entry not in visible)
    if not is_small(hidden_sum, threshold):
        return []
    return [min((entry for entry in visible if table.value(entry)), key=table.value)]
