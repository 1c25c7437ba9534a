"""Loading a survey and its parts from ids in a URL, refusing ids that belong elsewhere.

Views check the role at function level (`roles_required`), load the survey here, then check the
data-level rule from `feedback.auth.permissions` (`require_view`, `require_edit`, `require_manage`).
"""

from __future__ import annotations

from flask import abort

from feedback.extensions import db
from feedback.models import Question, Section, Survey


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
