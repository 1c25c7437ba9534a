"""Come-back-later codes: issuing one for a draft, and bringing the draft back with it.

A code is 12 characters from the reference alphabet (about 2^59 possibilities), shown once as
"XXXX-XXXX-XXXX". Only its SHA-256 is stored, in `Draft.resume_code_hash`, until the code is
used (one time) or expires (`RESUME_CODE_DAYS` after it was given, at the end of that day);
then the draft with its answers is deleted.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from flask import current_app
from sqlalchemy import select, update

from feedback.extensions import db
from feedback.models import Draft, Survey
from feedback.models.columns import utcnow
from feedback.respond.services import REFERENCE_ALPHABET, Journey, adopt_draft
from surveys.types import get_type

CODE_LENGTH = 12
GROUP_LENGTH = 4
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―]+")
_CODE = re.compile(f"[{REFERENCE_ALPHABET}]{{{CODE_LENGTH}}}")


class Outcome(StrEnum):
    """What entering a code did."""

    RESUMED = "resumed"
    EXPIRED = "expired"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class IssuedCode:
    """A new code, to show once, and the last day it works."""

    code: str
    last_day: date


def code_days() -> int:
    """How many days a code works for (`RESUME_CODE_DAYS`)."""
    return int(current_app.config.get("RESUME_CODE_DAYS", 28))


def new_code() -> str:
    """A random code like "7KQX-4M2P-9HTW"."""
    compact = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(
        compact[start : start + GROUP_LENGTH] for start in range(0, CODE_LENGTH, GROUP_LENGTH)
    )


def normalise_code(raw: str | None) -> str | None:
    """A code as typed ("7kqx 4m2p-9htw") without separators, in capitals; None when it cannot
    be a code."""
    compact = _SEPARATORS.sub("", raw or "").upper()
    return compact if _CODE.fullmatch(compact) else None


def code_hash(code: str) -> str:
    """The SHA-256 (hex) stored for a code, however it was typed."""
    compact = normalise_code(code)
    if compact is None:
        raise ValueError("not a come-back-later code")
    return hashlib.sha256(compact.encode()).hexdigest()


def issue_code(draft: Draft) -> IssuedCode:
    """Give `draft` a new code (any earlier one stops working) and keep only its hash."""
    code = new_code()
    last_day = utcnow().date() + timedelta(days=code_days())
    draft.resume_code_hash = code_hash(code)
    draft.resume_expires_at = datetime.combine(last_day + timedelta(days=1), time.min)
    db.session.commit()
    return IssuedCode(code, last_day)


def resume(survey: Survey, code: str) -> Outcome:
    """Bring back the draft of `survey` saved with `code` into this session, using the code up.

    Any other code (another survey's, a used or a made-up one) is NOT_FOUND, so nobody learns
    whether a code exists elsewhere. A code of this survey past its time is EXPIRED, and its
    draft is deleted now if the sweep has not done so already.
    """
    hashed = code_hash(code)
    draft = db.session.scalar(
        select(Draft).where(Draft.resume_code_hash == hashed, Draft.survey_id == survey.id)
    )
    if draft is None:
        return Outcome.NOT_FOUND
    if draft.resume_expires_at <= utcnow():
        db.session.delete(draft)
        db.session.commit()
        return Outcome.EXPIRED
    used = db.session.execute(
        update(Draft)
        .where(Draft.id == draft.id, Draft.resume_code_hash == hashed)
        .values(resume_code_hash=None, resume_expires_at=None, updated_at=utcnow())
    )
    db.session.commit()
    if used.rowcount != 1:  # another request used the code first
        return Outcome.NOT_FOUND
    adopt_draft(survey, draft)
    return Outcome.RESUMED


def keep_answer(journey: Journey, key: str, posted: dict[str, list[str]]) -> None:
    """Save the answer posted with "Save and come back later" when it is valid and not blank;
    otherwise keep what was saved before."""
    if not journey.may_visit(key):
        return
    question = journey.definition.question(key)
    result = get_type(question.type).validate(question, posted)
    if not result.errors and result.answer is not None and not result.answer.is_empty:
        journey.save(key, result.answer)
