"""Exports of a survey's responses as CSV and XLSX with analysis columns, and the staff pages
for the read-only API (tokens and documentation)."""

from flask import Blueprint, Flask

bp = Blueprint("exports", __name__, template_folder="templates", url_prefix="/manage/exports")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.exports import token_views, views  # noqa: F401  (they register routes on bp)

    app.register_blueprint(bp)
