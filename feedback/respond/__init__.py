"""The public side: finding and answering surveys, no sign-in needed."""

from flask import Blueprint, Flask

bp = Blueprint("respond", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.respond import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
