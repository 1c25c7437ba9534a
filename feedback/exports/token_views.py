"""Staff pages for the API: make, list and revoke API tokens, and read the API's documentation.

Every staff member can make tokens for themselves; a token reads what they may read. Admins
see and can revoke everyone's tokens.
"""

from __future__ import annotations

from datetime import datetime

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from feedback.api.openapi import openapi_document
from feedback.api.tokens import TokenError, issue_token, revoke_token, visible_tokens
from feedback.auth.permissions import roles_required
from feedback.exports import bp
from feedback.exports.api_docs import api_operations, inline_code, schema_fields
from feedback.exports.forms import TokenForm
from feedback.extensions import db
from feedback.manage.forms import ConfirmForm
from feedback.models import ApiToken, Role


def utc_time(moment: datetime | None) -> str:
    """A stored UTC time as staff read it, like "5 January 2026, 14:05"."""
    return f"{moment.day} {moment:%B %Y, %H:%M}" if moment else ""


def _tokens_page(form: TokenForm, new_token: str | None = None, status: int = 200):
    tokens = db.session.scalars(visible_tokens(current_user)).all()
    return (
        render_template(
            "exports/api_tokens.html",
            form=form,
            tokens=tokens,
            new_token=new_token,
            show_owner=current_user.role == Role.ADMIN,
            utc_time=utc_time,
        ),
        status,
    )


@bp.route("/api-tokens", methods=["GET", "POST"])
@roles_required()
def api_tokens():
    """Your API tokens (everyone's, for admins), and a form to make one.

    A new token is shown once, on the page answering the form, and never stored.
    """
    form = TokenForm()
    if not form.validate_on_submit():
        return _tokens_page(form, status=400 if form.errors else 200)
    try:
        _row, token = issue_token(current_user, form.name.data)
    except TokenError as error:
        form.name.errors = [str(error)]
        return _tokens_page(form, status=400)
    db.session.commit()
    return _tokens_page(TokenForm(formdata=None), new_token=token, status=201)


def _revocable(token_id: int) -> ApiToken:
    row = db.session.get(ApiToken, token_id)
    if row is None or (row.user_id != current_user.id and current_user.role != Role.ADMIN):
        abort(404)
    return row


@bp.route("/api-tokens/<int:token_id>/revoke", methods=["GET", "POST"])
@roles_required()
def revoke(token_id: int):
    """Ask, then revoke a token: anything using it stops working at once."""
    row = _revocable(token_id)
    back = url_for("exports.api_tokens")
    if row.revoked_at is not None:
        flash(f"The token ‘{row.name}’ was already revoked on {utc_time(row.revoked_at)}.")
        return redirect(back)
    form = ConfirmForm()
    if form.validate_on_submit():
        revoke_token(row)
        db.session.commit()
        flash(f"Revoked the token ‘{row.name}’: anything using it is now refused.", "success")
        return redirect(back)
    return render_template("exports/revoke.html", form=form, token=row, back_url=back)


@bp.get("/api")
@roles_required()
def api_docs():
    """The API's endpoints, fields and errors, read from its OpenAPI document."""
    document = openapi_document()
    return render_template(
        "exports/api_docs.html",
        document=document,
        operations=api_operations(document),
        schemas=schema_fields(document),
        code=inline_code,
    )
