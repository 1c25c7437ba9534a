"""Data-level access: which surveys a member of staff may see, and loading them safely.

Views check the role at function level (`roles_required`), then load the survey here and check
the data-level rule (`require_view`, or `require_edit` / `require_manage` for changes).
"""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import ColumnElement, select, true

from feedback.auth.permissions import can_edit_survey, manages_surveys
from feedback.extensions import db
from feedback.models import Question, Role, Section, Survey, SurveyGroup, User


def can_view_survey(user: User, survey: Survey) -> bool:
    """Forum editors see only the surveys their groups co-produce; other staff see every one."""
    if user.role == Role.FORUM_EDITOR:
        return can_edit_survey(user, survey)
    return True


def visible_surveys(user: User) -> ColumnElement[bool]:
    """A filter on `Survey` matching the surveys `user` may see."""
    if user.role != Role.FORUM_EDITOR:
        return true()
    own_groups = [group.id for group in user.groups]
    co_produced = select(SurveyGroup.survey_id).where(SurveyGroup.group_id.in_(own_groups))
    return Survey.id.in_(co_produced)


def load_survey(survey_id: int) -> Survey:
    """The survey with `survey_id`, or a 404 page."""
    return db.get_or_404(Survey, survey_id)


def load_section(survey: Survey, section_id: int) -> Section:
    """A section of `survey`, or a 404 page (also for another survey's section)."""
    section = db.session.get(Section, section_id)
    if section is None or section.survey_id != survey.id:
        abort(404)
    return section


def load_question(survey: Survey, question_id: int) -> Question:
    """A question of `survey`, or a 404 page (also for another survey's question)."""
    question = db.session.get(Question, question_id)
    if question is None or question.survey_id != survey.id:
        abort(404)
    return question


def require_view(survey: Survey) -> None:
    """Abort with 403 unless the current user may see `survey`."""
    if not can_view_survey(current_user, survey):
        abort(403)


def require_manage(survey: Survey) -> None:
    """Abort with 403 unless the current user may open and close `survey`."""
    if not (manages_surveys(current_user) and can_edit_survey(current_user, survey)):
        abort(403)
