"""Error pages in house style. No page ever shows a traceback."""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from feedback.extensions import db

PAGES = {
    400: ("Sorry, there is a problem with that request", "Go back and try again."),
    403: ("You do not have permission to see this page", "Ask an administrator if you need it."),
    404: ("Page not found", "If you typed the web address, check it is correct."),
    405: ("Sorry, there is a problem with that request", "Go back and try again."),
    413: ("That was too large to send", "Make your answer or file smaller and try again."),
}


def init_app(app: Flask) -> None:
    """Register handlers that render every error with the site template."""

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        title, advice = PAGES.get(error.code or 500, PAGES[400])
        return render_template("errors/error.html", title=title, advice=advice), error.code

    @app.errorhandler(CSRFError)
    def csrf_error(_error: CSRFError):
        title = "Sorry, this page has expired"
        advice = (
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
