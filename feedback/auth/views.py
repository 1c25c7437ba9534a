"""Sign in (with the two-factor step when an account has it) and sign out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_url

from feedback import audit
from feedback.auth import bp, clock, lockout, pending, sessions, totp
from feedback.auth.forms import CodeForm, LoginForm
from feedback.auth.permissions import home_endpoint
from feedback.auth.services import SignIn, check_sign_in, email_reference
from feedback.extensions import db, login_manager
from feedback.models import User

login_manager.login_view = "auth.login"
login_manager.login_message = "Sign in to see that page"


@login_manager.request_loader
def load_user(_request) -> User | None:
    """The user of this browser's live server-side session; says why if it has just ended."""
    user, reason = sessions.resume()
    if reason in (sessions.EndReason.IDLE, sessions.EndReason.ABSOLUTE):
        g.signed_out_reason = reason
        flash(timeout_message(reason))
    return user


@login_manager.unauthorized_handler
def unauthorised():
    """Send to sign-in, keeping where they were going; no second message after a timeout."""
    if not g.get("signed_out_reason"):
        flash(login_manager.login_message)
    return redirect(login_url(login_manager.login_view, request.url))


def timeout_message(reason: sessions.EndReason) -> str:
    """What to tell someone whose session timed out."""
    if reason == sessions.EndReason.ABSOLUTE:
        hours = int(sessions.absolute_limit().total_seconds() // 3600)
        return f"You were signed out after {hours} hours. Sign in again to carry on"
    minutes = int(sessions.idle_limit().total_seconds() // 60)
    return (
        f"You were signed out because you had not used the service for {minutes} minutes. "
        "Sign in again to carry on"
    )


def load_session_first(app: Flask) -> None:
    """Find the signed-in user before each view, so the session check never commits its work."""

    @app.before_request
    def _load() -> None:
        _ = current_user.is_authenticated


def _safe_next(target: str | None, user: User) -> str:
    """Only follow `next` to a path on this site, never to another host."""
    is_local = target and target.startswith("/") and not target.startswith("//")
    if is_local and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for(home_endpoint(user))


def locked_message() -> str:
    """The lockout message, which never says whether the email has an account."""
    return f"Too many attempts. Try again in {lockout.lock_minutes()} minutes"


def finish_sign_in(user: User, next_url: str | None):
    """Forget failed attempts, start the server-side session, commit, and go on."""
    lockout.clear(user.email, user)
    sessions.begin(user)
    db.session.commit()
    return redirect(_safe_next(next_url, user))


@bp.route("/sign-in", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user)))
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        result = check_sign_in(form.email.data, form.password.data)
        db.session.commit()
        next_url = request.args.get("next")
        if result.outcome is SignIn.OK:
            user = result.user
            if user.totp_secret:
                pending.start(user, "code", next_url)
                return redirect(url_for("auth.two_factor_code"))
            if user.totp_required:
                pending.start(user, "setup", next_url)
                return redirect(url_for("auth.two_factor_setup"))
            return finish_sign_in(user, next_url)
        error = (
            locked_message()
            if result.outcome is SignIn.LOCKED
            else "Enter a correct email address and password"
        )
        form.email.errors.append(error)
    return render_template("auth/login.html", form=form, page_errors=error)


def _start_again():
    flash("Sign in again: that took too long, or you have not entered your password yet")
    return redirect(url_for("auth.login"))


def _check_code(user: User, form: CodeForm, secret: str) -> bool:
    """Check the form's code, counting a wrong one as a failed sign-in; adds the form error."""
    if lockout.is_locked(user.email, user, clock.now()):
        session.clear()
        form.code.errors.append(locked_message())
        return False
    if totp.verify(user, secret, form.code.data, clock.now()):
        return True
    reference = email_reference(user.email)
    audit.record("auth.two_factor_failed", subject=reference, user=user)
    locked = lockout.record_failure(user.email, user, reference, clock.now())
    db.session.commit()
    if locked:
        session.clear()
    form.code.errors.append(
        locked_message() if locked else "Enter the code your authenticator app shows now"
    )
    return False


@bp.route("/sign-in/code", methods=["GET", "POST"])
def two_factor_code():
    """The second step: the 6-digit code. The session starts only when it is right."""
    found = pending.get("code")
    if found is None:
        return _start_again()
    user, state = found
    form = CodeForm()
    if form.validate_on_submit() and _check_code(user, form, user.totp_secret):
        return finish_sign_in(user, state["next"])
    return render_template("auth/code.html", form=form), 400 if form.errors else 200


@bp.route("/sign-in/set-up-two-factor", methods=["GET", "POST"])
def two_factor_setup():
    """Two-factor is required but not set up: set it up before anything else."""
    found = pending.get("setup")
    if found is None:
        return _start_again()
    user, state = found
    secret = totp.enrolment_secret(user, state["nonce"])
    form = CodeForm()
    if form.validate_on_submit() and _check_code(user, form, secret):
        user.totp_secret = secret
        audit.record("auth.two_factor_on", subject=f"user {user.id}", user=user)
        return finish_sign_in(user, state["next"])
    return render_template(
        "auth/two_factor_setup.html",
        form=form,
        key=totp.grouped(secret),
        uri=totp.provisioning_uri(user, secret),
        required=True,
    ), 400 if form.errors else 200


@bp.route("/sign-out")
def logout():
    sessions.end_current()
    db.session.commit()
    flash("You have signed out", "success")
    return redirect(url_for("auth.login"))
