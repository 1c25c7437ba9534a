"""The administrators' list of accounts: roles, deactivation, sessions, two-factor and locks."""

from flask import Blueprint, Flask

bp = Blueprint("users", __name__, template_folder="templates", url_prefix="/manage/users")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.users import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
