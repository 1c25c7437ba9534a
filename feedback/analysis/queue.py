"""The review queue: analysed comments, filtered and paginated, with fresh suggestions.

Each time a page of the queue is shown, its unreviewed English comments are scored again with
the request's suggester (trained on every human decision so far), and their stored suggestions
replaced where they differ. So a theme an officer has just added to one comment shows up as a
suggestion on similar comments straight away, without a `themes run`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from feedback.analysis.learning import request_suggester, store_suggestions
from feedback.analysis.services import display_text
from feedback.extensions import db
from feedback.models import (
    Answer,
    Audience,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    Locality,
    Question,
    Response,
    Survey,
    ThemeSource,
)
from theming.model import SentimentLabel

PER_PAGE = 25
STATUSES = {"unreviewed": "Not reviewed yet", "reviewed": "Reviewed", "all": "Reviewed or not"}
LANGUAGES = {"all": "Any language", "english": "English", "other": "Not in English"}


def _positive_int(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and int(value) > 0 else None


@dataclass(frozen=True)
class QueueFilters:
    """What the queue shows, read from the page's query string. Unknown values are ignored."""

    survey: int | None = None
    audience: str | None = None
    locality: str | None = None
    theme: str | None = None
    sentiment: str | None = None
    status: str = "unreviewed"
    language: str = "all"
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> QueueFilters:
        """Filters from request arguments (or a parsed query string)."""
        sentiment = args.get("sentiment")
        return cls(
            survey=_positive_int(args.get("survey")),
            audience=args.get("audience") or None,
            locality=args.get("locality") or None,
            theme=args.get("theme") or None,
            sentiment=sentiment if sentiment in set(SentimentLabel) else None,
            status=args.get("status") if args.get("status") in STATUSES else "unreviewed",
            language=args.get("language") if args.get("language") in LANGUAGES else "all",
            page=_positive_int(args.get("page")) or 1,
        )

    def args(self, **changes) -> dict[str, str | int]:
        """Query arguments for a link to the queue with these filters (defaults left out)."""
        chosen = replace(self, **changes)
        defaults = QueueFilters()
        return {
            item.name: getattr(chosen, item.name)
            for item in fields(self)
            if getattr(chosen, item.name) != getattr(defaults, item.name)
        }

    @property
    def is_filtered(self) -> bool:
        """True when anything but the default filters is chosen."""
        return replace(self, page=1) != QueueFilters()


def _slug_id(model, slug: str):
    return select(model.id).where(model.slug == slug).scalar_subquery()


def _filtered(query: Select, filters: QueueFilters) -> Select:
    query = (
        query.select_from(CommentAnalysis)
        .join(Answer, Answer.id == CommentAnalysis.answer_id)
        .join(Question, Question.id == Answer.question_id)
        .join(Response, Response.id == Answer.response_id)
        .where(Answer.text.is_not(None))  # retention deleted the text but kept the sentiment
    )
    if filters.survey is not None:
        query = query.where(Question.survey_id == filters.survey)
    if filters.audience:
        query = query.where(Response.audience_id == _slug_id(Audience, filters.audience))
    if filters.locality:
        query = query.where(Response.locality_id == _slug_id(Locality, filters.locality))
    if filters.theme:
        tagged = select(CommentTheme.answer_id).where(
            CommentTheme.theme_id == _slug_id(CodebookTheme, filters.theme),
            CommentTheme.decision != Decision.REJECTED,
        )
        query = query.where(Answer.id.in_(tagged))
    if filters.sentiment:
        query = query.where(CommentAnalysis.sentiment == filters.sentiment)
    if filters.status != "all":
        reviewed = CommentAnalysis.reviewed_at
        query = query.where(
            reviewed.is_(None) if filters.status == "unreviewed" else reviewed.is_not(None)
        )
    if filters.language != "all":
        query = query.where(CommentAnalysis.is_english.is_(filters.language == "english"))
    return query


@dataclass(frozen=True)
class ThemeTag:
    """A theme on a comment, with the machine's score (None when a person added it)."""

    theme: CodebookTheme
    score: float | None


@dataclass
class QueueItem:
    """A comment in the queue with where it came from and its themes by decision."""

    comment: CommentAnalysis
    answer: Answer
    text: str
    survey_title: str
    question_text: str
    response: Response
    accepted: list[ThemeTag] = field(default_factory=list)
    suggested: list[ThemeTag] = field(default_factory=list)
    rejected: list[ThemeTag] = field(default_factory=list)

    @property
    def answer_id(self) -> int:
        return self.comment.answer_id


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue."""

    items: list[QueueItem]
    total: int
    page: int
    pages: int

    @property
    def first(self) -> int:
        """The position of the page's first comment in the whole filtered queue (from 1)."""
        return (self.page - 1) * PER_PAGE + 1 if self.total else 0

    @property
    def last(self) -> int:
        """The position of the page's last comment."""
        return self.first + len(self.items) - 1 if self.items else 0


