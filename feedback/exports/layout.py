"""The columns of a responses export, and how one response's stored answers fill them.

Columns: reference, when submitted, channel, audience and locality; one per question; then, for
each free-text question, its themes, sentiment and redacted text. A free-text question's own
column (the comment as written) is there only for people who may read raw comments (officers and
administrators); for everyone else "Other, please specify" texts are redacted too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from feedback.definitions import question_definition
from feedback.models import FREE_TEXT_TYPES, Decision, Question
from surveys.model import OTHER
from surveys.types import QuestionType, get_type
from theming.redaction import redact

Cell = str | int | Decimal | datetime | None
"""A value in an export: text, a number, a date and time, or nothing (not answered)."""

MULTIPLE_SEPARATOR = "; "
SUGGESTED_MARK = " (suggested)"


@dataclass(frozen=True)
class Reader:
    """Who the export is for: whether they may read raw comments, and the names to redact."""

    raw_text: bool
    redact_names: tuple[str, ...] = ()

    def redacted(self, text: str) -> str:
        """`text` with personal details replaced by placeholders."""
        return redact(text, self.redact_names)

    def shown(self, text: str) -> str:
        """Respondents' `text` as this reader may see it."""
        return text if self.raw_text else self.redacted(text)


@dataclass(frozen=True)
class ExportColumn:
    """A column's heading, and what it holds, for the page that describes the files."""

    heading: str
    description: str


class StoredAnswer(NamedTuple):
    """One stored row of an answer (multiple choice has a row per option chosen)."""

    id: int
    choice: str | None
    number: Decimal | None
    text: str | None


@dataclass(frozen=True)
class CommentFindings:
    """What theming found in comments, by answer id: theme labels by decision, and sentiment."""

    themes: Mapping[int, Sequence[tuple[str, Decision]]]
    sentiments: Mapping[int, str]


@dataclass(frozen=True)
class ResponseFacts:
    """The details of a response that come before its answers."""

    reference: str
    submitted_at: datetime
    channel: str
    audience: str | None
    locality: str | None


RESPONSE_COLUMNS = (
    ExportColumn("Reference", "The response's reference, as the respondent was given it."),
    ExportColumn("Submitted (UTC)", "The date and time the response was stored, in UTC."),
    ExportColumn("Channel", "Online, paper, event or import."),
    ExportColumn("Audience", "Who the respondent is, if known."),
    ExportColumn("Locality", "Where the respondent lives, if they said."),
)


def question_heading(question: Question) -> str:
    """A question's column heading: its text, then its key in brackets."""
    return f"{question.text} [{question.key}]"


def theme_text(themes: Sequence[tuple[str, Decision]]) -> str:
    """Accepted themes, then suggested ones marked "(suggested)", each alphabetically."""
    accepted = sorted(label for label, decision in themes if decision == Decision.ACCEPTED)
    suggested = sorted(label for label, decision in themes if decision == Decision.SUGGESTED)
    return MULTIPLE_SEPARATOR.join([*accepted, *(label + SUGGESTED_MARK for label in suggested)])


