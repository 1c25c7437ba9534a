"""Problems found in a file of responses, each naming its row, column and reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback.imports.reading import Column

SHOWN_PROBLEMS = 50
HEADING_SHOWN = 60


def shorten(text: str, limit: int = HEADING_SHOWN) -> str:
    """`text` on one line, cut at a space to `limit` characters with "…" if it was longer."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


@dataclass(frozen=True)
class Problem:
    """Why the file cannot be imported as it is. `row` counts as a spreadsheet does, header
    rows included; `field_id` is set when choosing another question for a column would fix it."""

    row: int
    message: str
    column: Column | None = None
    field_id: int | None = None

    def __str__(self) -> str:
        if self.column is None:
            return f"Row {self.row}: {self.message}"
        column = self.column
        # A long question text is shortened; a SurveyMonkey sub-heading after it never is.
        heading = shorten(column.heading) + column.name.removeprefix(column.heading)
        named = f" (‘{heading}’)" if heading else ""
        return f"Row {self.row}, column {column.letter}{named}: {self.message}"


def first_problems(problems: Sequence[Problem]) -> tuple[list[Problem], int]:
    """The problems to show (the first `SHOWN_PROBLEMS`) and how many more there are."""
    return list(problems[:SHOWN_PROBLEMS]), max(0, len(problems) - SHOWN_PROBLEMS)


def plural(noun: str, count: int) -> str:
    """`noun`, with an "s" unless `count` is 1."""
    return noun if count == 1 else f"{noun}s"


def count_problems(count: int) -> str:
    """The count in words, like "1 problem" or "2,013 problems"."""
    return f"{count:,} {plural('problem', count)}"
