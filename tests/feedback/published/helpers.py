"""A closed survey with answers chosen so that every suppression rule shows on the public page."""

from __future__ import annotations

import re
from datetime import date, datetime

from flask import Flask

from feedback.extensions import db
from feedback.models import Decision, Survey, SurveyStatus
from tests.factories import make_survey
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids

SLUG = "every-type"
TITLE = "Your experience of SEND support"
COMMENTS = [
    "Mrs Patel at Oakwood Primary School never replies to jo.bloggs@example.org.",
    "Waiting lists are far too long: we waited a year for speech therapy.",
    "Too long a wait for the assessment, and nobody told us why it was taking so long.",
    "The wait.",
    "We waited and waited for CAMHS, and our son Callum got worse while we waited.",
    "Months of waiting for an appointment, with no update from anyone at all, ever.",
    "Nobody rings back when you leave a message, so we never know what is happening.",
    "Emails go unanswered for weeks and we have to chase every single time.",
]


def make_closed_survey(app: Flask, published: bool = True, group_ids=()) -> int:
    """The every-type survey, closed, with these answers (and published unless told not to).

    ‘I feel listened to’ (agreement): 12 strongly agree and 20 agree (parents, North); 10
    neither (education settings, South); 3 disagree (parents, South); no one said don't know.
    So 45 answered, all in the base. The 3 is small.
    ‘How likely … recommend’ (rating): 2 answers, too few to show anything.
    ‘What one thing …’ (comments): 8 answers; 6 have the theme ‘Waiting times’ (checked by a
    person), 2 ‘Communication’ (checked), and 5 a theme only the machine suggested.
    `group_ids` are co-production groups that co-author the survey.
    """
    survey_id = make_survey(app, status=SurveyStatus.CLOSED, group_ids=group_ids)
    for answer, count, audience, locality in [
        ("strongly_agree", 12, "parents-and-carers", "north"),
        ("agree", 20, "parents-and-carers", "north"),
        ("neither", 10, "education-settings", "south"),
        ("disagree", 3, "parents-and-carers", "south"),
    ]:
        answers = {"listened-to": answer}
        add_responses(app, survey_id, count, answers, audience=audience, locality=locality)
    add_responses(app, survey_id, 2, {"recommend": 8})
    before = set(answer_ids(app))
    for comment in COMMENTS:
        add_responses(app, survey_id, 1, {"comments": comment})
    comments = sorted(set(answer_ids(app)) - before)
    add_theme(app, "Waiting times", dict.fromkeys(comments[:6], Decision.ACCEPTED))
    add_theme(app, "Communication", dict.fromkeys(comments[6:], Decision.ACCEPTED))
    add_theme(app, "Machine guess", dict.fromkeys(comments[:5], Decision.SUGGESTED))
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.opens_on, survey.closes_on = date(2026, 3, 1), date(2026, 3, 31)
        if published:
            survey.results_published_at = datetime(2026, 4, 14, 9, 30)
        db.session.commit()
    return survey_id


def set_survey(app: Flask, survey_id: int, **values) -> None:
    """Change stored fields of a survey."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        for name, value in values.items():
            setattr(survey, name, value)
        db.session.commit()


def survey_value(app: Flask, survey_id: int, name: str):
    with app.app_context():
        return getattr(db.session.get(Survey, survey_id), name)


def table_rows(html: str, caption: str) -> list[list[str]]:
    """The cells of the table whose caption contains `caption`, row by row (header row first)."""
    start = html.index(caption)
    table = html[html.rindex("<table", 0, start) : html.index("</table>", start)]
    rows = re.findall(r"<tr.*?</tr>", table, re.S)
    return [[_text(cell) for cell in re.findall(r"<t[hd].*?</t[hd]>", row, re.S)] for row in rows]


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)).strip()
