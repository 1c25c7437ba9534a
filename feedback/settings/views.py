"""Settings views (stub, being built)."""

from feedback.auth.permissions import roles_required
from feedback.settings import bp


@bp.route("/")
@roles_required()
def index():
    return "Settings"
