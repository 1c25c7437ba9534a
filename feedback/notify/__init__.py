"""Telling respondents what happened: follow-up sign-ups, emails and unsubscribing."""

from flask import Blueprint, Flask

bp = Blueprint("notify", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.notify import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
