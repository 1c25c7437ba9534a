"""The respondent services other parts of the app can use: clearing drafts and submitting them."""

import pytest

from feedback.extensions import db
from feedback.models import Channel, Draft, Response
from feedback.respond.services import (
    REFERENCE_ALPHABET,
    IncompleteAnswers,
    delete_expired_drafts,
    new_reference,
    submit_draft,
)
from surveys.model import Answer
from tests.factories import make_survey
from tests.feedback.respond.journey import REFERENCE, age_drafts, count, responses


def _draft(app, survey_id: int, token: str, answers: dict[str, Answer]) -> None:
    with app.app_context():
        data = {key: answer.to_json() for key, answer in answers.items()}
        db.session.add(Draft(token=token, survey_id=survey_id, answers=data))
        db.session.commit()


PAPER_ANSWERS = {
    "_locality": Answer(choices=("south",)),
    "has-ehcp": Answer(choices=("no",)),
    "ehcp-satisfaction": Answer(choices=("satisfied",)),  # not asked after "no": dropped
    "school-type": Answer(choices=("mainstream",)),
    "listened-to": Answer(choices=("dont_know",)),
    "recommend": Answer(choices=("0",), number=0),
    "comments": Answer(),
}


def test_expired_drafts_are_deleted_and_counted(app):
    survey_id = make_survey(app)
    _draft(app, survey_id, "old-1", {})
    _draft(app, survey_id, "old-2", {})
    age_drafts(app, minutes=46)
    _draft(app, survey_id, "fresh", {})

    with app.app_context():
        assert delete_expired_drafts() == 2
        assert list(db.session.scalars(db.select(Draft.token))) == ["fresh"]


@pytest.mark.parametrize("app_config", [{"DRAFT_LIFETIME_MINUTES": 10}])
def test_the_draft_lifetime_comes_from_config(app):
    survey_id = make_survey(app)
    _draft(app, survey_id, "eleven-minutes", {})
    age_drafts(app, minutes=11)
    with app.app_context():
        assert delete_expired_drafts() == 1


def test_a_draft_entered_by_staff_can_be_submitted_as_a_paper_response(app):
    survey_id = make_survey(app)
    _draft(app, survey_id, "paper-1", PAPER_ANSWERS)

    with app.app_context():
        draft = db.session.scalar(db.select(Draft))
        submit_draft(draft, channel=Channel.PAPER)

    (response,) = responses(app)
    assert response["channel"] == "paper"
    assert response["locality"] == "south"
    assert response["rows"] == [
        ("has-ehcp", "no", None, None),
        ("listened-to", "dont_know", None, None),
        ("recommend", "0", 0, None),
        ("school-type", "mainstream", None, None),
    ]
    assert count(app, Draft) == 0


def test_submitting_a_used_token_again_returns_the_first_response_and_stores_nothing(app):
    survey_id = make_survey(app)
    _draft(app, survey_id, "paper-2", PAPER_ANSWERS)
    with app.app_context():
        first = submit_draft(db.session.scalar(db.select(Draft)))
        first_id, reference = first.id, first.reference
    _draft(app, survey_id, "paper-2", PAPER_ANSWERS)  # the same draft, sent twice

    with app.app_context():
        again = submit_draft(db.session.scalar(db.select(Draft)))
        assert (again.id, again.reference) == (first_id, reference)
    assert count(app, Response) == 1


def test_a_draft_missing_a_required_answer_is_refused_and_nothing_is_stored(app):
    survey_id = make_survey(app)
    answers = {key: a for key, a in PAPER_ANSWERS.items() if key != "recommend"}
    _draft(app, survey_id, "incomplete", answers)

    with app.app_context():
        draft = db.session.scalar(db.select(Draft))
        with pytest.raises(IncompleteAnswers, match="recommend"):
            submit_draft(draft)
    assert count(app, Response) == 0
    assert count(app, Draft) == 1


def test_references_are_short_and_unambiguous():
    references = {new_reference() for _ in range(200)}
    assert len(references) == 200
    assert all(REFERENCE.fullmatch(reference) for reference in references)
    assert not set("01ILOU") & set(REFERENCE_ALPHABET)
