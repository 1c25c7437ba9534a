"""Reference data staff edit: audiences, localities, pledges, areas and groups."""

from flask import Blueprint, Flask

bp = Blueprint("settings", __name__, template_folder="templates", url_prefix="/manage/settings")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.settings import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
