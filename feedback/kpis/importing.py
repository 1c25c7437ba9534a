"""Importing entered KPI values from a CSV file: every row goes in, or none does.

The file has a header row with the columns `kpi` (a KPI's slug or name), `period`, `value` and,
optionally, `note`, in any order and any case. Periods are written as `stats.kpis.parse_period`
reads them for the KPI (a month like 2026-07, a financial quarter like Q2 2026-27, a financial
year like 2026-27); values as `feedback.kpis.entry.parse_value` reads them. A value for a
period that already has one replaces it, and the preview and summary say so.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from feedback.extensions import db
from feedback.kpis.entry import ValueProblem, parse_value
from feedback.kpis.register import NewValue, store_values
from feedback.models import Kpi, KpiSource, KpiValue, User
from feedback.models.columns import utcnow
from stats.kpis import PeriodError, long_period_label, parse_period, period_label, period_start

MAX_BYTES = 1_000_000
"""KPI files are small: a row per KPI per period."""
NOTE_MAX = 1_000
REQUIRED_COLUMNS = ("kpi", "period", "value")
COLUMNS = (*REQUIRED_COLUMNS, "note")
COLUMN_LIST = "kpi, period, value and note (optional)"
SHOWN_PROBLEMS = 50
"""Problems listed at most; the count says how many there are in all."""


@dataclass(frozen=True)
class ImportProblem:
    """Why the file cannot be imported, with where: a row of the file and a column, if known."""

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"Row {self.row}")
        if self.column is not None:
            where.append(f"column ‘{self.column}’")
        place = ", ".join(where)
        return f"{place[:1].upper()}{place[1:]}: {self.message}" if place else self.message


class ImportFailed(Exception):
    """The file cannot be imported; nothing was changed."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = list(problems)

    @property
    def summary(self) -> str:
        """Like 'The file has 3 problems, so nothing was imported'."""
        count = len(self.problems)
        return f"The file has {count:,} problem{'s' if count != 1 else ''}, so nothing was imported"


@dataclass(frozen=True)
class PlannedValue:
    """One row of the file, read: the value it gives a KPI for a period, and what it replaces."""

    row: int
    kpi: Kpi
    period_start: date
    value: Decimal
    note: str
    replaces: Decimal | None

    @property
    def period_label(self) -> str:
        return period_label(self.period_start, self.kpi.period)

    @property
    def is_new(self) -> bool:
        return self.replaces is None

    @property
    def is_unchanged(self) -> bool:
        return self.replaces is not None and self.replaces == self.value


@dataclass(frozen=True)
class ImportSummary:
    """What an import did."""

    added: int
    replaced: int
    unchanged: int

    def __str__(self) -> str:
        parts = [f"{self.added:,} new value{'s' if self.added != 1 else ''}"]
        parts.append(f"{self.replaced:,} replaced")
        if self.unchanged:
            parts.append(f"{self.unchanged:,} unchanged")
        return "Imported " + ", ".join(parts)


def decode(content: bytes) -> str:
    """The file's text: UTF-8 (with or without a byte order mark), else Windows-1252."""
    if not content.strip():
        raise ImportFailed([ImportProblem("The file is empty")])
    if len(content) > MAX_BYTES:
        raise ImportFailed([ImportProblem(f"The file must be smaller than {MAX_BYTES:,} bytes")])
    if b"\x00" in content or content.startswith(b"PK\x03\x04"):
        raise ImportFailed(
            [ImportProblem("The file is not a CSV file: save it from your spreadsheet as CSV")]
        )
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFailed(
            [ImportProblem("The file’s text cannot be read: save it as CSV UTF-8")]
        ) from None


def _columns(header: list[str]) -> dict[str, int]:
    """Where each column is, by name; ImportFailed for unknown, repeated or missing columns."""
    problems = []
    positions: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in COLUMNS:
            problems.append(
                ImportProblem(
                    f"‘{raw.strip()}’ is not a column we use: the columns are {COLUMN_LIST}",
                    row=1,
                )
            )
        elif name in positions:
            problems.append(ImportProblem(f"The column ‘{name}’ appears twice", row=1))
        else:
            positions[name] = index
    for name in REQUIRED_COLUMNS:
        if name not in positions:
            problems.append(ImportProblem(f"There is no ‘{name}’ column", row=1))
    if problems:
        raise ImportFailed(problems)
    return positions


