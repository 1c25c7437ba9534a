"""Reading a file of responses: its encoding, its format and its columns. Pure Python.

Two formats are read. A plain CSV has one header row of question keys or texts. SurveyMonkey's
"individual responses" export has two: the question text over the first column of each question,
then sub-headings ("Response", "Open-Ended Response", or an option label over each option column
of a multiple-choice question). Anything that stops the file being read at all raises
`UnreadableFile`; problems with particular rows and columns are found later, by matching.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from enum import StrEnum

from feedback.imports.names import comparable

BYTES_PER_MB = 1024 * 1024
SUBMITTED_AT_HEADINGS = frozenset({"end date", "submitted at"})
VALUE_SUB_HEADINGS = frozenset({"", "response", "open-ended response"})

PERSONAL = "personal data, which is never stored"
METADATA_REASONS = {
    "respondent id": "SurveyMonkey’s number for the response: each response gets a new reference",
    "collector id": "which SurveyMonkey link collected the response: not needed here",
    "start date": "when the respondent started: the End Date is kept as when they sent it",
    "ip address": PERSONAL,
    "email address": PERSONAL,
    "first name": PERSONAL,
    "last name": PERSONAL,
}
CUSTOM_DATA = re.compile(r"custom data\s*\d*")
CUSTOM_DATA_REASON = "may hold personal data, which is never stored"


class UnreadableFile(ValueError):
    """The file cannot be read as responses at all (too big, empty, not text, not CSV)."""


class FileFormat(StrEnum):
    """The layouts of file this reads."""

    PLAIN = "plain"
    SURVEYMONKEY = "surveymonkey"

    @property
    def label(self) -> str:
        """The format as staff read it."""
        return {
            "plain": "Plain CSV (one header row)",
            "surveymonkey": "SurveyMonkey individual responses (two header rows)",
        }[self.value]


def column_letter(index: int) -> str:
    """The spreadsheet letter of the column at `index` (0 is A, 26 is AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """One column of the file: its position, heading and (SurveyMonkey only) sub-heading."""

    index: int
    heading: str
    sub_heading: str = ""

    @property
    def letter(self) -> str:
        """Where a spreadsheet shows the column, like "C"."""
        return column_letter(self.index)

    @property
    def name(self) -> str:
        """The heading, with the sub-heading when it says more than "Response"."""
        if comparable(self.sub_heading) in VALUE_SUB_HEADINGS:
            return self.heading
        return f"{self.heading} – {self.sub_heading}" if self.heading else self.sub_heading


@dataclass(frozen=True)
class Field:
    """The columns answering one question: one in a plain CSV, one or more from SurveyMonkey."""

    heading: str
    columns: tuple[Column, ...]

    @property
    def id(self) -> int:
        """The index of its first column, which identifies it in a mapping."""
        return self.columns[0].index

    @property
    def letters(self) -> str:
        """Its column letters, like "C" or "C to F"."""
        first, last = self.columns[0].letter, self.columns[-1].letter
        return first if first == last else f"{first} to {last}"


@dataclass(frozen=True)
class IgnoredColumn:
    """A column that is never imported, and why."""

    column: Column
    reason: str


@dataclass(frozen=True)
class ResponseFile:
    """A file of responses as read: format, columns, and the non-blank data rows."""

    format: FileFormat
    encoding: str
    header_rows: int
    width: int
    fields: tuple[Field, ...]
    ignored: tuple[IgnoredColumn, ...]
    submitted_at: Column | None
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    """(row number as a spreadsheet counts it, header rows included; the row's cells)."""


def max_bytes(max_mb: int) -> int:
    """The largest file accepted, in bytes, for a limit in MB."""
    return max_mb * BYTES_PER_MB


def check_size(size: int, max_mb: int) -> None:
    """Refuse a file of `size` bytes if it is over `max_mb` MB, or empty."""
    if size > max_bytes(max_mb):
        raise UnreadableFile(
            f"The file is {size / BYTES_PER_MB:,.1f} MB; it must be {max_mb} MB or smaller. "
            "Split it into smaller files and import each of them"
        )
    if size == 0:
        raise UnreadableFile("The file is empty")


def decode(content: bytes) -> tuple[str, str]:
    """The text of the file and the name of its encoding: UTF-8 (with or without a byte order
    mark) or, failing that, Windows-1252."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFile(
            "The file is saved as UTF-16 text. Save it as ‘CSV UTF-8’ and upload it again"
        )
    if content.startswith(b"PK\x03\x04"):
        raise UnreadableFile(
            "The file is an Excel workbook or another zipped file, not CSV. In Excel, use "
            "Save As and choose ‘CSV UTF-8’, then upload that file"
        )
    if content.startswith(codecs.BOM_UTF8):
        text, encoding = _decoded(content[len(codecs.BOM_UTF8) :], "utf-8"), "UTF-8 with BOM"
    else:
        try:
            text, encoding = content.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, encoding = _decoded(content, "cp1252"), "Windows-1252"
    if "\x00" in text:
        raise UnreadableFile(
            "The file holds binary data, not text. Save it as ‘CSV UTF-8’ and upload it again"
        )
    return text, encoding


def _decoded(content: bytes, codec: str) -> str:
    try:
        return content.decode(codec)
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            f"The file is not UTF-8 or Windows-1252 text: byte {content[error.start]:#04x} on "
            f"line {line:,} is not a character in either. Save it as ‘CSV UTF-8’ and upload it "
            "again"
        ) from None


def _records(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return list(reader)
    except csv.Error as error:
        raise UnreadableFile(f"Line {reader.line_num:,} is not valid CSV: {error}") from None


def _blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def _is_surveymonkey(records: list[list[str]]) -> bool:
    """Two header rows: "Respondent ID" in the first, then sub-headings ("Response" or
    "Open-Ended Response"; a blank under "Respondent ID" when every question is multi-choice)."""
    if len(records) < 2:
        return False
    headings = [comparable(cell) for cell in records[0]]
    if "respondent id" not in headings:
        return False
    subs = [comparable(cell) for cell in records[1]]
    id_position = headings.index("respondent id")
    under_id = subs[id_position] if id_position < len(subs) else ""
    return bool({"response", "open-ended response"} & set(subs)) or not under_id


def _metadata_reason(heading: str) -> str | None:
    name = comparable(heading)
    if name in METADATA_REASONS:
        return METADATA_REASONS[name]
    return CUSTOM_DATA_REASON if CUSTOM_DATA.fullmatch(name) else None


@dataclass
class _Columns:
    """Sorts the header's columns into fields, ignored columns and the submitted-at column."""

    fields: list[Field]
    ignored: list[IgnoredColumn]
    submitted_at: Column | None = None

    def metadata(self, column: Column) -> bool:
        """Take `column` if it is a recognised metadata column; True if it was."""
        if comparable(column.heading) in SUBMITTED_AT_HEADINGS and self.submitted_at is None:
            self.submitted_at = column
            return True
        reason = _metadata_reason(column.heading)
        if reason is not None:
            self.ignored.append(IgnoredColumn(column, reason))
        return reason is not None


def _plain_columns(header: list[str], data: list[list[str]]) -> _Columns:
    found = _Columns([], [])
    for index, heading in enumerate(header):
        column = Column(index, heading.strip())
        if found.metadata(column):
            continue
        if not column.heading and all(_cell(row, index) == "" for row in data):
            found.ignored.append(IgnoredColumn(column, "it has no heading and no answers"))
            continue
        found.fields.append(Field(column.heading, (column,)))
    return found


def _surveymonkey_columns(header: list[str], subs: list[str]) -> _Columns:
    """A question's heading is over its first column and blank over the rest of its columns."""
    found = _Columns([], [])
    groups: list[list[Column]] = []
    carried: str | None = None  # the heading that blank cells continue; None after metadata
    for index, raw in enumerate(header):
        heading = raw.strip()
        column = Column(index, heading or carried or "", _cell(subs, index))
        if heading and found.metadata(column):
            carried = None
        elif heading or carried is None:
            groups.append([column])
            carried = heading
        else:
            groups[-1].append(column)
    found.fields = [Field(group[0].heading, tuple(group)) for group in groups]
    return found


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def read_file(content: bytes, max_mb: int) -> ResponseFile:
    """Read `content` as a plain or SurveyMonkey CSV of responses; `UnreadableFile` if it
    cannot be (over `max_mb` MB, empty, not text, or headings with no responses)."""
    check_size(len(content), max_mb)
    text, encoding = decode(content)
    records = _records(text)
    while records and _blank(records[-1]):
        records.pop()
    if not records:
        raise UnreadableFile("The file is empty")
    file_format = FileFormat.SURVEYMONKEY if _is_surveymonkey(records) else FileFormat.PLAIN
    header_rows = 2 if file_format == FileFormat.SURVEYMONKEY else 1
    data = records[header_rows:]
    rows = tuple(
        (number, tuple(cells))
        for number, cells in enumerate(data, start=header_rows + 1)
        if not _blank(cells)
    )
    if not rows:
        raise UnreadableFile("The file has column headings but no responses under them")
    header = records[0]
    if file_format == FileFormat.SURVEYMONKEY:
        columns = _surveymonkey_columns(header, records[1])
    else:
        columns = _plain_columns(header, data)
    return ResponseFile(
        format=file_format,
        encoding=encoding,
        header_rows=header_rows,
        width=len(header),
        fields=tuple(columns.fields),
        ignored=tuple(columns.ignored),
        submitted_at=columns.submitted_at,
        rows=rows,
    )
