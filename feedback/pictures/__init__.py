"""Pictures and symbols shown with easy-read questions: checked when staff upload them, served
to respondents."""

from flask import Blueprint, Flask

bp = Blueprint("pictures", __name__)


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.pictures import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
