"""Target populations as a CSV file: reading one staff upload, and writing one to fill in.

The file has a header row and the columns audience, locality and size. Audiences and
localities may be given by name or by reference, in any case; a blank locality (or "All
localities") means the figure for all localities; a blank size means no figure. The file
replaces all the survey's targets, so it is read whole and checked before anything is stored.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from feedback.models import Audience, Locality
from feedback.rates.targets import TargetKey, disagreements, parse_count

AUDIENCE, LOCALITY, SIZE = "audience", "locality", "size"
COLUMNS = (AUDIENCE, LOCALITY, SIZE)
REQUIRED = (AUDIENCE, SIZE)
ALL_LOCALITIES = "All localities"


class TargetsFileError(ValueError):
    """The file cannot be used; `problems` says where and why, one sentence each."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def decode(content: bytes) -> str:
    """The file's text: UTF-8 (with or without a byte order mark), else Windows-1252."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError:
        raise TargetsFileError(
            ["The file is not text we can read. Save it from your spreadsheet as ‘CSV UTF-8’"]
        ) from None


def _lookup(items: Iterable[Audience | Locality]) -> dict[str, Audience | Locality]:
    found = {}
    for item in items:
        found[item.slug.casefold()] = item
        found[item.name.strip().casefold()] = item
    return found


def _rows_text(rows: Sequence[int]) -> str:
    if len(rows) == 1:
        return f"Row {rows[0]}"
    return f"Rows {', '.join(str(row) for row in rows[:-1])} and {rows[-1]}"


@dataclass
class _Reader:
    """Reads the data rows of one file for one survey, collecting every problem."""

    survey_audiences: Sequence[Audience]
    every_audience: Sequence[Audience]
    localities: Sequence[Locality]

    def __post_init__(self) -> None:
        self.problems: list[str] = []
        self.figures: dict[TargetKey, int] = {}
        self.rows_of: dict[TargetKey, int] = {}
        self.audiences = _lookup(self.survey_audiences)
        self.other_audiences = _lookup(self.every_audience)
        self.locality_names = _lookup(self.localities)
        self.place_names = {locality.id: locality.name for locality in self.localities}

    def problem(self, row: int, column: str, reason: str) -> None:
        self.problems.append(f"Row {row}, column ‘{column}’: {reason}")

    def audience(self, row: int, text: str) -> Audience | None:
        if not text:
            self.problem(row, AUDIENCE, "enter the audience")
            return None
        found = self.audiences.get(text.casefold())
        if found is None:
            names = ", ".join(f"‘{a.name}’" for a in self.survey_audiences)
            known = text.casefold() in self.other_audiences
            reason = "is not an audience of this survey" if known else "is not an audience we know"
            self.problem(row, AUDIENCE, f"‘{text}’ {reason}. Use {names}")
        return found

    def locality(self, row: int, text: str) -> tuple[bool, int | None]:
        """(understood, locality id or None for all localities)."""
        if not text or text.casefold() == ALL_LOCALITIES.casefold():
            return True, None
        found = self.locality_names.get(text.casefold())
        if found is None:
            names = ", ".join(f"‘{locality.name}’" for locality in self.localities)
            self.problem(
                row,
                LOCALITY,
                f"‘{text}’ is not a locality we know. Use {names}, or leave it blank for all "
                "localities",
            )
            return False, None
        return True, found.id

    def size(self, row: int, text: str) -> int | None:
        try:
            return parse_count(text)
        except ValueError as error:
            self.problem(row, SIZE, f"‘{text}’ {error}")
            return None

    def read(self, row: int, cells: dict[str, str]) -> None:
        audience = self.audience(row, cells[AUDIENCE])
        understood, locality_id = self.locality(row, cells.get(LOCALITY, ""))
        size = self.size(row, cells[SIZE]) if cells[SIZE] else None
        if audience is None or not understood:
            return
        key = (audience.id, locality_id)
        if key in self.rows_of:
            place = self.place_names.get(locality_id, ALL_LOCALITIES.lower())
            self.problems.append(
                f"Row {row}, columns ‘{AUDIENCE}’ and ‘{LOCALITY}’: {audience.name} in {place} "
                f"is already on row {self.rows_of[key]}"
            )
            return
        self.rows_of[key] = row
        if size is not None:
            self.figures[key] = size

    def check_agreement(self) -> None:
        for found in disagreements(self.figures, self.survey_audiences, self.localities):
            rows = sorted(
                row
                for key, row in self.rows_of.items()
                if key[0] == found.audience.id and key in self.figures
            )
            self.problems.append(f"{_rows_text(rows)}, column ‘{SIZE}’: {found.message}")


def _header(first: list[str]) -> list[str]:
    names = [cell.strip().casefold() for cell in first]
    problems = []
    for name in names:
        if name and name not in COLUMNS:
            problems.append(
                f"Row 1: ‘{name}’ is not a column we know. Use the columns audience, locality "
                "and size"
            )
    for name in set(names):
        if name and names.count(name) > 1:
            problems.append(f"Row 1: the column ‘{name}’ is there more than once")
    for name in REQUIRED:
        if name not in names:
            problems.append(f"Row 1: the file has no ‘{name}’ column")
    if problems:
        raise TargetsFileError(problems)
    return names


def read_targets_file(
    content: bytes,
    survey_audiences: Sequence[Audience],
    every_audience: Sequence[Audience],
    localities: Sequence[Locality],
) -> dict[TargetKey, int]:
    """The figures in an uploaded file, or TargetsFileError listing every problem in it."""
    text = decode(content)
    if not text.strip():
        raise TargetsFileError(["The file is empty"])
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise TargetsFileError([f"The file is not a CSV file we can read ({error})"]) from None
    names = _header(lines[0])
    reader = _Reader(survey_audiences, every_audience, localities)
    for row, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(names) and any(cell.strip() for cell in cells[len(names) :]):
            reader.problems.append(f"Row {row}: it has more cells than the header row")
            continue
        padded = [cell.strip() for cell in cells] + [""] * (len(names) - len(cells))
        reader.read(row, {name: value for name, value in zip(names, padded, strict=False) if name})
    if not reader.problems:
        reader.check_agreement()
    if not reader.problems and not reader.figures:
        reader.problems.append(
            "The file has no figures in it. Put a size on at least one row; to remove every "
            "target, clear them in the table instead"
        )
    if reader.problems:
        raise TargetsFileError(reader.problems)
    return reader.figures


def targets_file(
    figures: dict[TargetKey, int], audiences: Sequence[Audience], localities: Sequence[Locality]
) -> str:
    """A CSV of every target the survey can have, sizes filled in where set, to edit and upload."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for audience in audiences:
        for locality in (None, *localities):
            size = figures.get((audience.id, locality.id if locality else None))
            writer.writerow(
                (audience.name, locality.name if locality else "", "" if size is None else size)
            )
    return out.getvalue()
