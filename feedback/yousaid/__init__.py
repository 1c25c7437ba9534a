"""The public "You said, we did" page, its Atom feed, and closing-the-loop measures."""

from flask import Blueprint, Flask

bp = Blueprint("yousaid", __name__, template_folder="templates", url_prefix="/you-said-we-did")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.yousaid import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
