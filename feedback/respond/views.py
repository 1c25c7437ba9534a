"""Public views (stub, being built)."""

from feedback.respond import bp


@bp.route("/")
def home():
    return "Home"


@bp.route("/privacy")
def privacy():
    return "Privacy"
