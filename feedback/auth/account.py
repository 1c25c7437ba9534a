"""Your own account: change your password, and turn two-factor authentication on or off."""

from __future__ import annotations

import secrets

from flask import flash, redirect, render_template, session, url_for
from flask_login import current_user

from feedback import audit
from feedback.auth import bp, clock, sessions, totp
from feedback.auth.forms import ChangePasswordForm, CodeForm, PasswordCheckForm
from feedback.auth.passwords import MIN_LENGTH, password_problem
from feedback.auth.permissions import roles_required
from feedback.extensions import db
from feedback.models import Role

EVERYONE = tuple(Role)
"""Every signed-in account, group members too, looks after its own password and two-factor."""

ENROL_KEY = "totp_enrol_nonce"


def _wrong_current(form: PasswordCheckForm) -> bool:
    """True (with the form error added) when the current password given is not right."""
    if current_user.check_password(form.current.data):
        return False
    form.current.errors.append("Enter your current password correctly")
    return True


@bp.route("/manage/account/password", methods=["GET", "POST"])
@roles_required(*EVERYONE)
def change_password():
    """Change your password; your other signed-in browsers are signed out."""
    form = ChangePasswordForm()
    if form.validate_on_submit() and not _wrong_current(form):
        problem = password_problem(form.password.data, current_user.email)
        if problem:
            form.password.errors.append(problem)
        else:
            current_user.set_password(form.password.data)
            ended = sessions.end_all(
                current_user, sessions.EndReason.PASSWORD_CHANGED, keep_current=True
            )
            audit.record(
                "auth.password_changed",
                subject=f"user {current_user.id}",
                other_sessions_ended=ended,
            )
            db.session.commit()
            flash("Your password has been changed", "success")
            return redirect(url_for("auth.two_factor"))
    status = 400 if form.errors else 200
    return render_template("auth/password.html", form=form, min_length=MIN_LENGTH), status


def _enrolment_secret() -> str:
    nonce = session.get(ENROL_KEY)
    if not isinstance(nonce, str):
        nonce = session[ENROL_KEY] = secrets.token_urlsafe(16)
    return totp.enrolment_secret(current_user, nonce)


@bp.route("/manage/account/two-factor", methods=["GET", "POST"])
@roles_required(*EVERYONE)
def two_factor():
    """Your account's security: two-factor on (and how to turn it off) or how to turn it on."""
    if current_user.totp_secret:
        return render_template("auth/two_factor.html")
    secret = _enrolment_secret()
    form = CodeForm()
    if form.validate_on_submit():
        if totp.verify(current_user, secret, form.code.data, clock.now()):
            current_user.totp_secret = secret
            session.pop(ENROL_KEY, None)
            audit.record("auth.two_factor_on", subject=f"user {current_user.id}")
            db.session.commit()
            flash("Two-factor authentication is on", "success")
            return redirect(url_for("auth.two_factor"))
        form.code.errors.append("Enter the code your authenticator app shows now")
    return render_template(
        "auth/two_factor_setup.html",
        form=form,
        key=totp.grouped(secret),
        uri=totp.provisioning_uri(current_user, secret),
        required=False,
    ), 400 if form.errors else 200


@bp.route("/manage/account/two-factor/turn-off", methods=["GET", "POST"])
@roles_required(*EVERYONE)
def two_factor_off():
    """Confirm with your password, then turn two-factor off (unless it is required)."""
    if not current_user.totp_secret or current_user.totp_required:
        return redirect(url_for("auth.two_factor"))
    form = PasswordCheckForm()
    if form.validate_on_submit() and not _wrong_current(form):
        current_user.totp_secret = ""
        audit.record("auth.two_factor_off", subject=f"user {current_user.id}")
        db.session.commit()
        flash("Two-factor authentication is off", "success")
        return redirect(url_for("auth.two_factor"))
    return render_template("auth/two_factor_off.html", form=form), 400 if form.errors else 200
