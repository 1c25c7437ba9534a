"""The review core other areas reuse: its wording, its refusals and its counts."""

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Group, Resolution, ReviewRound, Survey, SurveyStatus, User
from feedback.reviews import services
from tests.feedback.reviews.helpers import cast, comment, sign, start


def _user(email: str) -> User:
    return db.session.scalar(select(User).where(User.email == email))


def test_names_are_joined_as_people_write_them():
    groups = [Group(name=name) for name in ("A", "B", "C")]
    assert services.names(groups[:1]) == "A"
    assert services.names(groups[:2]) == "A and B"
    assert services.names(groups) == "A, B and C"


def test_the_sign_off_problem_names_every_missing_group(app):
    people = cast(app)
    with app.app_context():
        survey = db.session.get(Survey, people.survey)
        assert services.sign_off_problem(survey, "opened") == (
            "Parent Carer Forum and Youth Forum have not signed it off, so it cannot be opened yet"
        )
    round_id = start(app, people.survey, [people.pcf, people.youth], people.officer)
    sign(app, round_id, people.youth, people.youth_editor)
    with app.app_context():
        survey = db.session.get(Survey, people.survey)
        assert services.sign_off_problem(survey, "opened") == (
            "Parent Carer Forum has not signed it off, so it cannot be opened yet"
        )
    sign(app, round_id, people.pcf, people.pcf_editor)
    with app.app_context():
        assert services.sign_off_problem(db.session.get(Survey, people.survey), "opened") is None


def test_the_core_refuses_what_cannot_be_done(app):
    people = cast(app, status=SurveyStatus.CLOSED)
    with app.app_context():
        survey = db.session.get(Survey, people.survey)
        officer = _user(people.officer)
        with pytest.raises(services.ReviewError, match="is closed, so it cannot be reviewed"):
            services.start_round(survey, survey.groups, officer)
        survey.status = SurveyStatus.IN_REVIEW
        with pytest.raises(services.ReviewError, match="Select at least one group") as blank:
            services.start_round(survey, [], officer)
        assert blank.value.field == "groups"
        review = services.start_round(survey, survey.groups, officer)
        made = services.add_comment(review, _user(people.youth_member), "Hello")
        with pytest.raises(services.ReviewError, match="Only the authors of the draft"):
            services.resolve(made, Resolution.ACCEPTED, "Yes", _user(people.youth_member))
        services.resolve(made, Resolution.ACCEPTED, "Yes", officer)
        with pytest.raises(services.ReviewError, match="already been answered"):
            services.resolve(made, Resolution.DECLINED, "No", officer)
        pcf = db.session.get(Group, people.pcf)
        services.sign_off(review, pcf, _user(people.pcf_editor))
        with pytest.raises(services.ReviewError, match="Parent Carer Forum has already signed"):
            services.sign_off(review, pcf, _user(people.pcf_editor))
        services.close_round(review)
        with pytest.raises(services.ReviewError, match="takes no more comments"):
            services.add_comment(review, _user(people.youth_member), "Late")
        youth = db.session.get(Group, people.youth)
        with pytest.raises(services.ReviewError, match="start a new round to sign off again"):
            services.sign_off(review, youth, _user(people.youth_editor))
        db.session.rollback()


def test_round_rows_count_comments_answers_and_sign_offs_for_each_person(app):
    people = cast(app)
    first = start(app, people.survey, [people.pcf, people.youth], people.officer)
    answered = comment(app, first, people.youth_member, "One")
    comment(app, first, people.youth_member, "Two")
    comment(app, first, people.youth_editor, "Three")
    sign(app, first, people.youth, people.youth_editor)
    with app.app_context():
        found = db.session.get(ReviewRound, first).comments[0]
        assert found.id == answered
        services.resolve(found, Resolution.DECLINED, "No room", _user(people.pcf_editor))
        db.session.commit()
        rows = services.round_rows(_user(people.youth_member))
        assert [(r.comments, r.unresolved, r.signed, r.mine, r.mine_answered) for r in rows] == [
            (3, 2, 1, 2, 1)
        ]
        assert rows[0].is_open
        assert services.round_rows(_user(people.other_member)) == []
        assert len(services.round_rows(_user(people.viewer))) == 1
