"""Sign in and sign out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from feedback.auth import bp
from feedback.auth.forms import LoginForm
from feedback.auth.services import authenticate
from feedback.extensions import db, login_manager
from feedback.models import User

login_manager.login_view = "auth.login"
login_manager.login_message = "Sign in to see that page"


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))


def _safe_next(target: str | None) -> str:
    """Only follow `next` to a path on this site, never to another host."""
    is_local = target and target.startswith("/") and not target.startswith("//")
    if is_local and not urlsplit(target).netloc:
        return target
    return url_for("manage.surveys")


@bp.route("/sign-in", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("manage.surveys"))
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            session.clear()
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        error = "Enter a correct email address and password"
        form.email.errors.append(error)
    return render_template("auth/login.html", form=form, page_errors=error)


@bp.route("/sign-out")
def logout():
    logout_user()
    session.clear()
    flash("You have signed out", "success")
    return redirect(url_for("auth.login"))
