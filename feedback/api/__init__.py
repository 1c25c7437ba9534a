"""The read-only JSON API under /api/v1/, with token auth and an OpenAPI description.

Every request but the OpenAPI document needs `Authorization: Bearer <token>` (tokens are made
on the staff page /manage/exports/api-tokens or with `flask api-tokens create`). A token reads
what its owner may read, with small numbers suppressed as for publishing.
"""

from flask import Blueprint, Flask

bp = Blueprint("api", __name__, template_folder="templates", url_prefix="/api/v1")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes, token check and JSON errors; exempt it from CSRF."""
    from feedback.api import auth, errors, views  # noqa: F401  (they register on bp)
    from feedback.extensions import csrf

    csrf.exempt(bp)
    app.register_blueprint(bp)
