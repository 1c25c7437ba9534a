"""The staff overview: KPIs at a glance, closing-the-loop measures, reviews waiting."""

from flask import Blueprint, Flask

bp = Blueprint("dashboard", __name__, template_folder="templates", url_prefix="/manage/overview")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.dashboard import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
