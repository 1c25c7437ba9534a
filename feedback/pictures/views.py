"""Routes of the pictures blueprint: a question's picture or symbol, for respondents and staff.

Respondents see pictures of surveys the public may know of (open, closed or archived); staff
see those of any survey they may view, drafts too. Either way the stored bytes are sent with
their stored image type, never sniffed by the browser, with an ETag so an unchanged picture is
answered "304 Not Modified".
"""

from __future__ import annotations

import hashlib

from flask import Response, abort, request
from sqlalchemy import select
from sqlalchemy.orm import undefer

from feedback.auth.permissions import require_view, roles_required
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.models import Question, Survey
from feedback.pictures import bp
from feedback.respond.services import PUBLIC_STATUSES

PUBLIC_MAX_AGE = 3600
"""Seconds a respondent's browser may reuse a picture before asking again."""


def _picture_response(question: Question | None, public: bool) -> Response:
    """The question's picture, or a 404 page when it has none."""
    if question is None or question.picture is None or question.picture_type is None:
        abort(404)
    response = Response(question.picture, mimetype=question.picture_type)
    response.set_etag(hashlib.sha256(question.picture).hexdigest())
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Disposition"] = "inline"
    if public:  # kept for the public's pictures only: feedback.security.headers stores no others
        response.cache_control.public = True
        response.cache_control.max_age = PUBLIC_MAX_AGE
    return response.make_conditional(request)


def _question(*where) -> Question | None:
    query = select(Question).join(Survey, Survey.id == Question.survey_id).where(*where)
    return db.session.scalar(query.options(undefer(Question.picture)))


@bp.get("/surveys/<slug>/questions/<key>/picture")
def question_picture(slug: str, key: str) -> Response:
    """The picture of question `key` of a survey the public may see (404 otherwise)."""
    question = _question(
        Survey.slug == slug, Survey.status.in_(PUBLIC_STATUSES), Question.key == key
    )
    return _picture_response(question, public=True)


@bp.get("/manage/surveys/<int:survey_id>/questions/<int:question_id>/picture")
@roles_required()
def staff_picture(survey_id: int, question_id: int) -> Response:
    """The picture of a question of a survey the signed-in staff member may view."""
    survey = load_survey(survey_id)
    require_view(survey)
    question = _question(Question.id == question_id, Question.survey_id == survey.id)
    return _picture_response(question, public=False)
