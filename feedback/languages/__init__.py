"""Survey content in other languages: staff translate questions, options and hints;
respondents read a survey in their language when its translation is offered and complete."""

from flask import Blueprint, Flask

bp = Blueprint("languages", __name__, template_folder="templates")


def init_app(app: Flask) -> None:
    """Register this blueprint's routes and its template helpers."""
    from feedback.languages import services, views  # noqa: F401  (registers routes on bp)

    app.register_blueprint(bp)
    app.jinja_env.globals.update(
        survey_text=services.survey_text,
        survey_languages=services.survey_languages,
        survey_content_language=services.content_language,
        survey_language_rows=services.language_rows,
    )
