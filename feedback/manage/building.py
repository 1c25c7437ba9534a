"""A survey's structure: sections and questions, their order, and the skip logic between them.

Functions that complete a user's action commit; those returning refusals change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from feedback.definitions import apply_question, definition_from_survey, question_definition
from feedback.extensions import db
from feedback.models import Question, Section, Survey
from surveys.model import Operator, SurveyDefinition
from surveys.model import Question as QuestionDefinition
from surveys.model import Section as SectionDefinition
from surveys.types import format_number, get_type

UP, DOWN = "up", "down"
FIVE_POINT_TYPES = frozenset({"agreement", "satisfaction"})
"""Scales too fine for many young people: a young people's survey should use faces or Yes/No."""


def numbered(survey: Survey) -> dict[int, int]:
    """Each question's number (1, 2, 3… across sections) by question id."""
    return {question.id: number for number, question in enumerate(survey.questions, 1)}


def name_of(number: int, question: Question | QuestionDefinition, capital: bool = False) -> str:
    """How pages refer to a question: "question 3 (‘How satisfied are you…?’)"."""
    return f"{'Q' if capital else 'q'}uestion {number} (‘{question.text}’)"


def asked_when(definition: SurveyDefinition, question: QuestionDefinition) -> str:
    """The question's skip logic in words, like "Only if ‘Do you…?’ is Yes"."""
    condition = question.condition
    if condition is None:
        return "Always"
    verb = "is" if condition.operator == Operator.IS else "is not"
    try:
        source = definition.question(condition.question)
    except KeyError:
        return f"Only if the answer to ‘{condition.question}’ {verb} {condition.value}"
    labels = {option.value: option.label for option in get_type(source.type).options_for(source)}
    return f"Only if ‘{source.text}’ {verb} {labels.get(condition.value, condition.value)}"


def number_range(question: QuestionDefinition) -> str:
    """The numbers a number question accepts, like "From 0 to 520" (empty when any)."""
    low, high = question.minimum, question.maximum
    if low is not None and high is not None:
        return f"From {format_number(low)} to {format_number(high)}"
    if low is not None:
        return f"{format_number(low)} or more"
    if high is not None:
        return f"{format_number(high)} or less"
    return ""


# The survey page's outline -------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionLine:
    """One question as the survey page lists it."""

    id: int
    number: int
    definition: QuestionDefinition
    type_label: str
    asked_when: str
    number_range: str
    measures: list[str]
    can_move_up: bool
    can_move_down: bool


@dataclass(frozen=True)
class SectionOutline:
    """One section as the survey page lists it."""

    id: int
    title: str
    questions: list[QuestionLine]


def outline(survey: Survey) -> list[SectionOutline]:
    """The survey's sections and numbered questions, in the order respondents meet them."""
    definition = definition_from_survey(survey)
    numbers = numbered(survey)
    last_section = len(survey.sections) - 1
    outlines = []
    for index, (section, section_definition) in enumerate(
        zip(survey.sections, definition.sections, strict=True)
    ):
        last_question = len(section.questions) - 1
        lines = [
            QuestionLine(
                id=question.id,
                number=numbers[question.id],
                definition=question_def,
                type_label=get_type(question.type).label,
                asked_when=asked_when(definition, question_def),
                number_range=number_range(question_def),
                measures=[pledge.title for pledge in question.pledges]
                + [f"{area.number}. {area.name}" for area in question.areas],
                can_move_up=index > 0 or position > 0,
                can_move_down=index < last_section or position < last_question,
            )
            for position, (question, question_def) in enumerate(
                zip(section.questions, section_definition.questions, strict=True)
            )
        ]
        outlines.append(SectionOutline(section.id, section.title, lines))
    return outlines


def five_point_lines(sections: list[SectionOutline]) -> list[QuestionLine]:
    """The questions using a 5-point scale, which a young people's survey should not."""
    return [
        line
        for section in sections
        for line in section.questions
        if line.definition.type in FIVE_POINT_TYPES
    ]


@dataclass(frozen=True)
class EasyReadCoverage:
    """How many of a survey's questions have easy read wording, and a picture."""

    questions: int
    easy_read: int
    pictures: int


def easy_read_coverage(sections: list[SectionOutline]) -> EasyReadCoverage:
    """Counts of the questions with easy read wording and with a picture, to show the gaps."""
    lines = [line.definition for section in sections for line in section.questions]
    return EasyReadCoverage(
        questions=len(lines),
        easy_read=sum(1 for question in lines if question.easy_read),
        pictures=sum(1 for question in lines if question.has_picture),
    )


# Sections ------------------------------------------------------------------------------------


def _renumber(items: list[Section] | list[Question]) -> None:
    for position, item in enumerate(items):
        item.position = position


def add_section(survey: Survey, title: str) -> Section:
    """A new section at the end of the survey."""
    section = Section(title=title, position=len(survey.sections))
    survey.sections.append(section)
    db.session.commit()
    return section


def rename_section(section: Section, title: str) -> None:
    """Give a section a new title."""
    section.title = title
    db.session.commit()


