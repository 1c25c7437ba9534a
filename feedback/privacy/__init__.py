"""Privacy: retention of written answers, erasure by response reference, and the audit log."""

from flask import Blueprint, Flask

bp = Blueprint("privacy", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.privacy import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