def count_comments(filters: QueueFilters) -> int:
    """How many comments match `filters`."""
    return db.session.scalar(_filtered(select(func.count(CommentAnalysis.id)), filters)) or 0


def queue_page(filters: QueueFilters, user) -> QueuePage:
    """The page of comments `filters` asks for (the last page if it asks for one beyond it)."""
    total = count_comments(filters)
    pages = max(1, math.ceil(total / PER_PAGE))
    page = min(filters.page, pages)
    query = (
        _filtered(select(CommentAnalysis, Answer, Question.text, Survey.title, Response), filters)
        .join(Survey, Survey.id == Question.survey_id)
        .options(selectinload(Response.audience), selectinload(Response.locality))
        .order_by(Response.submitted_at.desc(), Answer.id.desc())
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
    )
    items = _items(query, user)
    if _refresh_suggestions(items):
        items = _items(query, user)  # committing expired them: load them again in one query
    _attach_themes(items)
    return QueuePage(items, total, page, pages)


def _items(query: Select, user) -> list[QueueItem]:
    return [
        QueueItem(comment, answer, display_text(answer, user), title, question_text, response)
        for comment, answer, question_text, title, response in db.session.execute(query)
    ]


def _refresh_suggestions(items: list[QueueItem]) -> bool:
    """Score unreviewed English comments again; store suggestions where they changed.

    Returns True when something was stored (and so committed).
    """
    open_items = [
        item for item in items if item.comment.reviewed_at is None and item.comment.is_english
    ]
    if not open_items:
        return False
    suggester = request_suggester()
    stored: dict[int, dict[int, float | None]] = {item.answer_id: {} for item in open_items}
    decided: set[tuple[int, int]] = set()
    rows = db.session.execute(
        select(
            CommentTheme.answer_id, CommentTheme.theme_id, CommentTheme.source, CommentTheme.score
        ).where(CommentTheme.answer_id.in_(list(stored)))
    )
    for answer_id, theme_id, source, score in rows:
        if source == ThemeSource.MACHINE:
            stored[answer_id][theme_id] = score
        else:
            decided.add((answer_id, theme_id))
    changed = {}
    for item in open_items:
        result = suggester.classify(item.answer.text or "")
        fresh = {
            suggester.theme_ids[theme.slug]: theme.score
            for theme in result.themes
            if (item.answer_id, suggester.theme_ids[theme.slug]) not in decided
        }
        if not _same_scores(fresh, stored[item.answer_id]):
            changed[item.answer_id] = result
    if not changed:
        return False
    store_suggestions(changed, suggester)
    db.session.commit()
    return True


def _same_scores(fresh: dict[int, float], stored: dict[int, float | None]) -> bool:
    return fresh.keys() == stored.keys() and all(
        stored[key] is not None and math.isclose(score, stored[key], abs_tol=1e-6)
        for key, score in fresh.items()
    )


def _attach_themes(items: list[QueueItem]) -> None:
    by_answer = {item.answer_id: item for item in items}
    if not by_answer:
        return
    query = (
        select(CommentTheme, CodebookTheme)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(CommentTheme.answer_id.in_(list(by_answer)), CodebookTheme.retired.is_(False))
        .order_by(CommentTheme.score.desc().nulls_last(), CodebookTheme.label)
    )
    for tag, theme in db.session.execute(query):
        item = by_answer[tag.answer_id]
        listing = {
            Decision.ACCEPTED: item.accepted,
            Decision.SUGGESTED: item.suggested,
            Decision.REJECTED: item.rejected,
        }[tag.decision]
        listing.append(ThemeTag(theme, tag.score))


@dataclass(frozen=True)
class FilterOptions:
    """The choices offered by the queue's filters."""

    surveys: list[tuple[int, str]]
    audiences: list[tuple[str, str]]
    localities: list[tuple[str, str]]
    themes: list[CodebookTheme]


def filter_options(themes: list[CodebookTheme]) -> FilterOptions:
    """Surveys that have analysed comments, every audience and locality, and `themes`."""
    surveys = db.session.execute(
        select(Survey.id, Survey.title)
        .where(Survey.id.in_(_filtered(select(Question.survey_id), QueueFilters(status="all"))))
        .order_by(Survey.title)
    ).all()
    audiences = db.session.execute(
        select(Audience.slug, Audience.name).order_by(Audience.position)
    ).all()
    localities = db.session.execute(
        select(Locality.slug, Locality.name).order_by(Locality.position)
    ).all()
    return FilterOptions(list(surveys), list(audiences), list(localities), themes)
