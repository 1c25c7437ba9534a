"""The Charter pledge scorecard: each pledge's measures, themes, actions and co-production record.

Staff see every survey they may see (`visible_surveys`) and every action, published or draft,
with every figure. The public see only surveys whose results are public and published actions,
with small numbers hidden as on the published results pages.

Figures come from the results engine (`survey_results`), once per survey involved. A pledge's
themes are those of the free-text questions linked to it (answers a person checked, and for
staff those the machine suggested too) and those of the actions under it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import selectinload

from feedback.auth.permissions import visible_surveys
from feedback.coproduction.record import Share, co_produced_share
from feedback.extensions import db
from feedback.models import FREE_TEXT_TYPES, Action, Pledge, Question, Survey, SurveyGroup, User
from feedback.models.actions import action_pledge
from feedback.models.surveys import question_pledge
from feedback.published.services import is_public, suppression_threshold
from feedback.reports.publish import PublishRule
from feedback.reports.results import QuestionResult, survey_results
from feedback.reports.waves import Wave
from feedback.scorecard.measures import PledgeMeasure, measures_pledge, pledge_measure

NO_AUDIENCE = "Not recorded"


@dataclass(frozen=True)
class Reader:
    """Who the scorecard is for: which surveys and actions it draws on, and what it may show."""

    surveys: ColumnElement[bool]
    rule: PublishRule
    public: bool

    def actions(self) -> ColumnElement[bool]:
        """A filter on `Action`: published ones only for the public."""
        return Action.published_at.is_not(None) if self.public else true()


def staff_reader(user: User) -> Reader:
    """Staff: the surveys `user` may see, every action, every figure."""
    return Reader(visible_surveys(user), PublishRule(), public=False)


def public_reader() -> Reader:
    """The public: surveys with public results, published actions, small numbers hidden."""
    return Reader(is_public(), PublishRule(suppression_threshold()), public=True)


@dataclass(frozen=True)
class LinkedQuestion:
    """A question linked to a pledge that has no positive answer to report, like free text."""

    survey: Survey
    text: str
    free_text: bool


@dataclass
class RelatedTheme:
    """A theme related to a pledge: how many answers to its free-text questions have it (a
    person checked, or only the machine suggested), and how many of its actions address it."""

    label: str
    checked: int = 0
    suggested: int = 0
    actions: int = 0


@dataclass(frozen=True)
class PledgeCard:
    """Everything the scorecard shows for one pledge."""

    pledge: Pledge
    measures: tuple[PledgeMeasure, ...]
    other_questions: tuple[LinkedQuestion, ...]
    themes: tuple[RelatedTheme, ...]
    actions: tuple[Action, ...]
    surveys: tuple[Survey, ...]

    @property
    def surveys_share(self) -> Share:
        """How many of the surveys under the pledge reached co-production."""
        return co_produced_share([survey.coproduction_level for survey in self.surveys], "surveys")

    @property
    def actions_share(self) -> Share:
        """How many of the actions under the pledge reached co-production."""
        return co_produced_share([action.coproduction_level for action in self.actions], "actions")


def scorecard(reader: Reader) -> list[PledgeCard]:
    """Every pledge, in the Charter's order, with what `reader` may see of it."""
    pledges = db.session.scalars(select(Pledge).order_by(Pledge.position, Pledge.id))
    return pledge_cards(list(pledges), reader)


def pledge_card(slug: str, reader: Reader) -> PledgeCard:
    """The pledge with `slug`, or a 404 page."""
    pledge = db.first_or_404(select(Pledge).where(Pledge.slug == slug))
    return pledge_cards([pledge], reader)[0]


def pledge_cards(pledges: Sequence[Pledge], reader: Reader) -> list[PledgeCard]:
    """A card per pledge, counting each survey involved once."""
    ids = [pledge.id for pledge in pledges]
    questions = _linked_questions(ids, reader)
    results = _results({question.survey for found in questions.values() for question in found})
    actions = _linked_actions(ids, reader)
    return [
        _card(pledge, questions[pledge.id], results, actions[pledge.id], reader)
        for pledge in pledges
    ]


