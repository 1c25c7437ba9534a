"""Whatever the table, nothing published gives away a count under the threshold.

Three attacks are tried on every published table, each written here independently of the
package: solving the row and column equations one unknown at a time (subtraction, the attack
that matters in practice); full linear algebra over the rationals (any combination of the
equations); and, for counts that no equation pins down, building two other tables with
exactly the same published numbers in which the hidden count is 1 lower and 1 higher.
"""

from collections import deque
from collections.abc import Iterable
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from stats import SuppressedTable, Suppression, suppress_counts, suppress_table

Var = tuple  # ("cell", row, column), ("row", row), ("column", column) or ("grand",)
Equation = dict  # Var -> coefficient; the terms add up to 0


def true_values(cells: list[list[int]]) -> dict[Var, int]:
    values: dict[Var, int] = {}
    for row, counts in enumerate(cells):
        values[("row", row)] = sum(counts)
        for column, count in enumerate(counts):
            values[("cell", row, column)] = count
    for column in range(len(cells[0])):
        values[("column", column)] = sum(counts[column] for counts in cells)
    values[("grand",)] = sum(map(sum, cells))
    return values


def published_values(table: SuppressedTable) -> dict[Var, int]:
    shown: dict[Var, int | None] = {("grand",): table.grand_total}
    for row, counts in enumerate(table.cells):
        shown[("row", row)] = table.row_totals[row]
        for column, count in enumerate(counts):
            shown[("cell", row, column)] = count
    for column, total in enumerate(table.column_totals):
        shown[("column", column)] = total
    return {var: value for var, value in shown.items() if value is not None}


def equations(rows: int, columns: int) -> list[Equation]:
    """Every row and column adds up to its total, and the totals to the grand total."""
    found = [
        {**{("cell", row, column): 1 for column in range(columns)}, ("row", row): -1}
        for row in range(rows)
    ]
    found += [
        {**{("cell", row, column): 1 for row in range(rows)}, ("column", column): -1}
        for column in range(columns)
    ]
    found.append({**{("row", row): 1 for row in range(rows)}, ("grand",): -1})
    found.append({**{("column", column): 1 for column in range(columns)}, ("grand",): -1})
    return found


def subtraction_attack(system: list[Equation], known: dict[Var, int]) -> dict[Var, Fraction]:
    """Values worked out by repeatedly solving an equation with a single unknown."""
    solved: dict[Var, Fraction] = {var: Fraction(value) for var, value in known.items()}
    progress = True
    while progress:
        progress = False
        for equation in system:
            unknown = [var for var in equation if var not in solved]
            if len(unknown) == 1:
                (var,) = unknown
                rest = sum(
                    coefficient * solved[v] for v, coefficient in equation.items() if v != var
                )
                solved[var] = -rest / equation[var]
                progress = True
    return {var: value for var, value in solved.items() if var not in known}


def determined_by_linear_algebra(
    system: list[Equation], known: dict[Var, int], unknowns: Iterable[Var]
) -> set[Var]:
    """Unknowns fixed by the equations: those whose unit vector lies in their row space."""
    unknowns = sorted(unknowns)
    basis: list[tuple[int, list[Fraction]]] = []  # (pivot, row) in reduced echelon form
    for equation in system:
        vector = [Fraction(equation.get(var, 0)) for var in unknowns]
        vector = reduce(vector, basis)
        pivot = next((i for i, value in enumerate(vector) if value), None)
        if pivot is not None:
            vector = [value / vector[pivot] for value in vector]
            basis = [
                (p, [a - row[pivot] * b for a, b in zip(row, vector, strict=True)])
                for p, row in basis
            ]
            basis.append((pivot, vector))
    determined = set()
    for index, var in enumerate(unknowns):
        unit = [Fraction(int(i == index)) for i in range(len(unknowns))]
        if not any(reduce(unit, basis)):
            determined.add(var)
    return determined


def reduce(vector: list[Fraction], basis: list[tuple[int, list[Fraction]]]) -> list[Fraction]:
    for pivot, row in basis:
        if vector[pivot]:
            factor = vector[pivot]
            vector = [a - factor * b for a, b in zip(vector, row, strict=True)]
    return vector


def grid_entry(var: Var, rows: int, columns: int) -> tuple[int, int]:
    """Where a value sits in the table extended by its totals row and column."""
    kind = var[0]
    if kind == "cell":
        return var[1], var[2]
    if kind == "row":
        return var[1], columns
    if kind == "column":
        return rows, var[1]
    return rows, columns


def alternative_tables(
    cells: list[list[int]], known: dict[Var, int], target: Var
) -> list[list[list[int]]]:
    """Two other tables, 1 up and 1 down round a cycle of unknown non-zero values through
    `target` (an empty list if there is no such cycle)."""
    rows, columns = len(cells), len(cells[0])
    values = true_values(cells)
    entry_of = {var: grid_entry(var, rows, columns) for var in values}
    open_entries = {
        entry for var, entry in entry_of.items() if var not in known and values[var] > 0
    }
    target_entry = entry_of[target]
    start, goal = ("column", target_entry[1]), ("row", target_entry[0])
    came_by = {start: None}
    queue = deque([start])
    while queue and goal not in came_by:
        kind, index = queue.popleft()
        for entry in open_entries - {target_entry}:
            if (kind == "row" and entry[0] == index) or (kind == "column" and entry[1] == index):
                other = ("column", entry[1]) if kind == "row" else ("row", entry[0])
                if other not in came_by:
                    came_by[other] = entry
                    queue.append(other)
    if goal not in came_by:
        return []
    cycle, line = [target_entry], goal
    while line != start:
        entry = came_by[line]
        cycle.append(entry)
        line = ("row", entry[0]) if line[0] == "column" else ("column", entry[1])
    tables = []
    for sign in (1, -1):
        table = [list(counts) for counts in cells]
        for step, (row, column) in enumerate(cycle):
            if row < rows and column < columns:
                table[row][column] += sign * (-1) ** step
        tables.append(table)
    return tables


