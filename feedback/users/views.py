"""/manage/users: administrators see every account and look after its access."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from feedback.auth.permissions import roles_required
from feedback.extensions import db
from feedback.models import Role, User
from feedback.users import bp, services
from feedback.users.forms import ConfirmForm, RoleForm


@dataclass(frozen=True)
class AccountAction:
    """A change with a confirm page: what to ask, what to explain, what to do, what to say."""

    question: str
    explanation: str
    button: str
    do: Callable[[User, User], object]
    done: str
    warning: bool = False


ACTIONS: dict[str, AccountAction] = {
    "end-sessions": AccountAction(
        "Sign {name} out everywhere?",
        "Every browser where they are signed in is signed out at once. They can sign in again.",
        "Sign out everywhere",
        services.end_sessions,
        "{name} has been signed out everywhere",
        warning=True,
    ),
    "deactivate": AccountAction(
        "Deactivate {name}’s account?",
        "They are signed out everywhere and cannot sign in until the account is reactivated. "
        "Their comments, sign-offs and audit entries are kept.",
        "Deactivate account",
        lambda user, by: services.set_active(user, False, by),
        "{name}’s account has been deactivated",
        warning=True,
    ),
    "reactivate": AccountAction(
        "Reactivate {name}’s account?",
        "They can sign in again with their password.",
        "Reactivate account",
        lambda user, by: services.set_active(user, True, by),
        "{name}’s account has been reactivated",
    ),
    "require-two-factor": AccountAction(
        "Require two-factor authentication for {name}?",
        "From their next sign-in they need a code from an authenticator app as well as their "
        "password. If they have not set it up, they are signed out now and set it up straight "
        "after their password next time.",
        "Require two-factor",
        lambda user, by: services.require_two_factor(user, True, by),
        "Two-factor authentication is now required for {name}",
    ),
    "stop-requiring-two-factor": AccountAction(
        "Stop requiring two-factor authentication for {name}?",
        "They can then turn it off themselves. If it is on, it stays on until they do.",
        "Stop requiring two-factor",
        lambda user, by: services.require_two_factor(user, False, by),
        "Two-factor authentication is no longer required for {name}",
        warning=True,
    ),
    "reset-two-factor": AccountAction(
        "Reset two-factor authentication for {name}?",
        "Do this when they have lost their phone. Their authenticator is forgotten and they are "
        "signed out everywhere. If two-factor is required, they set it up again at their next "
        "sign-in.",
        "Reset two-factor",
        services.reset_two_factor,
        "Two-factor authentication has been reset for {name}",
        warning=True,
    ),
    "unlock": AccountAction(
        "Unlock {name}’s account?",
        "The account was locked after too many failed sign-ins. Unlocking lets them try again "
        "now rather than wait.",
        "Unlock account",
        services.unlock,
        "{name}’s account has been unlocked",
    ),
}


def _account(user_id: int) -> User:
    return db.session.get(User, user_id) or abort(404)


@bp.route("/")
@roles_required(Role.ADMIN)
def index():
    """Every account with its role, status, two-factor, lock and live sessions."""
    return render_template("users/index.html", rows=services.accounts())


@bp.route("/<int:user_id>")
@roles_required(Role.ADMIN)
def account(user_id: int):
    """One account, with what an administrator can do to it."""
    user = _account(user_id)
    return render_template("users/account.html", row=services.account_row(user), user=user)


@bp.route("/<int:user_id>/role", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def change_role(user_id: int):
    """Choose a new role for an account."""
    user = _account(user_id)
    form = RoleForm()
    if not form.is_submitted():
        form.role.data = user.role.value
    if form.validate_on_submit():
        try:
            services.change_role(user, Role(form.role.data), current_user)
        except services.UserAdminError as error:
            form.role.errors.append(str(error))
        else:
            db.session.commit()
            flash(f"{user.name} is now {user.role.label}", "success")
            return redirect(url_for("users.account", user_id=user.id))
    status = 400 if form.errors else 200
    return render_template("users/role.html", form=form, user=user), status


@bp.route("/<int:user_id>/<action>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def confirm(user_id: int, action: str):
    """Ask, then make one of the `ACTIONS` changes to an account."""
    user = _account(user_id)
    chosen = ACTIONS.get(action) or abort(404)
    form = ConfirmForm()
    error = None
    if form.validate_on_submit():
        try:
            chosen.do(user, current_user)
        except services.UserAdminError as problem:
            error = str(problem)
        else:
            db.session.commit()
            flash(chosen.done.format(name=user.name), "success")
            return redirect(url_for("users.account", user_id=user.id))
    return render_template(
        "users/confirm.html", form=form, user=user, action=chosen, page_errors=error
    ), 400 if error else 200
