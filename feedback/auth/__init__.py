"""Staff sign-in, server-side sessions, two-factor authentication, roles and permissions."""

from flask import Blueprint, Flask

bp = Blueprint("auth", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register the sign-in and account pages, and load the signed-in user before each view."""
    from feedback.auth import account, views  # noqa: F401  (registers routes on bp)

    views.load_session_first(app)
    app.register_blueprint(bp)
