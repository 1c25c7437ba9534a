"""Settings pages: all staff can read the reference data; officers and admins edit it."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from feedback.auth.permissions import roles_required
from feedback.models import Role
from feedback.settings import bp, services
from feedback.settings.forms import DESCRIPTION_MAX, FORMS
from feedback.settings.services import ReferenceKind

EDITORS = (Role.ADMIN, Role.OFFICER)


def _kind_or_404(kind_slug: str) -> ReferenceKind:
    kind = services.get_kind(kind_slug)
    if kind is None:
        abort(404)
    return kind


@bp.route("/")
@roles_required()
def index():
    kinds = [(kind, services.count_items(kind)) for kind in services.KINDS.values()]
    return render_template(
        "settings/index.html",
        kinds=kinds,
        example_charter=services.has_example_pledges(),
        can_edit=services.can_edit_settings(current_user),
    )


@bp.route("/<kind_slug>")
@roles_required()
def list_items(kind_slug: str):
    kind = _kind_or_404(kind_slug)
    return render_template(
        "settings/list.html",
        kind=kind,
        items=services.list_items(kind),
        example_charter=kind.slug == "pledges" and services.has_example_pledges(),
        can_edit=services.can_edit_settings(current_user),
        back_url=url_for("settings.index"),
    )


def _refuse_duplicate(kind: ReferenceKind, form, exclude_id: int | None = None) -> bool:
    """Add an error to the name field when another row already has that name."""
    field = form[kind.name_attr]
    if not services.name_taken(kind, field.data, exclude_id):
        return False
    field.errors.append(f"There is already {_article(kind.singular)} called ‘{field.data}’")
    return True


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


@bp.route("/<kind_slug>/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def add_item(kind_slug: str):
    kind = _kind_or_404(kind_slug)
    if not kind.can_add:
        abort(404)
    return _form_page(kind, None)


@bp.route("/<kind_slug>/<int:item_id>/edit", methods=["GET", "POST"])
@roles_required(*EDITORS)
def edit_item(kind_slug: str, item_id: int):
    kind = _kind_or_404(kind_slug)
    item = services.get_item(kind, item_id)
    if item is None:
        abort(404)
    return _form_page(kind, item)


def _form_page(kind: ReferenceKind, item):
    """Show and handle the form that adds a row of `kind` (item None) or changes `item`."""
    form = FORMS[kind.slug](obj=item)
    exclude_id = item.id if item is not None else None
    if form.validate_on_submit() and not _refuse_duplicate(kind, form, exclude_id):
        if item is None:
            item = services.add_item(kind, form.data)
            done = "Added"
        else:
            services.update_item(kind, item, form.data)
            done = "Saved"
        flash(f"{done} {kind.singular} ‘{getattr(item, kind.name_attr)}’", "success")
        return redirect(url_for("settings.list_items", kind_slug=kind.slug))
    return render_template(
        "settings/form.html",
        kind=kind,
        form=form,
        item=item,
        heading=f"Change ‘{getattr(item, kind.name_attr)}’"
        if item
        else f"Add {_article(kind.singular)}",
        description_max=DESCRIPTION_MAX,
        back_url=url_for("settings.list_items", kind_slug=kind.slug),
    )
