"""Importing a file of responses into a survey: what it accepts, refusing a file twice, and
writing every response in one transaction, stored exactly as online answers are."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from flask import current_app
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.imports.checking import CheckedRow, Examined, examine
from feedback.imports.matching import Choices, Target, question_target
from feedback.imports.problems import count_problems
from feedback.manage.services import long_date
from feedback.models import (
    Audience,
    Channel,
    Locality,
    Response,
    ResponseImport,
    Survey,
    SurveyStatus,
)
from feedback.models.columns import utcnow
from feedback.models.responses import Answer as AnswerRow
from feedback.respond.services import (
    ABOUT_YOU,
    AUDIENCE_KEY,
    LOCALITY_KEY,
    PREFER_NOT_TO_SAY,
    answer_rows,
    new_reference,
)
from surveys.model import Answer, Option, Question, Section, SurveyDefinition

IMPORTABLE_STATUSES = frozenset({SurveyStatus.OPEN, SurveyStatus.CLOSED, SurveyStatus.ARCHIVED})
WRITE_BATCH = 1_000


class ImportRefused(Exception):
    """Nothing was imported, for the reason in the message."""


def max_mb() -> int:
    """The largest file accepted, in MB (`IMPORT_MAX_MB`)."""
    return int(current_app.config["IMPORT_MAX_MB"])


def refusal(survey: Survey) -> str | None:
    """Why `survey` cannot take imported responses now, or None if it can."""
    if survey.status in IMPORTABLE_STATUSES:
        return None
    return (
        f"‘{survey.title}’ is {survey.status.label.lower()}, so its questions can still change. "
        "Responses can only be imported once a survey is open: open it first (with an opening "
        "date in the future if respondents should not see it yet)"
    )


# What a survey accepts ------------------------------------------------------------------------


def _about_you(survey: Survey) -> tuple[Question, Question]:
    """Audience and locality as choice questions, so they are matched like any answer."""
    audiences = survey.audiences or db.session.scalars(select(Audience).order_by(Audience.position))
    localities = db.session.scalars(select(Locality).order_by(Locality.position))
    return (
        Question(
            key=AUDIENCE_KEY,
            type="single_choice",
            text="Audience",
            options=tuple(Option(audience.slug, audience.name) for audience in audiences),
        ),
        Question(
            key=LOCALITY_KEY,
            type="single_choice",
            text="Locality",
            options=(
                *(Option(locality.slug, locality.name) for locality in localities),
                Option(PREFER_NOT_TO_SAY, "Prefer not to say"),
            ),
        ),
    )


@dataclass(frozen=True)
class Setup:
    """What a survey accepts: its questions (About-you first) and what columns may match."""

    definition: SurveyDefinition
    targets: tuple[Target, ...]


def survey_setup(survey: Survey) -> Setup:
    """The questions of `survey` a file can answer, with "audience" and "locality" first."""
    audience, locality = _about_you(survey)
    definition = definition_from_survey(survey)
    definition = replace(
        definition, sections=(Section(ABOUT_YOU, (audience, locality)), *definition.sections)
    )
    targets = (
        question_target(audience, ("audience",), "Audience (who answered)"),
        question_target(locality, ("locality",), "Locality (where they live)"),
        *(question_target(question) for question in definition.questions[2:]),
    )
    return Setup(definition, targets)


def examine_file(survey: Survey, content: bytes, choices: Choices | None = None) -> Examined:
    """Read, match and check `content` against `survey`, writing nothing."""
    setup = survey_setup(survey)
    return examine(content, max_mb(), setup.definition, setup.targets, choices)


# Refusing the same file twice -----------------------------------------------------------------


def file_digest(content: bytes) -> str:
    """The SHA-256 of a file, which identifies it however it is named."""
    return hashlib.sha256(content).hexdigest()


def earlier_import(survey: Survey, digest: str) -> ResponseImport | None:
    """The import of the file with `digest` into `survey`, if there was one."""
    return db.session.scalar(
        select(ResponseImport).where(
            ResponseImport.survey_id == survey.id, ResponseImport.file_sha256 == digest
        )
    )


def already_imported(survey: Survey, digest: str) -> str | None:
    """Why the file with `digest` cannot go into `survey` again, or None if it never has."""
    earlier = earlier_import(survey, digest)
    if earlier is None:
        return None
    who = earlier.imported_by.name if earlier.imported_by else "someone at the command line"
    when = f"{long_date(earlier.imported_at)} at {earlier.imported_at:%H:%M} UTC"
    return (
        f"This file was already imported into ‘{survey.title}’ on {when} by {who} "
        f"({earlier.rows:,} responses, as ‘{earlier.filename}’), so it was not imported again"
    )


def imports_of(survey: Survey) -> list[ResponseImport]:
    """The files imported into `survey`, newest first."""
    return list(
        db.session.scalars(
            select(ResponseImport)
            .where(ResponseImport.survey_id == survey.id)
            .order_by(ResponseImport.imported_at.desc(), ResponseImport.id.desc())
        )
    )


# Writing --------------------------------------------------------------------------------------


def _unused_references(count: int) -> list[str]:
    """`count` new response references, none already taken."""
    chosen: set[str] = set()
    while len(chosen) < count:
        fresh = {new_reference() for _ in range(count - len(chosen))} - chosen
        taken = db.session.scalars(select(Response.reference).where(Response.reference.in_(fresh)))
        chosen |= fresh - set(taken)
    return sorted(chosen)


def _chosen_id(row: CheckedRow, key: str, ids: dict[str, int]) -> int | None:
    """The id of the audience or locality a row chose (None for none or "Prefer not to say")."""
    answer = row.answers.get(key)
    return ids.get(answer.choices[0]) if answer and answer.choices else None


ANSWER_COLUMNS = ("response_id", "question_id", "choice", "number", "text")


def _insert_answers(answers: list[dict]) -> None:
    """Insert answer rows in the session's transaction: with COPY on PostgreSQL (ten times
    faster than one INSERT per row, which is what psycopg's executemany sends), else in one
    executemany."""
    connection = db.session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(AnswerRow.__table__), answers)
        return
    copy_sql = f"COPY answer ({', '.join(ANSWER_COLUMNS)}) FROM STDIN"
    with connection.connection.driver_connection.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for answer in answers:
            copy.write_row(tuple(answer[column] for column in ANSWER_COLUMNS))


class _Writer:
    """Writes one import's rows a batch at a time, one INSERT of responses and one of answers
    per batch (Core inserts: the ORM would split a batch wherever a column is NULL)."""

    def __init__(self, survey: Survey, record: ResponseImport, channel: Channel) -> None:
        self.survey_id = survey.id
        self.import_id = record.id
        self.channel = channel
        self.question_ids = {question.key: question.id for question in survey.questions}
        self.audience_ids = dict(db.session.execute(select(Audience.slug, Audience.id)).all())
        self.locality_ids = dict(db.session.execute(select(Locality.slug, Locality.id)).all())
        self.sole_audience = survey.audiences[0].id if len(survey.audiences) == 1 else None
        self.shapes: dict[tuple[int, Answer], list[dict]] = {}

    def _stored(self, question_id: int, answer: Answer) -> list[dict]:
        """An answer's stored rows, from `answer_rows` as online answers are; remembered,
        because most answers repeat and building the rows is the slow part."""
        shape = self.shapes.get((question_id, answer))
        if shape is None:
            shape = [
                {
                    "question_id": row.question_id,
                    "choice": row.choice,
                    "number": row.number,
                    "text": row.text,
                }
                for row in answer_rows(question_id, answer)
            ]
            self.shapes[(question_id, answer)] = shape
        return shape

    def write(self, rows: Sequence[CheckedRow]) -> None:
        """Store `rows` as responses with their answers."""
        now = utcnow()
        responses = [
            {
                "survey_id": self.survey_id,
                "reference": reference,
                "submission_token": secrets.token_urlsafe(32),
                "submitted_at": row.submitted_at or now,
                "channel": self.channel,
                "audience_id": self.sole_audience
                or _chosen_id(row, AUDIENCE_KEY, self.audience_ids),
                "locality_id": _chosen_id(row, LOCALITY_KEY, self.locality_ids),
                "import_id": self.import_id,
            }
            for row, reference in zip(rows, _unused_references(len(rows)), strict=True)
        ]
        table = Response.__table__
        stored = db.session.execute(
            insert(table).returning(table.c.submission_token, table.c.id), responses
        )
        response_ids = dict(stored.all())
        answers = [
            {"response_id": response_ids[response["submission_token"]], **stored_row}
            for row, response in zip(rows, responses, strict=True)
            for key, answer in row.answers.items()
            if key in self.question_ids
            for stored_row in self._stored(self.question_ids[key], answer)
        ]
        _insert_answers(answers)


def write_import(
    survey: Survey,
    examined: Examined,
    *,
    filename: str,
    digest: str,
    channel: Channel = Channel.IMPORT,
    user_id: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ResponseImport:
    """Store every row of `examined` as a response of `survey`, all in one transaction.

    Raises `ImportRefused` (writing nothing) if the file has problems, the survey cannot take
    imports, or the file was imported before. `progress` is told how many rows each batch wrote.
    """
    if examined.problems:
        raise ImportRefused(f"The file has {count_problems(len(examined.problems))}")
    reason = refusal(survey) or already_imported(survey, digest)
    if reason:
        raise ImportRefused(reason)
    rows = examined.rows
    record = ResponseImport(
        survey_id=survey.id,
        file_sha256=digest,
        filename=filename[:255],
        rows=len(rows),
        imported_by_id=user_id,
    )
    try:
        db.session.add(record)
        db.session.flush()
        writer = _Writer(survey, record, channel)
        for start in range(0, len(rows), WRITE_BATCH):
            batch = rows[start : start + WRITE_BATCH]
            writer.write(batch)
            if progress is not None:
                progress(len(batch))
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        reason = already_imported(survey, digest)
        if reason is None:
            raise
        raise ImportRefused(reason) from None
    except BaseException:
        db.session.rollback()
        raise
    return record
