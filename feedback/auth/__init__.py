"""Staff sign-in, roles and permissions."""

from flask import Blueprint, Flask

bp = Blueprint("auth", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register the sign-in pages and the user loader."""
    from feedback.auth import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
