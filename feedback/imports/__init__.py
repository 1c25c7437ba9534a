"""Importing responses from earlier tools: plain CSV and SurveyMonkey exports, all or nothing."""

from flask import Blueprint, Flask

bp = Blueprint("imports", __name__, template_folder="templates", url_prefix="/manage/imports")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.imports import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
