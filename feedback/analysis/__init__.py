"""Theming free-text comments: the review queue, the codebook and emerging themes.

Only co-production officers and administrators use these pages. The survey page's
"Comments reviewed" line comes from the template helpers registered here.
"""

from flask import Blueprint, Flask

bp = Blueprint("analysis", __name__, template_folder="templates", url_prefix="/manage/analysis")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes and the survey page's helpers."""
    from feedback.analysis import codebook_views, services, views  # noqa: F401  (routes on bp)

    app.context_processor(services.survey_page_helpers)
    app.register_blueprint(bp)
