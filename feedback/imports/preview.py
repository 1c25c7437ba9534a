"""What the preview page shows: the columns and their questions, the columns left out, the
first rows as they will be stored, and every problem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flask import url_for

from feedback.imports import services
from feedback.imports.checking import CheckedRow, Examined
from feedback.imports.matching import DO_NOT_IMPORT, Target
from feedback.imports.problems import Problem, first_problems, plural
from feedback.imports.reading import Field
from feedback.imports.uploads import Upload
from feedback.models import Survey
from feedback.respond.services import answer_lines

PREVIEW_ROWS = 5
CHOOSE = "Choose the question this column answers, or ‘Do not import’"


@dataclass(frozen=True)
class ColumnChoice:
    """One field on the preview: its columns, and a select of the question it answers."""

    field: Field
    items: list[dict]
    error: str | None

    @property
    def select_id(self) -> str:
        """The id and name of its select."""
        return f"column-{self.field.id}"

    @property
    def sub_headings(self) -> list[str]:
        """The headings of its columns under the question (SurveyMonkey)."""
        return [column.sub_heading for column in self.field.columns if column.sub_heading]


def _items(targets: Sequence[Target], chosen: str | None) -> list[dict]:
    items = [] if chosen else [{"value": "", "text": "Choose a question", "selected": True}]
    items += [
        {"value": target.key, "text": target.label, "selected": target.key == chosen}
        for target in targets
    ]
    items.append(
        {"value": DO_NOT_IMPORT, "text": "Do not import", "selected": chosen == DO_NOT_IMPORT}
    )
    return items


def column_choices(
    examined: Examined, targets: Sequence[Target], problems: Sequence[Problem]
) -> list[ColumnChoice]:
    """A select per field, set to its question, with the first problem a choice could fix."""
    errors: dict[int, str] = {}
    for problem in problems:
        if problem.field_id is not None:
            reason = problem.message[:1].upper() + problem.message[1:]
            errors.setdefault(problem.field_id, f"{reason}. {CHOOSE}")
    return [
        ColumnChoice(
            field, _items(targets, examined.plan.choices.get(field.id)), errors.get(field.id)
        )
        for field in examined.file.fields
    ]


def _submitted(row: CheckedRow) -> str:
    moment = row.submitted_at
    if moment is None:
        return "When imported"
    return f"{services.long_date(moment)} at {moment:%H:%M}"


def preview_table(examined: Examined) -> dict:
    """Parameters of a govukTable: a row per question imported, a column per file row."""
    rows = examined.rows[:PREVIEW_ROWS]
    table_rows = []
    if examined.file.submitted_at is not None:
        table_rows.append([{"text": "Sent"}, *({"text": _submitted(row)} for row in rows)])
    for plan in examined.plan.fields:
        question = plan.target.question
        cells = [
            {"text": "; ".join(answer_lines(question, row.answers.get(question.key)))}
            for row in rows
        ]
        table_rows.append([{"text": plan.target.label}, *cells])
    return {
        "caption": (
            f"The first {len(rows)} responses as they will be stored"
            if len(rows) > 1
            else "The first response as it will be stored"
        ),
        "captionClasses": "govuk-table__caption--m",
        "firstCellIsHeader": True,
        "head": [{"text": "Question"}, *({"text": f"Row {row.row}"} for row in rows)],
        "rows": table_rows,
    }


def left_out(examined: Examined) -> list[tuple[str, str, str]]:
    """(column letters, heading, why) for each column that is not imported as an answer."""
    file = examined.file
    found = [
        (item.column.index, item.column.letter, item.column.heading, item.reason)
        for item in file.ignored
    ]
    if file.submitted_at is not None:
        column = file.submitted_at
        used = "used as the time each response was sent, not imported as an answer"
        found.append((column.index, column.letter, column.heading, used))
    found += [
        (field.id, field.letters, field.heading, "you chose not to import it")
        for field in examined.plan.skipped
    ]
    return [(letters, heading, reason) for _index, letters, heading, reason in sorted(found)]


def error_summary_items(shown: Sequence[Problem], more: int) -> list[dict]:
    """Error summary links: column problems to their select, row problems to the list."""
    items = [
        {
            "text": str(problem),
            "href": f"#column-{problem.field_id}" if problem.field_id is not None else "#problems",
        }
        for problem in shown
    ]
    if more:
        items.append({"text": f"And {more:,} more {plural('problem', more)}", "href": "#problems"})
    return items


def preview_context(
    survey: Survey, upload: Upload, examined: Examined, refused: str | None
) -> dict:
    """Everything the preview template needs."""
    shown, more = first_problems(examined.problems)
    items = error_summary_items(shown, more)
    if refused:
        items.insert(0, {"text": refused, "href": "#import"})
    targets = services.survey_setup(survey).targets
    return {
        "survey": survey,
        "upload": upload,
        "file": examined.file,
        "responses": len(examined.file.rows),
        "ready": not examined.problems,
        "problems": shown,
        "problem_count": len(examined.problems),
        "more_problems": more,
        "summary_items": items,
        "columns": column_choices(examined, targets, examined.problems),
        "left_out": left_out(examined),
        "table": preview_table(examined) if examined.rows else None,
        "back_url": url_for("imports.upload", survey_id=survey.id),
        "page_errors": bool(items),
    }
