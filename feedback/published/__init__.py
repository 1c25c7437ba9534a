"""Public pages of published survey results, with small numbers suppressed."""

from flask import Blueprint, Flask

bp = Blueprint("published", __name__, template_folder="templates", url_prefix="/results")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.published import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
