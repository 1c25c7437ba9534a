"""The KPI register: definitions, values per period, RAG ratings, trends and the board report."""

from flask import Blueprint, Flask

bp = Blueprint("kpis", __name__, template_folder="templates", url_prefix="/manage/kpis")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.kpis import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
