"""Co-production groups: members, invitations, contact details and each group's activity."""

from flask import Blueprint, Flask

bp = Blueprint("groups", __name__, template_folder="templates", url_prefix="/manage/groups")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.groups import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
