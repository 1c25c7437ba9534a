"""The demo surveys' records: one for every demo survey, the same on every load."""

from sqlalchemy import select

from feedback.coproduction.record import record_line
from feedback.demo.content import SURVEYS
from feedback.demo.coproduction import RECORDS, load_coproduction_records
from feedback.extensions import db
from feedback.models import GroupRole, Level, Stage, Survey, SurveyGroup
from tests.factories import every_type_definition, make_group, make_survey


def test_every_demo_survey_has_a_record():
    assert set(RECORDS) == {plan.definition.slug for plan in SURVEYS}


def test_the_demo_records_are_stored_on_the_surveys(app):
    youth, parents = make_group(app, "youth-forum", "Youth Forum"), make_group(app)
    young_people = make_survey(app, every_type_definition("have-your-say-young-people"))
    make_survey(app, every_type_definition("send-parent-carer-survey"), group_ids=[parents])
    make_survey(app, every_type_definition("not-a-demo-survey"))
    with app.app_context():
        survey = db.session.get(Survey, young_people)
        survey.group_links = [
            SurveyGroup(group_id=youth, role=GroupRole.CO_AUTHOR),
            SurveyGroup(group_id=parents, role=GroupRole.REVIEWER),
        ]
        db.session.flush()
        load_coproduction_records(list(db.session.scalars(select(Survey).order_by(Survey.id))))
        db.session.commit()
        db.session.expire_all()
        surveys = {survey.slug: survey for survey in db.session.scalars(select(Survey))}
        assert record_line(surveys["have-your-say-young-people"]) == (
            "Developed with the help of the Youth Forum and the Parent Carer Forum: questions"
        )
        parents_survey = surveys["send-parent-carer-survey"]
        assert parents_survey.coproduction_level is Level.CO_PRODUCE
        assert parents_survey.stages == [Stage.IDEA, Stage.DESIGN, Stage.QUESTIONS, Stage.ANALYSIS]
        assert surveys["not-a-demo-survey"].coproduction_level is None
