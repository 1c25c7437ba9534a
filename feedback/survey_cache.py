"""What respondents read of a survey, worked out once per version of the survey and kept in
memory by each process.

Every public page of a survey needs its questions as the engine sees them, in the respondent's
language. Building that means loading the survey's sections, questions, options and translations
(7 queries or more) and checking each translation is complete. It changes only when staff edit
the survey, so `survey_cached` keeps each result under the survey's id and `updated_at`, in
each app (each process has its own).

The version is kept honest here: before each flush, any change to a survey's sections,
questions, options or translations (or to which audiences it has) moves that survey's
`updated_at` on, so every process's next page misses its cache and builds the new content. A
change rolled back leaves a key that never comes round again.

Only what is drawn from the survey's own rows (and the slugs of its audiences, pledges and areas,
which never change) may be cached. The names of audiences and localities are edited in
settings, so the "About you" questions are built on every page.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from flask import current_app
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from feedback.models import Question, QuestionOption, Section, Survey, SurveyTranslation
from feedback.models.columns import utcnow

T = TypeVar("T")
MAX_ENTRIES = 512
"""Enough for every version of every open survey in each language, several times over."""


class SurveyCache:
    """Recently built survey content, least recently used dropped first; safe across threads."""

    def __init__(self) -> None:
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The value kept under `key`, or `build()` kept under it now."""
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]  # type: ignore[return-value]
        value = build()
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > MAX_ENTRIES:
                self._entries.popitem(last=False)
        return value


def survey_cached(survey: Survey, part: Hashable, build: Callable[[], T]) -> T:
    """`build()` for `part` of `survey` (its English definition, a language's translation…),
    from the app's cache when the survey has not changed since it was built. Each app has its
    own cache, so apps on different databases never share one."""
    session = inspect(survey).session
    if session is not None and (session.new or session.dirty or session.deleted):
        session.flush()  # so unflushed edits move updated_at on before it is read
    cache = current_app.extensions.get("survey_cache")
    if cache is None:
        cache = current_app.extensions.setdefault("survey_cache", SurveyCache())
    return cache.get((survey.id, survey.updated_at, part), build)


def _owning_survey(session: Session, record: object) -> Survey | None:
    """The survey a changed section, question, option or translation belongs to."""
    if isinstance(record, QuestionOption):
        record = record.question
        if record is None:
            return None
    if isinstance(record, Question) and record.survey is None and record.section is not None:
        record = record.section
    survey = getattr(record, "survey", None)
    if survey is None and getattr(record, "survey_id", None) is not None:
        survey = session.get(Survey, record.survey_id)
    return survey


CONTENT = (Section, Question, QuestionOption, SurveyTranslation)


@event.listens_for(Session, "before_flush")
def _new_version_of_changed_surveys(session: Session, _context, _instances) -> None:
    """Move on `updated_at` of every survey whose content this flush changes."""
    changed = {*session.new, *session.dirty, *session.deleted}
    surveys = {
        _owning_survey(session, record)
        for record in changed
        if isinstance(record, CONTENT)
        and (record not in session.dirty or session.is_modified(record))
    }
    surveys |= {
        record
        for record in session.dirty
        if isinstance(record, Survey) and session.is_modified(record)
    }
    now = utcnow()
    for survey in surveys - {None}:
        if survey not in session.new and survey not in session.deleted:  # new: nothing cached
            survey.updated_at = now
