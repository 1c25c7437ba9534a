"""A small survey with its Polish translation, and ways to store translations as staff would."""

from __future__ import annotations

from dataclasses import replace

from flask import Flask

from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.languages.services import save_translation, updated
from feedback.models import Survey, SurveyStatus
from surveys.model import Option, Question, Section, SurveyDefinition
from tests.factories import make_survey

SLUG = "your-school"

DEFINITION = SurveyDefinition(
    slug=SLUG,
    title="Your school",
    purpose="Tell us what school is like for you.",
    audiences=("children-and-young-people",),
    sections=(
        Section(
            title="School",
            questions=(
                Question(
                    "help-to-learn",
                    "single_choice",
                    "Do you get the help you need to learn?",
                    hint="Think about this term.",
                    easy_read="Do people help you to learn?",
                    options=(
                        Option("yes", "Yes"),
                        Option("sometimes", "Sometimes"),
                        Option("no", "No"),
                    ),
                ),
                Question(
                    "one-thing", "long_text", "What would make school better?", required=False
                ),
            ),
        ),
    ),
)

POLISH = {
    "title": "Twoja szkoła",
    "purpose": "Powiedz nam, jak jest w szkole.",
    "section:1:title": "Szkoła",
    "question:help-to-learn:text": "Czy dostajesz pomoc, której potrzebujesz w nauce?",
    "question:help-to-learn:hint": "Pomyśl o tym semestrze.",
    "question:help-to-learn:easy_read": "Czy ludzie pomagają Ci się uczyć?",
    "question:help-to-learn:option:yes": "Tak",
    "question:help-to-learn:option:sometimes": "Czasami",
    "question:help-to-learn:option:no": "Nie",
    "question:one-thing:text": "Co sprawiłoby, że szkoła byłaby lepsza?",
}


def make_school_survey(
    app: Flask, status: SurveyStatus = SurveyStatus.OPEN, group_ids=(), slug: str = SLUG
) -> int:
    """The survey above (under `slug`), stored without "About you" questions; returns its id."""
    survey_id = make_survey(app, replace(DEFINITION, slug=slug), status, group_ids=group_ids)
    with app.app_context():
        db.session.get(Survey, survey_id).ask_locality = False
        db.session.commit()
    return survey_id


def translate(app: Flask, survey_id: int, language: str, strings: dict, offered: bool) -> None:
    """Store a translation of the survey as it is now."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        kept = updated(definition_from_survey(survey), {}, strings)
        save_translation(survey, language, kept, offered)
        db.session.commit()


def translation_of(app: Flask, survey_id: int, language: str) -> tuple[dict, bool] | None:
    """The stored translation's strings and whether it is offered, if there is one."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        found = [t for t in survey.translations if t.language == language]
        if not found:
            return None
        strings = {k: v for k, v in found[0].strings.items() if not k.startswith("_")}
        return strings, found[0].offered
