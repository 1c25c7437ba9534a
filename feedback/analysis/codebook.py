"""The codebook in the database: seeding it, reading it for the classifier, and officers' edits.

`ensure_codebook()` adds every theme of `theming.codebook.DEFAULT_CODEBOOK` that is not there
yet (matched by slug), so a freshly migrated database needs nothing else. Officers then add,
rename, merge and retire themes and edit their key phrases; each change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from feedback.analysis import audit
from feedback.extensions import db
from feedback.manage.slugs import make_unique, slugify
from feedback.models import Area, CodebookTheme, CommentTheme, Decision, User
from theming.classify import classify
from theming.codebook import DEFAULT_CODEBOOK
from theming.model import Codebook, Theme

SLUG_MAX = 80
LABEL_MAX = 200
DESCRIPTION_MAX = 1_000
PHRASE_MAX = 100


def ensure_codebook() -> None:
    """Add the default themes missing from the codebook. Cheap when nothing is missing."""
    existing = set(db.session.scalars(select(CodebookTheme.slug)))
    missing = [theme for theme in DEFAULT_CODEBOOK.themes if theme.slug not in existing]
    if not missing:
        return
    area_ids = dict(db.session.execute(select(Area.slug, Area.id)).all())
    for theme in missing:
        if theme.area in area_ids:
            db.session.add(
                CodebookTheme(
                    slug=theme.slug,
                    label=theme.label,
                    area_id=area_ids[theme.area],
                    description=theme.description,
                    phrases=list(theme.phrases),
                    examples=list(theme.examples),
                )
            )
    try:
        db.session.commit()
    except IntegrityError:  # another process seeded the same themes at the same moment
        db.session.rollback()


def _ordered(query):
    return query.join(Area, Area.id == CodebookTheme.area_id).order_by(
        Area.number, CodebookTheme.label
    )


def active_themes() -> list[CodebookTheme]:
    """Themes that can be suggested and added to comments, by area then label."""
    query = _ordered(select(CodebookTheme).where(CodebookTheme.retired.is_(False)))
    return list(db.session.scalars(query.options(selectinload(CodebookTheme.area))))


def all_themes() -> list[CodebookTheme]:
    """Every theme, retired ones included."""
    return list(db.session.scalars(select(CodebookTheme)))


def active_codebook() -> Codebook:
    """The codebook as the classifier reads it: every theme not retired, with its phrases."""
    return Codebook(
        themes=tuple(
            Theme(
                slug=theme.slug,
                label=theme.label,
                area=theme.area.slug,
                description=theme.description,
                phrases=tuple(theme.phrases),
                examples=tuple(theme.examples),
            )
            for theme in active_themes()
        )
    )


def find_theme(slug: str) -> CodebookTheme | None:
    """The theme with `slug`, retired or not."""
    return db.session.scalar(select(CodebookTheme).where(CodebookTheme.slug == slug))


# Listing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeRow:
    """A theme on the codebook page, with how many comments carry it."""

    theme: CodebookTheme
    accepted: int
    suggested: int


@dataclass(frozen=True)
class AreaThemes:
    """One area of the codebook and its themes."""

    area: Area
    rows: list[ThemeRow]


def themes_by_area() -> list[AreaThemes]:
    """Every area with its themes (retired ones last), and exact counts of comments."""
    counts = (
        select(
            CommentTheme.theme_id,
            func.count(case((CommentTheme.decision == Decision.ACCEPTED, 1))).label("accepted"),
            func.count(case((CommentTheme.decision == Decision.SUGGESTED, 1))).label("suggested"),
        )
        .group_by(CommentTheme.theme_id)
        .subquery()
    )
    query = (
        select(
            CodebookTheme, func.coalesce(counts.c.accepted, 0), func.coalesce(counts.c.suggested, 0)
        )
        .outerjoin(counts, counts.c.theme_id == CodebookTheme.id)
        .options(selectinload(CodebookTheme.merged_into))
        .order_by(CodebookTheme.retired, CodebookTheme.label)
    )
    by_area: dict[int, list[ThemeRow]] = {}
    for theme, accepted, suggested in db.session.execute(query):
        by_area.setdefault(theme.area_id, []).append(ThemeRow(theme, accepted, suggested))
    areas = db.session.scalars(select(Area).order_by(Area.number))
    return [AreaThemes(area, by_area.get(area.id, [])) for area in areas]


# Officers' changes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeDetails:
    """What an officer says about a theme on its form."""

    label: str
    area_id: int
    description: str
    phrases: tuple[str, ...]


def parse_phrases(text: str) -> tuple[str, ...]:
    """Key phrases typed one per line: trimmed, blank lines and repeats (any case) dropped."""
    phrases: dict[str, str] = {}
    for line in text.splitlines():
        phrase = " ".join(line.split())
        if phrase:
            phrases.setdefault(phrase.casefold(), phrase)
    return tuple(phrases.values())


def snapshot(theme: CodebookTheme) -> dict[str, Any]:
    """A theme's fields as the audit trail records them."""
    return {
        "slug": theme.slug,
        "label": theme.label,
        "area": db.session.get(Area, theme.area_id).slug,
        "description": theme.description,
        "phrases": list(theme.phrases),
        "retired": theme.retired,
        "merged_into": theme.merged_into.slug if theme.merged_into else None,
    }


