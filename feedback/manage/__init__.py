"""The staff side: building, opening and closing surveys."""

from flask import Blueprint, Flask

bp = Blueprint("manage", __name__, template_folder="templates", url_prefix="/manage")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.manage import question_views, views  # noqa: F401  (register routes on bp)

    app.register_blueprint(bp)
