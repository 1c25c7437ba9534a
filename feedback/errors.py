"""Error pages in house style. No page ever shows a traceback."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_babel import lazy_gettext
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from feedback.api import bp as api_bp
from feedback.api import errors as api_errors
from feedback.extensions import db
from feedback.security.request_size import too_large_message

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

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        if isinstance(error, HTTPException):
            return http_error(error)
        app.logger.exception("Unhandled error")
        db.session.rollback()
        return render_template("errors/500.html"), InternalServerError.code
