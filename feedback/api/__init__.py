"""The read-only JSON API under /api/v1/, with token auth and an OpenAPI description."""

from flask import Blueprint, Flask

bp = Blueprint("api", __name__, template_folder="templates", url_prefix="/api/v1")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.api import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