def label_taken(label: str, exclude: CodebookTheme | None = None) -> bool:
    """True when another theme already has this label (ignoring case)."""
    query = select(CodebookTheme.id).where(func.lower(CodebookTheme.label) == label.lower())
    if exclude is not None:
        query = query.where(CodebookTheme.id != exclude.id)
    return db.session.scalar(query.limit(1)) is not None


def add_theme(details: ThemeDetails, user: User) -> CodebookTheme:
    """Add a theme to the codebook, with a slug made from its label."""
    taken = set(db.session.scalars(select(CodebookTheme.slug)))
    theme = CodebookTheme(
        slug=make_unique(slugify(details.label, SLUG_MAX, "theme"), taken, SLUG_MAX),
        label=details.label,
        area_id=details.area_id,
        description=details.description,
        phrases=list(details.phrases),
        examples=[],
    )
    db.session.add(theme)
    db.session.flush()
    audit.record(user, "add-theme", theme_id=theme.id, before=None, after=snapshot(theme))
    db.session.commit()
    return theme


def adopt_phrase(phrase: str, examples: tuple[str, ...], user: User) -> CodebookTheme | None:
    """Make an emerging phrase a theme, under the area its example comments point to most.

    None when a theme already has that label. The officer checks the area afterwards.
    """
    label = phrase[:1].upper() + phrase[1:]
    if label_taken(label):
        return None
    best_area = classify(" ".join(examples) or phrase).areas[0]
    area_id = db.session.scalar(select(Area.id).where(Area.slug == best_area))
    return add_theme(ThemeDetails(label, area_id, "", (phrase,)), user)


def update_theme(theme: CodebookTheme, details: ThemeDetails, user: User) -> bool:
    """Change a theme's label, area, description and phrases; False when nothing changed."""
    before = snapshot(theme)
    theme.label = details.label
    theme.area_id = details.area_id
    theme.description = details.description
    theme.phrases = list(details.phrases)
    after = snapshot(theme)
    if after == before:
        return False
    audit.record(user, "edit-theme", theme_id=theme.id, before=before, after=after)
    db.session.commit()
    return True


def set_retired(theme: CodebookTheme, retired: bool, user: User) -> None:
    """Retire a theme (never suggested or offered again) or bring it back."""
    before = snapshot(theme)
    theme.retired = retired
    if not retired:
        theme.merged_into = None
    audit.record(
        user,
        "retire-theme" if retired else "unretire-theme",
        theme_id=theme.id,
        before=before,
        after=snapshot(theme),
    )
    db.session.commit()


_RANK = {Decision.ACCEPTED: 3, Decision.REJECTED: 2, Decision.SUGGESTED: 1}


def merge_themes(source: CodebookTheme, target: CodebookTheme, user: User) -> int:
    """Move every comment's `source` tag to `target`, then retire `source` as merged into it.

    Where a comment has both, the stronger tag stays: a person's acceptance, then a person's
    rejection, then a suggestion. `source`'s key phrases are added to `target`'s. Returns how
    many comments' tags moved.
    """
    before_source, before_target = snapshot(source), snapshot(target)
    rows = db.session.scalars(
        select(CommentTheme).where(CommentTheme.theme_id.in_((source.id, target.id)))
    )
    by_answer: dict[int, dict[int, CommentTheme]] = {}
    for row in rows:
        by_answer.setdefault(row.answer_id, {})[row.theme_id] = row
    doomed = []
    for tags in by_answer.values():
        if source.id in tags and target.id in tags:
            weaker = min(
                tags.values(), key=lambda row: (_RANK[row.decision], row.theme_id == target.id)
            )
            doomed.append(weaker.id)
    if doomed:
        db.session.execute(delete(CommentTheme).where(CommentTheme.id.in_(doomed)))
    moved = db.session.execute(
        update(CommentTheme).where(CommentTheme.theme_id == source.id).values(theme_id=target.id)
    ).rowcount

    known = {phrase.casefold() for phrase in target.phrases}
    target.phrases = list(target.phrases) + [
        phrase for phrase in source.phrases if phrase.casefold() not in known
    ]
    source.retired = True
    source.merged_into = target
    audit.record(
        user,
        "merge-theme",
        theme_id=source.id,
        before=before_source,
        after={**snapshot(source), "comments_moved": moved},
    )
    audit.record(
        user,
        "merge-into-theme",
        theme_id=target.id,
        before=before_target,
        after={**snapshot(target), "merged_from": source.slug},
    )
    db.session.commit()
    return moved
