"""The reference data staff maintain: audiences, localities, pledges, areas and groups.

Each kind is described once (`ReferenceKind`) so the same pages and rules serve them all.
Slugs are made from names when a row is added and never change afterwards, so links, imports
and reports that use them keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.manage.slugs import make_unique, slugify
from feedback.models import Area, Audience, Group, Locality, Pledge, Role, User

SLUG_MAX = 60


@dataclass(frozen=True)
class Column:
    """A column of the list page: its heading and the model attribute it shows."""

    heading: str
    attr: str


@dataclass(frozen=True)
class ReferenceKind:
    """One kind of reference data, as the settings pages present it."""

    slug: str
    model: Any
    title: str
    singular: str
    intro: str
    fields: tuple[str, ...]
    columns: tuple[Column, ...]
    order_by: str = "position"
    can_add: bool = True

    @property
    def name_attr(self) -> str:
        """The attribute that names a row (pledges have a title instead of a name)."""
        return self.fields[0]


KINDS: dict[str, ReferenceKind] = {
    kind.slug: kind
    for kind in (
        ReferenceKind(
            slug="audiences",
            model=Audience,
            title="Audiences",
            singular="audience",
            intro="Who surveys are for. Each survey is written for one or more audiences.",
            fields=("name", "description"),
            columns=(Column("Name", "name"), Column("Description", "description")),
        ),
        ReferenceKind(
            slug="localities",
            model=Locality,
            title="Localities",
            singular="locality",
            intro="The parts of the local area that respondents say they live in. "
            "Results can be compared between localities.",
            fields=("name",),
            columns=(Column("Name", "name"),),
        ),
        ReferenceKind(
            slug="pledges",
            model=Pledge,
            title="Charter pledges",
            singular="pledge",
            intro="The pledges of the partnership's Co-Production Charter. "
            "Questions can be linked to the pledges they check.",
            fields=("title", "description"),
            columns=(Column("Title", "title"), Column("Description", "description")),
        ),
        ReferenceKind(
            slug="areas",
            model=Area,
            title="Areas of weakness",
            singular="area of weakness",
            intro="The 13 areas of weakness in the improvement plan. Questions can be linked "
            "to the areas they measure. You can change their names and descriptions, "
            "but not add or remove areas.",
            fields=("name", "description"),
            columns=(
                Column("Number", "number"),
                Column("Name", "name"),
                Column("Description", "description"),
            ),
            order_by="number",
            can_add=False,
        ),
        ReferenceKind(
            slug="groups",
            model=Group,
            title="Co-production groups",
            singular="co-production group",
            intro="The groups that co-produce surveys with the partnership, such as the "
            "Parent Carer Forum and the youth forum.",
            fields=("name", "description", "contact_email"),
            columns=(
                Column("Name", "name"),
                Column("Contact email", "contact_email"),
                Column("Description", "description"),
            ),
            order_by="name",
        ),
    )
}


def get_kind(slug: str) -> ReferenceKind | None:
    """The kind of reference data at `slug` in the web address, if there is one."""
    return KINDS.get(slug)


def can_edit_settings(user: User) -> bool:
    """Admins and co-production officers change reference data; everyone else only reads it."""
    return user.role in (Role.ADMIN, Role.OFFICER)


def list_items(kind: ReferenceKind) -> list:
    """Every row of `kind`, in the order staff expect."""
    return list(db.session.scalars(select(kind.model).order_by(getattr(kind.model, kind.order_by))))


def count_items(kind: ReferenceKind) -> int:
    """How many rows of `kind` there are."""
    return db.session.scalar(select(func.count()).select_from(kind.model))


def get_item(kind: ReferenceKind, item_id: int):
    """The row of `kind` with `item_id`, or None."""
    return db.session.get(kind.model, item_id)


def has_example_pledges() -> bool:
    """True while any pledge is still from the example charter every installation starts with."""
    return db.session.scalar(select(Pledge.id).where(Pledge.is_example).limit(1)) is not None


def _comparable(name: str) -> str:
    return " ".join(name.split()).casefold()


def name_taken(kind: ReferenceKind, name: str, exclude_id: int | None = None) -> bool:
    """True when another row of `kind` already has `name` (ignoring case and spacing)."""
    wanted = _comparable(name)
    column = getattr(kind.model, kind.name_attr)
    rows = db.session.execute(select(kind.model.id, column)).all()
    return any(_comparable(other) == wanted for row_id, other in rows if row_id != exclude_id)


def unique_slug(kind: ReferenceKind, name: str) -> str:
    """A slug made from `name`, with a number added when another row of `kind` already uses it."""
    taken = set(db.session.scalars(select(kind.model.slug)))
    return make_unique(slugify(name, SLUG_MAX, fallback=kind.slug), taken, SLUG_MAX)


def _clean(kind: ReferenceKind, values: dict[str, Any]) -> dict[str, str]:
    return {field: (values.get(field) or "").strip() for field in kind.fields}


def add_item(kind: ReferenceKind, values: dict[str, Any]):
    """Add a row of `kind` from form `values`, with a slug made from its name; committed."""
    if not kind.can_add:
        raise ValueError(f"{kind.title} cannot be added to")
    cleaned = _clean(kind, values)
    item = kind.model(slug=unique_slug(kind, cleaned[kind.name_attr]), **cleaned)
    if hasattr(kind.model, "position"):
        last = db.session.scalar(select(func.max(kind.model.position)))
        item.position = 0 if last is None else last + 1
    db.session.add(item)
    db.session.commit()
    return item


def update_item(kind: ReferenceKind, item, values: dict[str, Any]) -> None:
    """Change a row's editable fields (never its slug); a changed pledge is no longer an example."""
    for field, value in _clean(kind, values).items():
        setattr(item, field, value)
    if isinstance(item, Pledge):
        item.is_example = False
    db.session.commit()
