"""The demo youth survey in young people's mode: symbols with alt text, and easy-read answers."""

from sqlalchemy import func, select

from feedback.demo import load_demo
from feedback.extensions import db
from feedback.models import Mode, Response, Survey
from feedback.pictures.checks import picture_type

YOUTH = "have-your-say-young-people"


def mode_counts(survey: Survey) -> dict[Mode, int]:
    query = (
        select(Response.mode, func.count())
        .where(Response.survey_id == survey.id)
        .group_by(Response.mode)
    )
    return dict(db.session.execute(query).all())


def test_the_youth_survey_has_symbols_and_a_third_answered_in_easy_read(app):
    with app.app_context():
        load_demo(responses=400)
        surveys = {survey.slug: survey for survey in db.session.scalars(select(Survey))}
        youth = surveys.pop(YOUTH)
        assert youth.young_people_mode
        pictured = [question for question in youth.questions if question.picture_type]
        assert len(pictured) >= 5
        for question in pictured:
            assert picture_type(question.picture) == question.picture_type == "image/png"
            assert question.picture_alt and len(question.picture_alt) <= 250
            assert question.easy_read

        counts = mode_counts(youth)
        share = counts[Mode.EASY_READ] / sum(counts.values())
        assert 0.2 < share < 0.45, counts
        for other in surveys.values():
            assert not other.young_people_mode
            assert set(mode_counts(other)) == {Mode.STANDARD}
            assert not any(question.picture_type for question in other.questions)
