"""Paper and event entry: staff type in responses given on paper or at events; printable
surveys."""

from flask import Blueprint, Flask

bp = Blueprint(
    "paper",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/paper/static",
)


def init_app(app: Flask) -> None:
    """Register this blueprint's routes and the `takes_paper_entries` template helper."""
    from feedback.paper import services, views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
    app.jinja_env.globals["takes_paper_entries"] = services.takes_entries
