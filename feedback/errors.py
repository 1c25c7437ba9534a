"""Error pages in house style. No page ever shows a traceback."""

from __future__ import annotations

from contextlib import suppress

from flask import Flask, current_app, g, render_template, request
from flask_babel import lazy_gettext
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from werkzeug.exceptions import (
    HTTPException,
    InternalServerError,
    RequestEntityTooLarge,
    ServiceUnavailable,
)

from feedback.api import bp as api_bp
from feedback.api import errors as api_errors
from feedback.extensions import db
from feedback.security.request_size import too_large_message

RETRY_AFTER_SECONDS = 120
"""How long a page says to wait (the Retry-After header) while the database is unavailable."""

PAGES = {
    400: (
        lazy_gettext("Sorry, there is a problem with that request"),
        lazy_gettext("Go back and try again."),
    ),
    403: (
        lazy_gettext("You do not have permission to see this page"),
        lazy_gettext("Ask an administrator if you need it."),
    ),
    404: (
        lazy_gettext("Page not found"),
        lazy_gettext("If you typed the web address, check it is correct."),
    ),
    405: (
        lazy_gettext("Sorry, there is a problem with that request"),
        lazy_gettext("Go back and try again."),
    ),
}


def _is_api_request() -> bool:
    return request.path == api_bp.url_prefix or request.path.startswith(f"{api_bp.url_prefix}/")


def database_unavailable(error: SQLAlchemyError):
    """503 "try again later" while the database cannot be reached; JSON for the API. (Posted
    survey answers get a page of their own that keeps them: see `respond.views`.) Only the
    error's class is logged: its message can hold data."""
    with suppress(SQLAlchemyError):
        db.session.rollback()
    current_app.logger.warning("Database unavailable: %s", type(error).__name__)
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if _is_api_request():
        return api_errors.error_response(ServiceUnavailable.code, headers=headers)
    if "_login_user" not in g:  # the signed-in user could not be loaded: show the page as to
        g._login_user = current_app.login_manager.anonymous_user()  # anyone (Flask-Login's g)
    retry_url = request.full_path.rstrip("?") if request.method == "GET" else None
    return render_template("errors/500.html", retry_url=retry_url), ServiceUnavailable.code, headers


def init_app(app: Flask) -> None:
    """Register handlers that render every error with the site template."""

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        too_large = error.code == RequestEntityTooLarge.code
        if _is_api_request():
            if too_large:
                return api_errors.error_response(error.code, too_large_message())
            return api_errors.http_error(error)
        if too_large:
            return render_template("errors/too_large.html", message=too_large_message()), 413
        title, advice = PAGES.get(error.code or 500, PAGES[400])
        return render_template("errors/error.html", title=title, advice=advice), error.code

    @app.errorhandler(CSRFError)
    def csrf_error(_error: CSRFError):
        title = lazy_gettext("Sorry, this page has expired")
        advice = lazy_gettext(
            "This can happen if the page was left open for a long time. "
            "Go back, reload it and try again."
        )
        return render_template("errors/error.html", title=title, advice=advice), 400

    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(InterfaceError, database_unavailable)

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        if isinstance(error, HTTPException):
            return http_error(error)
        app.logger.exception("Unhandled error")
        db.session.rollback()
        return render_template("errors/500.html"), InternalServerError.code
