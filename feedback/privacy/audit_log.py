"""Reading the audit log: filtered, newest first, a page at a time or as CSV. Read-only: entries
are only ever added, through `feedback.audit.record`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import AuditEvent, User

PAGE_SIZE = 50
CSV_HEADINGS = ("when (UTC)", "who", "event", "subject", "details")


@dataclass(frozen=True)
class AuditFilters:
    """Which entries to show: one event name and one user id, or all."""

    event: str = ""
    user_id: int | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> AuditFilters:
        """Filters from a query string; a user that is not a number shows everyone's entries."""
        user = (args.get("user") or "").strip()
        return cls(
            event=(args.get("event") or "").strip(), user_id=int(user) if user.isdigit() else None
        )

    def args(self, **extra) -> dict:
        """The query string for these filters (and `extra`, like the page)."""
        chosen = {"event": self.event, "user": self.user_id}
        return {key: value for key, value in (chosen | extra).items() if value}


def filtered(filters: AuditFilters) -> Select:
    """The entries `filters` let through, newest first."""
    query = select(AuditEvent).options(selectinload(AuditEvent.user))
    if filters.event:
        query = query.where(AuditEvent.event == filters.event)
    if filters.user_id is not None:
        query = query.where(AuditEvent.user_id == filters.user_id)
    return query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


@dataclass(frozen=True)
class AuditPage:
    """One page of entries and how many there are in all."""

    entries: list[AuditEvent]
    total: int
    page: int
    pages: int


def audit_page(filters: AuditFilters, page: int) -> AuditPage:
    """Page `page` (from 1; out of range shows the nearest page) of the filtered entries."""
    query = filtered(filters)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    entries = db.session.scalars(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
    return AuditPage(list(entries), total, page, pages)


def event_names() -> list[str]:
    """Every event name in the log, for the filter."""
    return list(db.session.scalars(select(AuditEvent.event).distinct().order_by(AuditEvent.event)))


def people() -> list[User]:
    """Everyone with an entry in the log, for the filter."""
    with_entries = select(AuditEvent.user_id).where(AuditEvent.user_id.is_not(None))
    return list(
        db.session.scalars(select(User).where(User.id.in_(with_entries)).order_by(User.name))
    )


def who(entry: AuditEvent) -> str:
    """Who did it: a staff member's name and email, or the command line for no one."""
    return f"{entry.user.name} ({entry.user.email})" if entry.user else "Command line or system"


def details(entry: AuditEvent) -> str:
    """The entry's details as "key: value" pairs."""
    return "; ".join(
        f"{key.replace('_', ' ')}: {_plain(value)}"
        for key, value in sorted((entry.detail or {}).items())
    )


def _plain(value) -> str:
    return json.dumps(value) if isinstance(value, dict | list) else str(value)


def csv_rows(filters: AuditFilters) -> Iterator[tuple]:
    """The filtered log as rows under `CSV_HEADINGS`, for `feedback.exports.files.csv_chunks`."""
    for entry in db.session.scalars(filtered(filters).execution_options(yield_per=500)):
        yield (
            entry.at.replace(microsecond=0),
            who(entry),
            entry.event,
            entry.subject,
            details(entry),
        )