@dataclass(frozen=True)
class ExportQuestion:
    """How one question's answers become cells."""

    question: Question
    kind: QuestionType
    labels: Mapping[str, str]
    order: Mapping[str, int]

    @classmethod
    def of(cls, question: Question) -> ExportQuestion:
        kind = get_type(question.type)
        options = kind.options_for(question_definition(question))
        return cls(
            question=question,
            kind=kind,
            labels={option.value: option.label for option in options},
            order={option.value: position for position, option in enumerate(options)},
        )

    @property
    def is_free_text(self) -> bool:
        return self.question.type in FREE_TEXT_TYPES

    def answer_columns(self, raw_text: bool) -> list[ExportColumn]:
        """The question's own column; for free text, only when the reader sees raw comments."""
        heading = question_heading(self.question)
        if not self.is_free_text:
            return [ExportColumn(heading, self._describe())]
        return (
            [ExportColumn(heading, "The comment as the respondent wrote it.")] if raw_text else []
        )

    def analysis_columns(self) -> list[ExportColumn]:
        """What theming found in a free-text question's comments (nothing for other types)."""
        if not self.is_free_text:
            return []
        key = self.question.key
        return [
            ExportColumn(
                f"{key} themes",
                "Themes a person accepted, then themes the machine suggested that nobody has "
                f"decided on yet, marked ‘{SUGGESTED_MARK.strip()}’, separated by ‘;’.",
            ),
            ExportColumn(
                f"{key} sentiment",
                "Negative, mixed, neutral or positive, as the language analysis found "
                "(blank until the comment is analysed).",
            ),
            ExportColumn(
                f"{key} redacted",
                "The comment with names, schools, contact details and dates of birth replaced "
                "by placeholders like [name].",
            ),
        ]

    def _describe(self) -> str:
        kind = self.kind
        if self.question.type == "rating":
            return "The rating given, from 0 to 10."
        if not kind.is_choice:
            return "The number given."
        other = ", with the text after ‘Other: ’" if OTHER in self.labels else ""
        if kind.multiple:
            return f"Every answer chosen, separated by ‘;’{other}."
        return f"The answer chosen{other}."

    def answer_cells(self, rows: Sequence[StoredAnswer], reader: Reader) -> list[Cell]:
        """The cells under `answer_columns` for one response's stored rows of this question."""
        if self.is_free_text:
            return [rows[0].text if rows else None] if reader.raw_text else []
        if not rows:
            return [None]
        first = rows[0]
        if not self.kind.is_choice:
            return [first.number]
        if self.question.type == "rating" and first.number is not None:
            return [int(first.number)]
        chosen = sorted(rows, key=lambda row: (self.order.get(row.choice, len(self.order)), row.id))
        return [MULTIPLE_SEPARATOR.join(self._label(row, reader) for row in chosen)]

    def analysis_cells(
        self, rows: Sequence[StoredAnswer], findings: CommentFindings, reader: Reader
    ) -> list[Cell]:
        """The cells under `analysis_columns`: themes, sentiment and redacted text."""
        if not self.is_free_text:
            return []
        if not rows:
            return [None, None, None]
        comment = rows[0]  # a comment is stored as a single row
        return [
            theme_text(findings.themes.get(comment.id, ())),
            findings.sentiments.get(comment.id),
            reader.redacted(comment.text or ""),
        ]

    def _label(self, row: StoredAnswer, reader: Reader) -> str:
        label = self.labels.get(row.choice, row.choice or "")
        if row.choice == OTHER and row.text:
            return f"{label}: {reader.shown(row.text)}"
        return label


@dataclass(frozen=True)
class ExportLayout:
    """Every column of a survey's responses export, for one reader."""

    questions: tuple[ExportQuestion, ...]
    reader: Reader

    @classmethod
    def of(cls, questions: Sequence[Question], reader: Reader) -> ExportLayout:
        return cls(tuple(ExportQuestion.of(question) for question in questions), reader)

    @property
    def columns(self) -> list[ExportColumn]:
        """The response's details, each question's answers, then the analysis of comments."""
        raw_text = self.reader.raw_text
        return [
            *RESPONSE_COLUMNS,
            *(column for item in self.questions for column in item.answer_columns(raw_text)),
            *(column for item in self.questions for column in item.analysis_columns()),
        ]

    @property
    def headings(self) -> list[str]:
        return [column.heading for column in self.columns]

    @property
    def free_text_question_ids(self) -> list[int]:
        return [item.question.id for item in self.questions if item.is_free_text]

    def row(
        self,
        facts: ResponseFacts,
        answers: Mapping[int, Sequence[StoredAnswer]],
        findings: CommentFindings,
    ) -> list[Cell]:
        """One response as cells, in column order. `answers` are its rows by question id."""
        cells: list[Cell] = [
            facts.reference,
            facts.submitted_at.replace(microsecond=0),
            facts.channel,
            facts.audience,
            facts.locality,
        ]
        for item in self.questions:
            cells += item.answer_cells(answers.get(item.question.id, ()), self.reader)
        for item in self.questions:
            cells += item.analysis_cells(answers.get(item.question.id, ()), findings, self.reader)
        return cells
