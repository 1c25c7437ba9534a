"""A table of counts together with its totals, seen as the equations a reader can solve.

The table with r rows and c columns is extended by one row (the column totals) and one column
(the row totals), with the grand total where they meet. Each entry of this (r+1) × (c+1) grid is
addressed as (row, column); row r holds the column totals and column c the row totals.

Every line of the grid (a row or a column) is one equation: its entries add up to its total
entry. Seen as a graph, the lines are nodes and each entry is an edge joining its row and its
column. If the unknown entries (hidden or never published) include a cycle of non-zero counts,
adding 1 and taking 1 alternately around the cycle gives another table with exactly the same
published numbers and no negative counts, so no entry on such a cycle can be worked out.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

Entry = tuple[int, int]
Line = tuple[str, int]
"""A row ("row", index) or a column ("column", index) of the grid."""

Cost = tuple[int, int, int]
"""What hiding costs: totals hidden, then counts hidden (people), then entries hidden."""


@dataclass(frozen=True)
class TableWithTotals:
    """Counts with their row, column and grand totals, as an (r+1) × (c+1) grid."""

    grid: tuple[tuple[int, ...], ...]

    @classmethod
    def from_cells(cls, cells: Sequence[Sequence[int]]) -> TableWithTotals:
        """Add the totals to a rectangular table of counts (at least one row and one column).

        Raises ValueError for an empty or ragged table or a count that is not a whole number
        from 0 up.
        """
        rows = [list(row) for row in cells]
        if not rows or not rows[0]:
            raise ValueError("a table needs at least one row and one column")
        if any(len(row) != len(rows[0]) for row in rows):
            raise ValueError("every row of a table must have the same number of cells")
        for row in rows:
            for count in row:
                if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                    raise ValueError(f"counts must be whole numbers from 0 up, not {count!r}")
        with_row_totals = [(*row, sum(row)) for row in rows]
        column_totals = tuple(sum(column) for column in zip(*with_row_totals, strict=True))
        return cls(grid=(*map(tuple, with_row_totals), column_totals))

    @property
    def rows(self) -> int:
        """The number of rows of counts (the grid has one more)."""
        return len(self.grid) - 1

    @property
    def columns(self) -> int:
        """The number of columns of counts (the grid has one more)."""
        return len(self.grid[0]) - 1

    def value(self, entry: Entry) -> int:
        row, column = entry
        return self.grid[row][column]

    def is_total(self, entry: Entry) -> bool:
        row, column = entry
        return row == self.rows or column == self.columns

    def entries(self) -> Iterator[Entry]:
        """Every entry, row by row, totals included."""
        for row in range(self.rows + 1):
            for column in range(self.columns + 1):
                yield row, column

    def lines(self) -> Iterator[Line]:
        yield from (("row", row) for row in range(self.rows + 1))
        yield from (("column", column) for column in range(self.columns + 1))

    def entries_of(self, line: Line) -> list[Entry]:
        kind, index = line
        if kind == "row":
            return [(index, column) for column in range(self.columns + 1)]
        return [(row, index) for row in range(self.rows + 1)]

    def total_of(self, line: Line) -> Entry:
        """The entry holding the line's total: the last of its entries."""
        return self.entries_of(line)[-1]

    def cheapest_cycle(self, entry: Entry, unknown: set[Entry]) -> list[Entry]:
        """Known entries to hide so that `entry` lies on a cycle of non-zero unknown entries.

        Empty when it already does. Among the ways to close a cycle this picks the cheapest:
        fewest totals, then fewest people, then fewest entries. `entry` must be non-zero; such a
        cycle then always exists, through its totals if nothing else.
        """
        start, goal = ("column", entry[1]), ("row", entry[0])
        cheapest: dict[Line, Cost] = {start: (0, 0, 0)}
        reached_by: dict[Line, Entry] = {}
        queue: list[tuple[Cost, Line]] = [((0, 0, 0), start)]
        while queue:
            cost, line = heapq.heappop(queue)
            if line == goal:
                break
            if cost > cheapest[line]:
                continue
            for step in self.entries_of(line):
                if step == entry or self.value(step) == 0:
                    continue
                extra = (0, 0, 0) if step in unknown else self._hiding_cost(step)
                new_cost = (cost[0] + extra[0], cost[1] + extra[1], cost[2] + extra[2])
                other = _other_end(step, line)
                if other not in cheapest or new_cost < cheapest[other]:
                    cheapest[other] = new_cost
                    reached_by[other] = step
                    heapq.heappush(queue, (new_cost, other))
        path = []
        line = goal
        while line != start:
            step = reached_by[line]
            path.append(step)
            line = _other_end(step, line)
        return [step for step in reversed(path) if step not in unknown]

    def _hiding_cost(self, entry: Entry) -> Cost:
        return int(self.is_total(entry)), self.value(entry), 1


def _other_end(entry: Entry, line: Line) -> Line:
    """The line an entry joins to `line`: its column if `line` is its row, else its row."""
    row, column = entry
    return ("column", column) if line[0] == "row" else ("row", row)