def _linked_questions(pledge_ids: list[int], reader: Reader) -> dict[int, list[Question]]:
    """{pledge id: its questions in the surveys `reader` may see}."""
    rows = db.session.execute(
        select(question_pledge.c.pledge_id, Question)
        .join(Question, Question.id == question_pledge.c.question_id)
        .join(Survey, Survey.id == Question.survey_id)
        .where(question_pledge.c.pledge_id.in_(pledge_ids), reader.surveys)
        .order_by(Survey.title, Question.position, Question.id)
        .options(
            selectinload(Question.options),
            selectinload(Question.survey).selectinload(Survey.audiences),
            selectinload(Question.survey)
            .selectinload(Survey.group_links)
            .selectinload(SurveyGroup.group),
        )
    )
    found: dict[int, list[Question]] = defaultdict(list)
    for pledge_id, question in rows:
        found[pledge_id].append(question)
    return found


def _results(surveys: set[Survey]) -> dict[int, QuestionResult]:
    """Every question's result in `surveys`, by question id."""
    return {result.id: result for survey in surveys for result in survey_results(survey).questions}


def _linked_actions(pledge_ids: list[int], reader: Reader) -> dict[int, list[Action]]:
    """{pledge id: the actions under it that `reader` may see}, by title."""
    rows = db.session.execute(
        select(action_pledge.c.pledge_id, Action)
        .join(Action, Action.id == action_pledge.c.action_id)
        .where(action_pledge.c.pledge_id.in_(pledge_ids), reader.actions())
        .order_by(Action.title, Action.id)
        .options(selectinload(Action.themes), selectinload(Action.groups))
    )
    found: dict[int, list[Action]] = defaultdict(list)
    for pledge_id, action in rows:
        found[pledge_id].append(action)
    return found


def audience_names(survey: Survey) -> str:
    """Who a survey asked, like "Parents and carers"."""
    return ", ".join(audience.name for audience in survey.audiences) or NO_AUDIENCE


def _card(
    pledge: Pledge,
    questions: list[Question],
    results: dict[int, QuestionResult],
    actions: list[Action],
    reader: Reader,
) -> PledgeCard:
    """A pledge's card: its choice questions grouped into measures by key, type and audiences
    (each survey a wave), the rest listed, and the free-text ones giving themes."""
    waves: dict[tuple, list[Wave]] = defaultdict(list)
    others, texts = [], []
    for question in questions:
        result = results[question.id]
        if measures_pledge(result):
            audiences = tuple(audience.id for audience in question.survey.audiences)
            waves[question.key, question.type, audiences].append(Wave(question.survey, result))
        else:
            free_text = question.type in FREE_TEXT_TYPES
            others.append(LinkedQuestion(question.survey, question.text, free_text))
            if free_text:
                texts.append(result)
    measures = sorted(
        (
            pledge_measure(found, audience_names(found[0].survey), reader.rule)
            for found in waves.values()
        ),
        key=lambda measure: (measure.audiences, measure.text),
    )
    return PledgeCard(
        pledge=pledge,
        measures=tuple(measures),
        other_questions=tuple(others),
        themes=related_themes(texts, actions, public=reader.public),
        actions=tuple(actions),
        surveys=tuple(sorted({q.survey for q in questions}, key=lambda s: (s.title, s.id))),
    )


def related_themes(
    texts: Sequence[QuestionResult], actions: Sequence[Action], public: bool
) -> tuple[RelatedTheme, ...]:
    """The themes of a pledge's free-text answers and of its actions, most mentioned first.

    The public see only themes a person checked in an answer, or that an action addresses:
    machine suggestions play no part.
    """
    themes: dict[str, RelatedTheme] = {}
    for result in texts:
        for count in result.themes:
            theme = themes.setdefault(count.slug, RelatedTheme(count.label))
            theme.checked += count.accepted
            if not public:
                theme.suggested += count.suggested
    for action in actions:
        for codebook_theme in action.themes:
            themes.setdefault(codebook_theme.slug, RelatedTheme(codebook_theme.label)).actions += 1
    shown = [theme for theme in themes.values() if not public or theme.checked or theme.actions]
    return tuple(
        sorted(
            shown, key=lambda theme: (-theme.checked, -theme.suggested, -theme.actions, theme.label)
        )
    )
