"""Writing export rows as CSV (streamed) and XLSX, safe to open in a spreadsheet.

Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
return) gets a leading single quote, in both formats. The CSV is UTF-8 with a byte order mark,
so Excel reads its accents and curly quotes; the XLSX is written with openpyxl's write-only
mode, which keeps memory flat.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from feedback.exports.layout import Cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"
CSV_FLUSH_CHARACTERS = 64 * 1024
SHEET_TITLE = "Responses"


def safe_text(text: str) -> str:
    """`text`, with a leading single quote if a spreadsheet would take it for a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def plain_number(number: Decimal) -> str:
    """A number as digits, without exponent, thousands commas or trailing zeros."""
    return f"{number.normalize():f}"


def csv_cell(value: Cell) -> str:
    """A cell as CSV text: numbers and times as written, text made safe."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, Decimal):
        return plain_number(value)
    if isinstance(value, int):
        return str(value)
    return safe_text(value)


def csv_chunks(headings: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Iterator[str]:
    """The CSV text in pieces of about 64 KB, byte order mark first, for streaming."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BYTE_ORDER_MARK)
    writer.writerow([safe_text(heading) for heading in headings])
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
        if buffer.tell() >= CSV_FLUSH_CHARACTERS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def xlsx_value(value: Cell) -> str | int | float | datetime | None:
    """A cell as an XLSX value: numbers stay numbers, text is made safe and printable."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", safe_text(value))
    return value


def write_xlsx(headings: Sequence[str], rows: Iterable[Sequence[Cell]], target: IO[bytes]) -> None:
    """Write a workbook with one sheet: bold headings (frozen at the top), then the rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for heading in headings:
        cell = WriteOnlyCell(sheet, value=xlsx_value(heading))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([xlsx_value(value) for value in row])
    workbook.save(target)
