"""Review rounds and sign-off of draft surveys and actions by co-producing groups."""

from flask import Blueprint, Flask

bp = Blueprint("reviews", __name__, template_folder="templates", url_prefix="/manage/reviews")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes and the survey page's review helpers."""
    from feedback.reviews import views  # (registers routes on bp)

    app.context_processor(views.survey_page_helpers)
    app.register_blueprint(bp)
