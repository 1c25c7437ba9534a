"""Staff views (stub, being built)."""

from feedback.auth.permissions import roles_required
from feedback.manage import bp


@bp.route("/surveys")
@roles_required()
def surveys():
    return "Surveys"