def section_deletion_blockers(section: Section) -> list[str]:
    """Why `section` cannot be deleted (empty when it can)."""
    survey = section.survey
    if len(survey.sections) == 1:
        return ["A survey needs at least one section. You can rename this one instead."]
    inside = {question.key for question in section.questions}
    numbers = numbered(survey)
    return [
        f"{name_of(numbers[question.id], question, capital=True)} in another section is only "
        f"asked depending on the answer to a question in this section. "
        "Change its skip logic first."
        for question in survey.questions
        if question.section is not section and question.condition_question in inside
    ]


def delete_section(section: Section) -> None:
    """Delete a section and its questions (check `section_deletion_blockers` first)."""
    survey = section.survey
    survey.sections.remove(section)
    _renumber(survey.sections)
    db.session.commit()


# Questions -----------------------------------------------------------------------------------


def dependents(survey: Survey, key: str) -> list[tuple[int, Question]]:
    """The numbered questions whose skip logic refers to the question with `key`."""
    return [
        (number, question)
        for number, question in enumerate(survey.questions, 1)
        if question.condition_question == key
    ]


def question_deletion_blockers(question: Question) -> list[str]:
    """Why `question` cannot be deleted: other questions' skip logic depends on it."""
    return [
        f"{name_of(number, dependent, capital=True)} is only asked depending on the answer to "
        "this question. Change its skip logic first."
        for number, dependent in dependents(question.survey, question.key)
    ]


def delete_question(question: Question) -> None:
    """Delete a question (check `question_deletion_blockers` first)."""
    section = question.section
    section.questions.remove(question)
    _renumber(section.questions)
    db.session.commit()


def move_question(question: Question, direction: str) -> str | None:
    """Move a question one place up or down, into the next section at a section's edge.

    Returns why it cannot move (a question may not go before the one its skip logic reads).
    """
    survey = question.survey
    columns = [list(section.questions) for section in survey.sections]
    here = survey.sections.index(question.section)
    position = columns[here].index(question)
    step = -1 if direction == UP else 1
    neighbour = position + step
    if 0 <= neighbour < len(columns[here]):
        other = columns[here][neighbour]
        earlier, later = (other, question) if direction == UP else (question, other)
        if later.condition_question == earlier.key:
            return (
                f"‘{later.text}’ cannot go before ‘{earlier.text}’, because it is only asked "
                "depending on the answer to it. Change its skip logic first."
            )
        columns[here][position], columns[here][neighbour] = other, question
        _renumber(columns[here])
    else:
        there = here + step
        if not 0 <= there < len(columns):
            return None
        columns[here].remove(question)
        columns[there].insert(len(columns[there]) if direction == UP else 0, question)
        question.section = survey.sections[there]
        _renumber(columns[here])
        _renumber(columns[there])
    db.session.commit()
    return None


def definition_with(
    survey: Survey, section: Section, question: Question | None, edited: QuestionDefinition
) -> tuple[SurveyDefinition, str]:
    """The survey's definition with `edited` replacing `question` (or added at the end of
    `section` when `question` is None), and the JSON path of `edited` in it."""
    sections = []
    path = ""
    for s, stored_section in enumerate(survey.sections):
        questions = [
            edited if stored is question else question_definition(stored)
            for stored in stored_section.questions
        ]
        if question is None and stored_section is section:
            questions.append(edited)
        if question is not None and question.section is stored_section:
            path = f"$.survey.sections[{s}].questions[{stored_section.questions.index(question)}]"
        elif question is None and stored_section is section:
            path = f"$.survey.sections[{s}].questions[{len(questions) - 1}]"
        sections.append(SectionDefinition(stored_section.title, tuple(questions)))
    return replace(definition_from_survey(survey), sections=tuple(sections)), path


@dataclass(frozen=True)
class PictureChange:
    """What happens to a question's picture: kept (no data), replaced by `data`, or removed."""

    alt: str = ""
    data: bytes | None = None
    mimetype: str | None = None
    remove: bool = False

    def apply(self, question: Question) -> None:
        """Store the change on `question` (not committed)."""
        if self.remove:
            question.picture, question.picture_type, question.picture_alt = None, None, ""
            return
        if self.data is not None:
            question.picture, question.picture_type = self.data, self.mimetype
        question.picture_alt = self.alt if question.picture_type else ""


def save_question(
    survey: Survey,
    section: Section,
    question: Question | None,
    edited: QuestionDefinition,
    picture: PictureChange | None = None,
) -> Question:
    """Store `edited` as a new question at the end of `section`, or over `question`, with the
    picture change, if any.

    A changed key is followed by the skip logic of the questions that refer to it.
    """
    if question is None:
        question = Question(survey=survey, position=len(section.questions))
        section.questions.append(question)
    else:
        for _number, dependent in dependents(survey, question.key):
            dependent.condition_question = edited.key
        question.options.clear()
        db.session.flush()  # old option values go before new rows reuse them
    apply_question(question, edited)
    if picture is not None:
        picture.apply(question)
    db.session.commit()
    return question
