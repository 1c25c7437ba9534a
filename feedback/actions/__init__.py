"""Actions ("You said, we did"): drafting from evidence, review, publishing."""

from flask import Blueprint, Flask

bp = Blueprint("actions", __name__, template_folder="templates", url_prefix="/manage/actions")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.actions import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
