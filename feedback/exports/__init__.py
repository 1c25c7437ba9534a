"""Exports of a survey's responses as CSV and XLSX, with analysis columns."""

from flask import Blueprint, Flask

bp = Blueprint("exports", __name__, template_folder="templates", url_prefix="/manage/exports")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.exports import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
