"""Response rates: target populations, invitation batches and the open-link funnel."""

from flask import Blueprint, Flask

bp = Blueprint("rates", __name__, template_folder="templates", url_prefix="/manage/rates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.rates import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
