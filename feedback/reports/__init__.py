"""Results of a survey: per-question counts, percentages and confidence intervals.

The figures are computed in SQL (`results`), published with small-number suppression
(`publish`), and shown to staff on a results page or written out by `flask reports survey`.
"""

from flask import Blueprint, Flask

bp = Blueprint("reports", __name__, template_folder="templates", url_prefix="/manage/reports")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes."""
    from feedback.reports import views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
