"""Converting between stored surveys and the engine's `SurveyDefinition`.

The survey engine (`surveys/`) knows nothing of the database; this module is the only bridge.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Area,
    Audience,
    Pledge,
    Question,
    QuestionOption,
    Section,
    Survey,
    SurveyStatus,
)
from surveys.model import Condition, Operator, Option, SurveyDefinition
from surveys.model import Question as QuestionDefinition
from surveys.model import Section as SectionDefinition


def question_definition(question: Question) -> QuestionDefinition:
    """The engine's view of one stored question."""
    condition = None
    if question.condition_question:
        condition = Condition(
            question=question.condition_question,
            operator=Operator(question.condition_operator),
            value=question.condition_value or "",
        )
    return QuestionDefinition(
        key=question.key,
        type=question.type,
        text=question.text,
        required=question.required,
        hint=question.hint or "",
        easy_read=question.easy_read or "",
        has_picture=question.picture_type is not None,
        picture_alt=question.picture_alt or "",
        options=tuple(Option(option.value, option.label) for option in question.options),
        allow_other=question.allow_other,
        minimum=question.minimum,
        maximum=question.maximum,
        condition=condition,
        pledges=tuple(pledge.slug for pledge in question.pledges),
        areas=tuple(area.slug for area in question.areas),
    )


def definition_from_survey(survey: Survey) -> SurveyDefinition:
    """The engine's view of a stored survey, in the order respondents meet it."""
    return SurveyDefinition(
        slug=survey.slug,
        title=survey.title,
        purpose=survey.purpose or "",
        what_happens_next=survey.what_happens_next or "",
        audiences=tuple(audience.slug for audience in survey.audiences),
        sections=tuple(
            SectionDefinition(
                title=section.title,
                questions=tuple(question_definition(q) for q in section.questions),
            )
            for section in survey.sections
        ),
    )


def known_slugs() -> dict[str, set[str]]:
    """The audience, pledge and area slugs this installation has, for validating imports."""
    return {
        "audiences": set(db.session.scalars(select(Audience.slug))),
        "pledges": set(db.session.scalars(select(Pledge.slug))),
        "areas": set(db.session.scalars(select(Area.slug))),
    }


def _by_slug(model, slugs: Iterable[str]) -> list:
    slugs = list(slugs)
    if not slugs:
        return []
    rows = db.session.scalars(select(model).where(model.slug.in_(slugs)))
    found = {row.slug: row for row in rows}
    return [found[slug] for slug in slugs]


def apply_question(question: Question, definition: QuestionDefinition) -> None:
    """Copy an engine question's content onto a stored question (options replaced)."""
    question.key = definition.key
    question.type = definition.type
    question.text = definition.text
    question.required = definition.required
    question.hint = definition.hint
    question.easy_read = definition.easy_read
    question.allow_other = definition.allow_other
    question.minimum = definition.minimum
    question.maximum = definition.maximum
    condition = definition.condition
    question.condition_question = condition.question if condition else None
    question.condition_operator = condition.operator.value if condition else None
    question.condition_value = condition.value if condition else None
    question.options = [
        QuestionOption(value=option.value, label=option.label, position=index)
        for index, option in enumerate(definition.options)
    ]
    question.pledges = _by_slug(Pledge, definition.pledges)
    question.areas = _by_slug(Area, definition.areas)


def survey_from_definition(
    definition: SurveyDefinition, status: SurveyStatus = SurveyStatus.DRAFT
) -> Survey:
    """A new stored survey (added to the session, not committed) built from a definition.

    The definition must already be validated against `known_slugs()`.
    """
    survey = Survey(
        slug=definition.slug,
        title=definition.title,
        purpose=definition.purpose,
        what_happens_next=definition.what_happens_next,
        status=status,
        audiences=_by_slug(Audience, definition.audiences),
    )
    for section_index, section_definition in enumerate(definition.sections):
        section = Section(title=section_definition.title, position=section_index)
        survey.sections.append(section)
        for question_index, question_definition_ in enumerate(section_definition.questions):
            question = Question(position=question_index, survey=survey)
            apply_question(question, question_definition_)
            section.questions.append(question)
    db.session.add(survey)
    return survey
