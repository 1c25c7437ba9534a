"""The co-production record of surveys and actions, and the report on it."""

from flask import Blueprint, Flask

bp = Blueprint(
    "coproduction", __name__, template_folder="templates", url_prefix="/manage/coproduction"
)


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.coproduction import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
