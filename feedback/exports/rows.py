"""Reading a survey's responses for export, a chunk at a time, so memory stays flat.

Responses are read in id order by keyset pagination (`id > last id seen`), `CHUNK_SIZE` at a
time; each chunk's answers, themes and sentiments are then read with one query each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import select

from feedback.exports.layout import (
    Cell,
    CommentFindings,
    ExportLayout,
    ResponseFacts,
    StoredAnswer,
)
from feedback.extensions import db
from feedback.models import (
    Answer,
    Audience,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    Locality,
    Response,
    Survey,
)

CHUNK_SIZE = 1_000


def _names(model) -> dict[int, str]:
    return {row.id: row.name for row in db.session.execute(select(model.id, model.name))}


def _answers(response_ids: Sequence[int]) -> dict[int, dict[int, list[StoredAnswer]]]:
    """{response id: {question id: its stored rows}} for the responses."""
    rows = db.session.execute(
        select(
            Answer.response_id,
            Answer.question_id,
            Answer.id,
            Answer.choice,
            Answer.number,
            Answer.text,
        )
        .where(Answer.response_id.in_(response_ids))
        .order_by(Answer.id)
    )
    answers: dict = defaultdict(lambda: defaultdict(list))
    for response_id, question_id, *stored in rows:
        answers[response_id][question_id].append(StoredAnswer(*stored))
    return answers


def _findings(response_ids: Sequence[int], question_ids: Sequence[int]) -> CommentFindings:
    """Themes (accepted or suggested) and sentiment of the responses' free-text answers."""
    if not question_ids:
        return CommentFindings({}, {})
    comments = select(Answer.id).where(
        Answer.response_id.in_(response_ids), Answer.question_id.in_(question_ids)
    )
    themes: dict[int, list] = defaultdict(list)
    for answer_id, label, decision in db.session.execute(
        select(CommentTheme.answer_id, CodebookTheme.label, CommentTheme.decision)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(
            CommentTheme.answer_id.in_(comments),
            CommentTheme.decision.in_([Decision.ACCEPTED, Decision.SUGGESTED]),
        )
    ):
        themes[answer_id].append((label, decision))
    sentiments = {
        answer_id: sentiment.value
        for answer_id, sentiment in db.session.execute(
            select(CommentAnalysis.answer_id, CommentAnalysis.sentiment).where(
                CommentAnalysis.answer_id.in_(comments)
            )
        )
    }
    return CommentFindings(themes, sentiments)


def response_rows(survey: Survey, layout: ExportLayout) -> Iterator[list[Cell]]:
    """Every response to `survey` as a row of cells in `layout`'s column order, oldest first."""
    audiences, localities = _names(Audience), _names(Locality)
    last_id = 0
    while True:
        chunk = db.session.execute(
            select(
                Response.id,
                Response.reference,
                Response.submitted_at,
                Response.channel,
                Response.audience_id,
                Response.locality_id,
            )
            .where(Response.survey_id == survey.id, Response.id > last_id)
            .order_by(Response.id)
            .limit(CHUNK_SIZE)
        ).all()
        if not chunk:
            return
        ids = [row.id for row in chunk]
        answers = _answers(ids)
        findings = _findings(ids, layout.free_text_question_ids)
        for row in chunk:
            facts = ResponseFacts(
                reference=row.reference,
                submitted_at=row.submitted_at,
                channel=row.channel.label,
                audience=audiences.get(row.audience_id),
                locality=localities.get(row.locality_id),
            )
            yield layout.row(facts, answers.get(row.id, {}), findings)
        last_id = ids[-1]
