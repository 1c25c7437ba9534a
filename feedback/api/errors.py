"""JSON errors for everything under /api/v1/: `{"error": {"code", "message"}}`, never HTML.

Errors raised by the API's views go through the blueprint's handlers. A URL under /api/v1/ that
matches no route never reaches the blueprint, so `routing_errors_as_json` answers it first.
"""

from __future__ import annotations

from flask import current_app, jsonify, request
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.routing import RequestRedirect

from feedback.api import bp
from feedback.extensions import db

CODES = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorised", "Send a valid API token in the header: Authorization: Bearer <token>."),
    403: ("forbidden", "Your token may not read this."),
    404: ("not_found", "There is nothing at this address, or your token may not see it."),
    405: ("method_not_allowed", "The API is read-only: use GET."),
    413: ("too_large", "The request is too large."),
    500: ("server_error", "Something went wrong on our side. Try again later."),
    503: ("unavailable", "The database cannot be reached just now. Try again in a few minutes."),
}
AUTH_CHALLENGE = 'Bearer realm="api"'


def error_response(status: int, message: str | None = None, headers: dict | None = None):
    """A JSON error with `status`; the message defaults to a sentence about the status."""
    code, default = CODES.get(status, ("error", "The request failed."))
    body = jsonify({"error": {"code": code, "message": message or default}})
    return body, status, headers or {}


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    """The error as JSON, with the view's own message when it gave one (`abort(404, "...")`)."""
    custom = error.description if error.description != type(error).description else None
    allowed = getattr(error, "valid_methods", None)
    return error_response(
        error.code or 500, custom, {"Allow": ", ".join(allowed)} if allowed else {}
    )


@bp.errorhandler(Exception)
def server_error(error: Exception):
    """Any other failure: logged, rolled back, and a JSON 500 without details (503 while the
    database cannot be reached)."""
    if isinstance(error, HTTPException):
        return http_error(error)
    if isinstance(error, OperationalError | InterfaceError):
        from feedback.errors import database_unavailable  # it imports this module

        return database_unavailable(error)
    current_app.logger.exception("Unhandled error in the API")
    db.session.rollback()
    return error_response(InternalServerError.code)


@bp.before_app_request
def routing_errors_as_json():
    """A URL under the API's prefix that matches no route (or not with this method): JSON."""
    error = request.routing_exception
    if error is None or isinstance(error, RequestRedirect):
        return None
    if request.path == bp.url_prefix or request.path.startswith(f"{bp.url_prefix}/"):
        return http_error(error)
    return None
