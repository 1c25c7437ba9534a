"""Writing an import: stored exactly as online answers are, all or nothing, never twice."""

from __future__ import annotations

import codecs
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.imports import services
from feedback.models import (
    Audience,
    Channel,
    Locality,
    Response,
    ResponseImport,
    Role,
    Survey,
    SurveyStatus,
    User,
)
from tests.factories import every_type_definition, make_staff, make_survey
from tests.feedback.imports.helpers import (
    PLAIN,
    SURVEYMONKEY,
    csv_bytes,
    stored_answers,
    stored_counts,
)


def run_import(app, survey_id: int, content: bytes, **options) -> int:
    """Import `content` into the survey; returns the import's id."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, content)
        assert [str(problem) for problem in examined.problems] == []
        record = services.write_import(
            survey,
            examined,
            filename="responses.csv",
            digest=services.file_digest(content),
            **options,
        )
        return record.id


def test_a_plain_file_is_stored_as_online_answers_are(app):
    survey_id = make_survey(app)
    import_id = run_import(app, survey_id, PLAIN.read_bytes())
    assert stored_answers(app, survey_id) == [
        [
            ("has-ehcp", "yes", None, None),
            ("ehcp-satisfaction", "satisfied", None, None),
            ("school-type", "mainstream", None, None),
            ("services", "salt", None, None),
            ("services", "camhs", None, None),
            ("listened-to", "strongly_agree", None, None),
            ("recommend", "8", Decimal("8.00"), None),
            ("waiting-weeks", None, Decimal("12.00"), None),
            ("one-word", None, None, "Good"),
            ("comments", None, None, "Kind staff, but slow"),
        ],
        [
            ("has-ehcp", "no", None, None),
            ("school-type", "special", None, None),
            ("listened-to", "disagree", None, None),
            ("recommend", "3", Decimal("3.00"), None),
            ("comments", None, None, "Nothing changes"),
        ],
        [
            ("has-ehcp", "yes", None, None),
            ("ehcp-satisfaction", "very_satisfied", None, None),
            ("school-type", "other", None, "Home educated"),
            ("services", "ot", None, None),
            ("listened-to", "dont_know", None, None),
            ("recommend", "10", Decimal("10.00"), None),
            ("waiting-weeks", None, Decimal("1.50"), None),
            ("comments", None, None, "Line one\nline two"),
        ],
        [
            ("has-ehcp", "not_sure", None, None),
            ("school-type", "none", None, None),
            ("listened-to", "agree", None, None),
            ("recommend", "0", Decimal("0.00"), None),
        ],
    ]
    with app.app_context():
        responses = db.session.scalars(select(Response).order_by(Response.id)).all()
        parents = db.session.scalar(select(Audience).where(Audience.slug == "parents-and-carers"))
        assert {response.channel for response in responses} == {Channel.IMPORT}
        assert {response.import_id for response in responses} == {import_id}
        assert {response.audience_id for response in responses} == {parents.id}  # sole audience
        assert [r.locality.slug if r.locality else None for r in responses] == [
            "north", "south", None, None,
        ]  # fmt: skip
        assert len({response.reference for response in responses}) == 4
        assert len({response.submission_token for response in responses}) == 4
        record = db.session.get(ResponseImport, import_id)
        assert (record.filename, record.rows, record.imported_by_id) == ("responses.csv", 4, None)


def test_a_surveymonkey_export_keeps_the_end_date_and_none_of_the_personal_data(app):
    survey_id = make_survey(app)
    run_import(app, survey_id, SURVEYMONKEY.read_bytes(), channel=Channel.ONLINE)
    stored = stored_answers(app, survey_id)
    assert stored[0] == [
        ("has-ehcp", "yes", None, None),
        ("ehcp-satisfaction", "very_satisfied", None, None),
        ("school-type", "mainstream", None, None),
        ("services", "salt", None, None),
        ("services", "camhs", None, None),
        ("listened-to", "agree", None, None),
        ("recommend", "9", Decimal("9.00"), None),
        ("comments", None, None, "More help at school"),
    ]
    assert ("school-type", "other", None, "Home educated") in stored[1]
    every_value = {str(value) for answers in stored for row in answers for value in row}
    assert not every_value & {"jo@example.org", "Jo", "Bloggs", "192.0.2.1", "11402", "ref-7"}
    with app.app_context():
        responses = db.session.scalars(select(Response).order_by(Response.id)).all()
        assert [response.submitted_at for response in responses] == [
            datetime(2026, 11, 3, 10, 15, 2),
            datetime(2026, 11, 4, 14, 30),
            datetime(2026, 10, 1, 9, 0),
        ]
        assert {response.channel for response in responses} == {Channel.ONLINE}


@pytest.mark.parametrize(
    "content",
    [
        codecs.BOM_UTF8 + "has-ehcp,comments\r\nYes,Café staff – “lovely”\r\n".encode(),
        "has-ehcp,comments\r\nYes,Café staff – “lovely”\r\n".encode("cp1252"),
    ],
    ids=["utf-8-bom", "windows-1252"],
)
def test_text_from_bom_and_windows_1252_files_is_stored_as_written(app, content):
    survey_id = make_survey(app)
    run_import(app, survey_id, content)
    assert stored_answers(app, survey_id) == [
        [("has-ehcp", "yes", None, None), ("comments", None, None, "Café staff – “lovely”")]
    ]


def test_audience_and_locality_columns_match_by_slug_or_name(app):
    definition = replace(
        every_type_definition(), audiences=("parents-and-carers", "education-settings")
    )
    survey_id = make_survey(app, definition)
    content = csv_bytes(
        "Audience,locality,has-ehcp",
        "Parents and carers,NORTH,Yes",
        "education-settings,west,No",
        ",Prefer not to say,No",
    )
    run_import(app, survey_id, content)
    with app.app_context():
        responses = db.session.scalars(select(Response).order_by(Response.id)).all()
        assert [r.audience.slug if r.audience else None for r in responses] == [
            "parents-and-carers", "education-settings", None,
        ]  # fmt: skip
        assert [r.locality.slug if r.locality else None for r in responses] == [
            "north", "west", None,
        ]  # fmt: skip


def test_an_audience_the_survey_is_not_for_is_a_problem(app):
    survey_id = make_survey(app)
    content = csv_bytes("audience,has-ehcp", "Education settings,Yes")
    with app.app_context():
        examined = services.examine_file(db.session.get(Survey, survey_id), content)
    assert [str(problem) for problem in examined.problems] == [
        "Row 2, column A (‘audience’): ‘Education settings’ is not one of the answers "
        "(Parents and carers)"
    ]


def test_a_file_with_problems_writes_nothing(app):
    survey_id = make_survey(app)
    content = csv_bytes("has-ehcp,waiting-weeks", "Yes,3", "Yes,lots")
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, content)
        assert len(examined.rows) == 1
        with pytest.raises(services.ImportRefused, match="The file has 1 problem"):
            services.write_import(
                survey, examined, filename="x.csv", digest=services.file_digest(content)
            )
    assert stored_counts(app) == (0, 0, 0)


def test_a_failure_part_way_through_writing_leaves_nothing_behind(app, monkeypatch):
    survey_id = make_survey(app)
    content = csv_bytes("has-ehcp,comments", *[f"Yes,Comment {n}" for n in range(25)])
    monkeypatch.setattr(services, "WRITE_BATCH", 10)
    written = []

    def fail_on_third_batch(count: int) -> None:
        written.append(count)
        if len(written) == 2:
            raise RuntimeError("the database went away")

    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, content)
        with pytest.raises(RuntimeError):
            services.write_import(
                survey,
                examined,
                filename="x.csv",
                digest=services.file_digest(content),
                progress=fail_on_third_batch,
            )
    assert written == [10, 10]
    assert stored_counts(app) == (0, 0, 0)


def test_a_large_file_is_written_in_batches_with_every_row_counted(app, monkeypatch):
    survey_id = make_survey(app)
    monkeypatch.setattr(services, "WRITE_BATCH", 1_000)
    lines = ["has-ehcp,listened-to,Locality"] + [
        f"{'Yes' if n % 3 else 'No'},Agree,{('North', 'South', 'East', 'West')[n % 4]}"
        for n in range(2_500)
    ]
    progress = []
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        content = csv_bytes(*lines)
        examined = services.examine_file(survey, content)
        services.write_import(
            survey,
            examined,
            filename="big.csv",
            digest=services.file_digest(content),
            progress=progress.append,
        )
        east = db.session.scalar(select(Locality.id).where(Locality.slug == "east"))
        from_east = db.session.scalars(select(Response.id).where(Response.locality_id == east))
        assert len(from_east.all()) == 625
    assert progress == [1_000, 1_000, 500]
    assert stored_counts(app) == (2_500, 5_000, 1)


def test_the_same_file_twice_is_refused_naming_when_and_by_whom(app):
    survey_id = make_survey(app)
    email = make_staff(app, Role.OFFICER)
    content = PLAIN.read_bytes()
    with app.app_context():
        user_id = db.session.scalar(select(User.id).where(User.email == email))
    run_import(app, survey_id, content, user_id=user_id)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        record = db.session.scalar(select(ResponseImport))
        record.imported_at = datetime(2026, 3, 5, 14, 7)
        db.session.commit()
        examined = services.examine_file(survey, content)
        with pytest.raises(services.ImportRefused) as refused:
            services.write_import(
                survey, examined, filename="again.csv", digest=services.file_digest(content)
            )
    assert str(refused.value) == (
        "This file was already imported into ‘Your experience of SEND support’ on 5 March 2026 "
        "at 14:07 UTC by Co-production officer (4 responses, as ‘responses.csv’), so it was not "
        "imported again"
    )
    assert stored_counts(app) == (4, 27, 1)


def test_the_same_file_may_go_into_another_survey(app):
    first = make_survey(app)
    second = make_survey(app, every_type_definition("every-type-2"))
    run_import(app, first, PLAIN.read_bytes())
    run_import(app, second, PLAIN.read_bytes())
    assert stored_counts(app) == (8, 54, 2)


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW])
def test_a_survey_whose_questions_can_still_change_takes_no_imports(app, status):
    survey_id = make_survey(app, status=status)
    content = PLAIN.read_bytes()
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, content)
        with pytest.raises(services.ImportRefused, match="so its questions can still change"):
            services.write_import(
                survey, examined, filename="x.csv", digest=services.file_digest(content)
            )
    assert stored_counts(app) == (0, 0, 0)


@pytest.mark.parametrize("status", [SurveyStatus.CLOSED, SurveyStatus.ARCHIVED])
def test_closed_and_archived_surveys_take_imports_of_earlier_responses(app, status):
    survey_id = make_survey(app, status=status)
    run_import(app, survey_id, PLAIN.read_bytes())
    assert stored_counts(app)[0] == 4
