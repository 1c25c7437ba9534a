"""Small counts are hidden, with whatever else would give them away, and nothing more."""

import pytest

from stats import (
    SUPPRESSED,
    Suppression,
    publishable_percent,
    show_count,
    suppress_counts,
    suppress_table,
)

P, S = Suppression.PRIMARY, Suppression.SECONDARY


def test_nothing_is_hidden_when_every_count_is_0_or_at_least_5():
    published = suppress_counts([12, 0, 5, 23])
    assert list(published) == [12, 0, 5, 23]
    assert published.total == 40
    assert published.reasons == (None, None, None, None)


def test_3_of_40_picking_x_hides_the_3_and_the_next_smallest_count():
    published = suppress_counts([3, 20, 17])
    assert list(published) == [None, 20, None]
    assert published.total == 40
    assert published.reasons == (P, None, S)


def test_zeros_are_shown_and_never_used_to_protect_a_small_count():
    published = suppress_counts([0, 3, 0, 37])
    assert list(published) == [0, None, 0, None]
    assert published.total == 40


def test_two_small_counts_protect_each_other_when_together_they_reach_the_threshold():
    published = suppress_counts([30, 3, 4, 3])
    assert list(published) == [30, None, None, None]
    assert published.reasons == (None, P, P, P)


def test_small_counts_that_together_are_still_small_hide_another_count():
    # Publishing 36 and 20 of 60 would show that 4 people gave one of the hidden answers.
    published = suppress_counts([3, 1, 36, 20])
    assert list(published) == [None, None, 36, None]
    assert published.reasons == (P, P, None, S)
    assert published.total == 60


def test_a_small_base_hides_everything():
    published = suppress_counts([3, 0, 1])
    assert list(published) == [None, None, None]
    assert published.total is None
    assert published.reasons == (P, S, P)


def test_without_a_published_total_only_the_small_counts_are_hidden():
    published = suppress_counts([3, 20, 17], total_published=False)
    assert list(published) == [None, 20, 17]
    assert published.total is None


def test_the_threshold_can_be_changed():
    assert list(suppress_counts([3, 20, 17], threshold=3)) == [3, 20, 17]
    assert list(suppress_counts([9, 20, 17], threshold=10)) == [None, 20, None]
    assert list(suppress_counts([1, 20, 17], threshold=1)) == [1, 20, 17]


def test_suppressed_counts_behave_as_a_sequence():
    published = suppress_counts([3, 20, 17])
    assert len(published) == 3
    assert published[1] == 20
    assert published[-1] is None
    assert published[:2] == (None, 20)
    assert list(zip("abc", published, strict=True)) == [("a", None), ("b", 20), ("c", None)]


def test_a_small_cell_in_a_table_hides_the_cheapest_rectangle_round_it():
    published = suppress_table([[3, 10, 20], [12, 15, 18], [9, 30, 7]])
    assert published.cells == ((None, 10, None), (12, 15, 18), (None, 30, None))
    assert published.reasons == ((P, None, S), (None, None, None), (S, None, S))
    assert published.row_totals == (33, 45, 46)
    assert published.column_totals == (24, 55, 45)
    assert published.grand_total == 124


def test_two_small_cells_in_a_row_and_column_share_their_protection():
    published = suppress_table([[2, 40, 3], [30, 30, 30], [3, 30, 2]])
    assert published.cells == ((None, 40, None), (30, 30, 30), (None, 30, None))
    assert published.reasons == ((P, None, P), (None, None, None), (P, None, P))


def test_a_small_row_total_hides_its_row_and_what_would_give_it_away():
    published = suppress_table([[2, 0, 1], [20, 15, 30], [10, 12, 9]])
    assert published.cells == ((None, None, None), (20, 15, 30), (None, 12, None))
    assert published.reasons == ((P, S, P), (None, None, None), (S, None, S))
    # The row total 3 would be the grand total less the other rows: the smaller is hidden too.
    assert published.row_totals == (None, 65, None)
    assert published.column_totals == (32, 27, 40)
    assert published.grand_total == 99


def test_totals_not_asked_for_are_none_and_cells_need_less_protection():
    published = suppress_table([[3, 10, 20], [12, 15, 18]], row_totals=False, column_totals=False)
    assert published.cells == ((None, 10, 20), (12, 15, 18))
    assert published.row_totals == (None, None)
    assert published.column_totals == (None, None, None)
    assert published.grand_total is None


def test_with_only_row_totals_the_smallest_other_cell_in_the_row_is_hidden():
    published = suppress_table([[3, 10, 20], [12, 15, 18]], column_totals=False)
    assert published.cells == ((None, None, 20), (12, 15, 18))
    assert published.row_totals == (33, 45)
    assert published.grand_total == 78


def test_a_table_of_zeros_is_published_in_full():
    published = suppress_table([[0, 0], [0, 0]])
    assert published.cells == ((0, 0), (0, 0))
    assert published.grand_total == 0


@pytest.mark.parametrize(
    "cells", [[], [[]], [[1, 2], [3]], [[-1, 5]], [[1.5, 5]], [[True, 5]], [["3", 5]]]
)
def test_suppress_table_refuses_tables_that_are_not_counts(cells):
    with pytest.raises(ValueError):
        suppress_table(cells)


@pytest.mark.parametrize("threshold", [0, -5, 2.5])
def test_suppress_table_refuses_a_threshold_below_1(threshold):
    with pytest.raises(ValueError):
        suppress_counts([3, 20], threshold=threshold)


def test_percentages_built_on_hidden_counts_are_hidden():
    published = suppress_counts([3, 20, 17])
    assert [publishable_percent(count, published.total) for count in published] == [
        None,
        50.0,
        None,
    ]
    assert publishable_percent(3, None) is None
    assert publishable_percent(0, 0) is None
    assert publishable_percent(1, 3) == pytest.approx(100 / 3)


def test_hidden_counts_are_shown_as_c():
    assert SUPPRESSED == "[c]"
    assert show_count(None) == "[c]"
    assert show_count(1234) == "1,234"
    assert show_count(0) == "0"