@st.composite
def tables(draw):
    rows, columns = draw(st.integers(1, 6)), draw(st.integers(1, 8))
    count = st.one_of(st.integers(0, 30), st.integers(0, 6))
    cells = draw(
        st.lists(st.lists(count, min_size=columns, max_size=columns), min_size=rows, max_size=rows)
    )
    return cells, draw(st.integers(2, 10)), draw(st.booleans()), draw(st.booleans())


@settings(max_examples=300, derandomize=True, deadline=None)
@given(tables())
def test_no_published_table_gives_away_a_count_under_the_threshold(example):
    cells, threshold, row_totals, column_totals = example
    result = suppress_table(cells, threshold, row_totals=row_totals, column_totals=column_totals)
    values, known = true_values(cells), published_values(result)
    rows, columns = len(cells), len(cells[0])

    # (a) nothing published is small, and (c) everything published is exact.
    assert all(value == values[var] for var, value in known.items())
    assert not any(1 <= value < threshold for value in known.values())

    small = {var for var, value in values.items() if var not in known and 1 <= value < threshold}
    system = equations(rows, columns)
    # (b) subtraction, and any other combination of the published equations, pins down nothing
    # small ...
    derived = subtraction_attack(system, known)
    assert all(value == values[var] for var, value in derived.items())
    assert not small & set(derived)
    unknowns = set(values) - set(known)
    assert not small & determined_by_linear_algebra(system, known, unknowns)
    # ... and not even the rule that counts are never negative: each small count could be 1
    # less or 1 more in a table that publishes exactly the same numbers.
    for var in small:
        alternatives = alternative_tables(cells, known, var)
        assert alternatives, var
        for alternative in alternatives:
            assert min(map(min, alternative)) >= 0
            assert abs(true_values(alternative)[var] - values[var]) == 1
            assert all(true_values(alternative)[v] == value for v, value in known.items())


@settings(max_examples=150, derandomize=True, deadline=None)
@given(tables())
def test_hidden_values_of_a_published_line_together_are_never_a_small_count(example):
    cells, threshold, row_totals, column_totals = example
    result = suppress_table(cells, threshold, row_totals=row_totals, column_totals=column_totals)
    values, known = true_values(cells), published_values(result)
    for equation in equations(len(cells), len(cells[0])):
        (total,) = [var for var, coefficient in equation.items() if coefficient == -1]
        if total in known:
            hidden = sum(values[var] for var in equation if var != total and var not in known)
            assert not 1 <= hidden < threshold


@settings(max_examples=150, derandomize=True, deadline=None)
@given(tables())
def test_reasons_say_which_cells_are_hidden_and_why_and_totals_are_only_where_asked(example):
    cells, threshold, row_totals, column_totals = example
    result = suppress_table(cells, threshold, row_totals=row_totals, column_totals=column_totals)
    for counts, shown, reasons in zip(cells, result.cells, result.reasons, strict=True):
        for count, value, reason in zip(counts, shown, reasons, strict=True):
            assert (value is None) == (reason is not None)
            assert (reason == Suppression.PRIMARY) == (1 <= count < threshold)
            if value is not None:
                assert value == count
    if not row_totals:
        assert set(result.row_totals) == {None}
    if not column_totals:
        assert set(result.column_totals) == {None}
    if not (row_totals or column_totals):
        assert result.grand_total is None


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=10), st.integers(2, 10), st.booleans())
def test_counts_are_suppressed_as_a_table_of_one_row(counts, threshold, total_published):
    published = suppress_counts(counts, threshold, total_published=total_published)
    table = suppress_table([counts], threshold, row_totals=total_published, column_totals=False)
    assert tuple(published) == table.cells[0]
    assert published.total == table.row_totals[0] == table.grand_total
    if total_published and 1 <= sum(counts) < threshold:
        assert set(published) == {None} and published.total is None


def test_the_attacks_find_what_primary_suppression_alone_gives_away():
    cells = [[3, 20, 17]]
    known = {var: value for var, value in true_values(cells).items() if var != ("cell", 0, 0)}
    known = {var: value for var, value in known.items() if var[0] != "column"}
    assert subtraction_attack(equations(1, 3), known)[("cell", 0, 0)] == 3


def test_linear_algebra_finds_a_count_that_subtraction_alone_cannot():
    # Two hidden rectangles joined by one hidden cell: no row or column has a single unknown,
    # yet rows 0 and 1 less columns 0 and 1 leave exactly the joining cell.
    cells = [[10, 10, 10, 10], [10, 10, 3, 10], [10, 10, 10, 10], [10, 10, 10, 10]]
    hidden = {(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3), (3, 2), (3, 3)}
    known = {
        var: value
        for var, value in true_values(cells).items()
        if not (var[0] == "cell" and (var[1], var[2]) in hidden)
    }
    system = equations(4, 4)
    assert ("cell", 1, 2) not in subtraction_attack(system, known)
    unknowns = {("cell", *entry) for entry in hidden}
    assert ("cell", 1, 2) in determined_by_linear_algebra(system, known, unknowns)


def test_a_cycle_through_a_zero_is_no_protection_against_non_negativity():
    # With the 0 hidden as well, 3 + 0 = 3 would still pin the 3 down: 0 cannot go lower.
    cells = [[3, 0, 37]]
    known = {("cell", 0, 2): 37, ("row", 0): 40, ("grand",): 40}
    assert alternative_tables(cells, known, ("cell", 0, 0)) == []
