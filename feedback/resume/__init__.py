"""Save and come back later: a one-time code, with no account, that brings a respondent's
unfinished answers back."""

from flask import Blueprint, Flask

bp = Blueprint("resume", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.resume import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
