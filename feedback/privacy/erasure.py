"""Erasure by response reference: a respondent deletes their own answers with the reference
from their confirmation page. No account, no email: the random reference is the only key."""

from __future__ import annotations

import hashlib
import hmac
import re

from flask import current_app
from sqlalchemy import delete, select

from feedback import audit
from feedback.extensions import db
from feedback.models import Answer, CommentAnalysis, CommentTheme, Response

REFERENCE_LENGTH = 8
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
_REFERENCE = re.compile(rf"[A-Z0-9]{{{REFERENCE_LENGTH}}}")


def normalise_reference(raw: str | None) -> str | None:
    """A reference as stored ("K7QX-4M2P") from what someone typed ("k7qx 4m2p", "K7QX4M2P");
    None when it cannot be one."""
    compact = _SEPARATORS.sub("", raw or "").upper()
    if not _REFERENCE.fullmatch(compact):
        return None
    half = REFERENCE_LENGTH // 2
    return f"{compact[:half]}-{compact[half:]}"


def reference_fingerprint(reference: str) -> str:
    """A keyed hash of a reference for the audit log, so the log never holds it plainly."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, reference.encode(), hashlib.sha256).hexdigest()


def find_response(reference: str) -> Response | None:
    """The response with this (normalised) reference, if there is one."""
    return db.session.scalar(select(Response).where(Response.reference == reference))


def erase_response(response: Response) -> None:
    """Delete a response with its answers and everything made from them, in one transaction,
    and note it in the audit log (the reference only as a keyed hash)."""
    answers = select(Answer.id).where(Answer.response_id == response.id)
    survey_id = response.survey_id
    fingerprint = reference_fingerprint(response.reference)
    for statement in (
        delete(CommentTheme).where(CommentTheme.answer_id.in_(answers)),
        delete(CommentAnalysis).where(CommentAnalysis.answer_id.in_(answers)),
        delete(Answer).where(Answer.response_id == response.id),
        delete(Response).where(Response.id == response.id),
    ):
        db.session.execute(statement, execution_options={"synchronize_session": False})
    audit.record("response.erased", subject=f"survey {survey_id}", reference_hash=fingerprint)
    db.session.commit()