class _KpiFinder:
    """KPIs by slug or name, ignoring case and surrounding spaces."""

    def __init__(self) -> None:
        self.by_text: dict[str, Kpi] = {}
        for kpi in db.session.scalars(select(Kpi).order_by(Kpi.position, Kpi.id)):
            self.by_text.setdefault(kpi.name.strip().casefold(), kpi)
            self.by_text[kpi.slug.casefold()] = kpi

    def find(self, typed: str) -> Kpi:
        text = typed.strip()
        if not text:
            raise ValueProblem("Enter the KPI’s name or reference")
        kpi = self.by_text.get(text.casefold())
        if kpi is None:
            raise ValueProblem(f"There is no KPI called ‘{text}’")
        if kpi.source != KpiSource.ENTERED:
            raise ValueProblem(
                f"‘{kpi.name}’ is worked out from surveys or actions, so values cannot be "
                "entered for it"
            )
        return kpi


def _existing(kpis: set[int]) -> dict[tuple[int, date], Decimal]:
    if not kpis:
        return {}
    rows = db.session.execute(
        select(KpiValue.kpi_id, KpiValue.period_start, KpiValue.value).where(
            KpiValue.kpi_id.in_(kpis)
        )
    )
    return {(kpi_id, start): value for kpi_id, start, value in rows}


def check_period(start: date, kpi: Kpi, today: date) -> None:
    """Refuse a period that has not started yet."""
    if start > period_start(today, kpi.period):
        label = long_period_label(start, kpi.period)
        raise PeriodError(f"{label} has not started yet")


def read_rows(text: str, today: date | None = None) -> list[PlannedValue]:
    """Every row of a KPI values file, read and checked; ImportFailed lists every problem."""
    today = today or utcnow().date()
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ImportFailed([ImportProblem(f"The file is not valid CSV ({error})")]) from None
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise ImportFailed([ImportProblem("The first row must name the columns: " + COLUMN_LIST)])
    positions = _columns(lines[0])
    finder = _KpiFinder()
    problems: list[ImportProblem] = []
    read: list[tuple[int, Kpi, date, Decimal, str]] = []
    seen: dict[tuple[int, date], int] = {}
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(lines[0]):
            problems.append(
                ImportProblem(
                    f"The row has {len(cells)} cells but the first row names "
                    f"{len(lines[0])} columns",
                    row=number,
                )
            )
            continue
        row = {
            name: (cells[index] if index < len(cells) else "") for name, index in positions.items()
        }
        found = _read_row(number, row, finder, today, problems)
        if found is None:
            continue
        kpi, start, value, note = found
        first = seen.setdefault((kpi.id, start), number)
        if first != number:
            problems.append(
                ImportProblem(
                    f"Row {first} already gives a value for ‘{kpi.name}’ in "
                    f"{period_label(start, kpi.period)}",
                    row=number,
                )
            )
            continue
        read.append((number, kpi, start, value, note))
    if problems:
        raise ImportFailed(problems)
    if not read:
        raise ImportFailed([ImportProblem("The file has no values: add a row under the header")])
    existing = _existing({kpi.id for _, kpi, *_ in read})
    return [
        PlannedValue(number, kpi, start, value, note, existing.get((kpi.id, start)))
        for number, kpi, start, value, note in read
    ]


def _read_row(
    number: int,
    row: dict[str, str],
    finder: _KpiFinder,
    today: date,
    problems: list[ImportProblem],
) -> tuple[Kpi, date, Decimal, str] | None:
    """One row's KPI, period, value and note, or None with its problems added to `problems`."""
    before = len(problems)
    kpi = start = value = None
    try:
        kpi = finder.find(row["kpi"])
    except ValueProblem as problem:
        problems.append(ImportProblem(str(problem), number, "kpi"))
    if kpi is not None:
        try:
            start = parse_period(row["period"], kpi.period)
            check_period(start, kpi, today)
        except PeriodError as problem:
            problems.append(ImportProblem(str(problem), number, "period"))
        try:
            value = parse_value(row["value"], kpi.unit)
        except ValueProblem as problem:
            problems.append(ImportProblem(str(problem), number, "value"))
    note = row.get("note", "").strip()
    if len(note) > NOTE_MAX:
        problems.append(
            ImportProblem(f"The note must be {NOTE_MAX:,} characters or fewer", number, "note")
        )
    if len(problems) > before:
        return None
    return kpi, start, value, note


def save_values(planned: Sequence[PlannedValue], user: User | None) -> ImportSummary:
    """Store every planned value (replacing those already there) and commit; all or nothing."""
    try:
        store_values(
            [NewValue(item.kpi, item.period_start, item.value, item.note) for item in planned], user
        )
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    unchanged = sum(item.is_unchanged for item in planned)
    added = sum(item.is_new for item in planned)
    return ImportSummary(added, len(planned) - added - unchanged, unchanged)
