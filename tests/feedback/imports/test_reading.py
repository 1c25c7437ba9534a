"""Reading files of responses: encodings, the two formats, and files refused outright."""

from __future__ import annotations

import codecs
from datetime import datetime

import pytest

from feedback.imports.checking import parse_submitted_at
from feedback.imports.reading import FileFormat, UnreadableFile, column_letter, read_file
from tests.feedback.imports.helpers import PLAIN, SURVEYMONKEY, csv_bytes

MAX_MB = 20


def test_a_plain_csv_has_one_header_row_and_rows_numbered_as_a_spreadsheet_shows_them():
    read = read_file(PLAIN.read_bytes(), MAX_MB)
    assert read.format == FileFormat.PLAIN
    assert read.encoding == "UTF-8"
    assert [field.heading for field in read.fields][:3] == [
        "has-ehcp",
        "HOW SATISFIED are you with your child’s  EHC plan?",
        "school-type",
    ]
    # Row 4 is blank and skipped; the answer on row 5 spans two lines but is one row.
    assert [number for number, _cells in read.rows] == [2, 3, 5, 6]
    assert read.ignored == ()
    assert read.submitted_at is None


def test_a_surveymonkey_export_groups_each_questions_columns_and_sets_metadata_aside():
    read = read_file(SURVEYMONKEY.read_bytes(), MAX_MB)
    assert read.format == FileFormat.SURVEYMONKEY
    assert read.header_rows == 2
    assert [number for number, _cells in read.rows] == [3, 4, 5]
    school = read.fields[2]
    assert school.heading == "What kind of school does your child go to?"
    assert school.letters == "L to M"
    assert [column.sub_heading for column in school.columns] == [
        "Response",
        "Other (please specify)",
    ]
    services = read.fields[3]
    assert [column.name for column in services.columns] == [
        "Which services have you used in the last year? – Speech and language therapy",
        "Which services have you used in the last year? – Occupational therapy",
        "Which services have you used in the last year? – CAMHS",
    ]
    assert read.submitted_at is not None and read.submitted_at.heading == "End Date"
    reasons = {item.column.heading: item.reason for item in read.ignored}
    assert set(reasons) == {
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "Custom Data 1",
    }
    for personal in ("IP Address", "Email Address", "First Name", "Last Name"):
        assert reasons[personal] == "personal data, which is never stored"


def test_a_surveymonkey_export_of_only_multiple_choice_questions_is_still_recognised():
    content = csv_bytes(
        "Respondent ID,End Date,Which services have you used in the last year?,",
        ",,CAMHS,Occupational therapy",
        "1,11/03/2026 10:15:02 AM,CAMHS,",
    )
    read = read_file(content, MAX_MB)
    assert read.format == FileFormat.SURVEYMONKEY
    assert len(read.fields) == 1 and len(read.fields[0].columns) == 2


def test_a_plain_file_with_a_respondent_id_column_is_not_mistaken_for_surveymonkey():
    content = csv_bytes("Respondent ID,has-ehcp", "1,Yes", "2,No")
    read = read_file(content, MAX_MB)
    assert read.format == FileFormat.PLAIN
    assert [number for number, _cells in read.rows] == [2, 3]


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("has-ehcp,comments\nYes,Café – lovely\n".encode(), "UTF-8"),
        (codecs.BOM_UTF8 + "has-ehcp,comments\nYes,Café – lovely\n".encode(), "UTF-8 with BOM"),
        ("has-ehcp,comments\nYes,Café – lovely\n".encode("cp1252"), "Windows-1252"),
    ],
)
def test_utf8_with_or_without_bom_and_windows_1252_are_all_read(content, encoding):
    read = read_file(content, MAX_MB)
    assert read.encoding == encoding
    assert read.fields[0].heading == "has-ehcp"  # no BOM left on the first heading
    assert read.rows == ((2, ("Yes", "Café – lovely")),)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty"),
        (b"\r\n\r\n  \r\n", "The file is empty"),
        (b",,\r\n,,\r\n", "The file is empty"),
        (b"has-ehcp,comments\r\n", "The file has column headings but no responses under them"),
        (b"has-ehcp,comments\r\n,\r\n\r\n", "The file has column headings but no responses"),
        (
            csv_bytes("Respondent ID,has-ehcp", ",Response"),
            "The file has column headings but no responses under them",
        ),
        (
            b"has-ehcp\nYes\nNo \x81\n",
            "The file is not UTF-8 or Windows-1252 text: byte 0x81 on line 3 is not a "
            "character in either. Save it as ‘CSV UTF-8’ and upload it again",
        ),
        ("has-ehcp\nYes\n".encode("utf-16"), "The file is saved as UTF-16 text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "The file is an Excel workbook"),
        (b"has-ehcp\x00\nYes\n", "The file holds binary data, not text"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_the_reason(content, message):
    with pytest.raises(UnreadableFile) as refused:
        read_file(content, MAX_MB)
    assert str(refused.value).startswith(message)


def test_a_50_mb_file_is_refused_before_it_is_decoded(tmp_path):
    big = tmp_path / "responses.csv"
    with big.open("wb") as file:
        file.write(b"has-ehcp\r\n")
        file.write(b"Yes\r\n" * (50 * 1024 * 1024 // 5))
    with pytest.raises(UnreadableFile) as refused:
        read_file(big.read_bytes(), MAX_MB)
    assert str(refused.value) == (
        "The file is 50.0 MB; it must be 20 MB or smaller. "
        "Split it into smaller files and import each of them"
    )


def test_a_file_just_under_the_limit_is_read():
    content = b"has-ehcp\r\n" + b"Yes\r\n" * (1024 * 1024 // 5 - 2)
    assert len(read_file(content, 1).rows) == 1024 * 1024 // 5 - 2


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11/03/2026 10:15:02 AM", datetime(2026, 11, 3, 10, 15, 2)),  # month first
        ("11/03/2026 02:15:02 PM", datetime(2026, 11, 3, 14, 15, 2)),
        ("11/03/2026 14:15", datetime(2026, 11, 3, 14, 15)),
        ("11/03/2026", datetime(2026, 11, 3)),
        ("2026-03-11T10:15:02", datetime(2026, 3, 11, 10, 15, 2)),
        ("2026-03-11 10:15", datetime(2026, 3, 11, 10, 15)),
        ("2026-07-11T10:15:02+01:00", datetime(2026, 7, 11, 9, 15, 2)),  # stored in UTC
    ],
)
def test_end_dates_are_read_as_surveymonkey_and_iso_write_them(raw, expected):
    assert parse_submitted_at(raw) == expected


@pytest.mark.parametrize("raw", ["31/12/2026 10:00:00 AM", "yesterday", "2026-13-01"])
def test_a_date_that_is_not_one_is_refused(raw):
    with pytest.raises(ValueError, match="is not a date and time like 11/03/2026 10:15:02 AM"):
        parse_submitted_at(raw)


@pytest.mark.parametrize(("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_columns_are_named_by_their_spreadsheet_letters(index, letter):
    assert column_letter(index) == letter
