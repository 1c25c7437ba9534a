"""The Charter pledge scorecard, for staff and (suppressed) for the public."""

from flask import Blueprint, Flask

bp = Blueprint("scorecard", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.scorecard import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
