"""The same review for a "You said, we did" action: its halves are the draft under review."""

from datetime import date

from feedback.extensions import db
from feedback.models import Action, ActionQuote, ActionStatus, Group, Owner
from feedback.reviews import services
from tests.feedback.reviews.helpers import cast, client_for, comment, comments, sign, start
from tests.pages import page, visible_text


def _action(app, group_ids: list[int]) -> int:
    with app.app_context():
        action = Action(
            slug="ehc-plans-on-time",
            title="EHC plans on time",
            you_said="Plans take too long.",
            we_did="We hired two more caseworkers.",
            owner=Owner.COUNCIL,
            status=ActionStatus.IN_PROGRESS,
            due_on=date(2027, 3, 31),
            groups=[db.session.get(Group, group_id) for group_id in group_ids],
            quotes=[ActionQuote(text="We waited a year.", position=0)],
        )
        db.session.add(action)
        db.session.commit()
        return action.id


def test_an_action_is_reviewed_answered_and_signed_off_like_a_survey(app):
    people = cast(app)
    action_id = _action(app, [people.pcf])
    with app.app_context():
        action = db.session.get(Action, action_id)
        assert services.sign_off_problem(action, "published") == (
            "Parent Carer Forum has not signed it off, so it cannot be published yet"
        )
    round_id = start(app, action_id, [people.pcf], people.officer, subject=Action)
    comment_id = comment(app, round_id, people.pcf_editor, "Say how many caseworkers.")

    officer = client_for(app, people.officer)
    html = page(officer.get(f"/manage/reviews/{round_id}"))
    text = visible_text(officer.get(f"/manage/reviews/{round_id}"))
    for expected in (
        "Review of a “You said, we did” reply",
        "EHC plans on time",
        "You said Plans take too long.",
        "We did We hired two more caseworkers.",
        "Owner The council",
        "Status In progress",
        "Due 31 March 2027",
        "“We waited a year.”",
        "Say how many caseworkers.",
    ):
        assert expected in text
    assert f'href="/manage/actions/{action_id}"' in html
    assert "Comment on this question" not in text

    # A forum editor may comment but only officers and admins answer comments on an action.
    editor = client_for(app, people.pcf_editor)
    answer_url = f"/manage/reviews/{round_id}/comments/{comment_id}/answer"
    assert editor.get(answer_url).status_code == 403
    officer.post(answer_url, data={"resolution": "accepted", "reason": "Added: two."})
    assert comments(app, round_id)[0][2:] == ("accepted", "Added: two.")

    sign(app, round_id, people.pcf, people.pcf_editor)
    with app.app_context():
        action = db.session.get(Action, action_id)
        assert services.sign_off_problem(action, "published") is None


def test_members_see_an_actions_round_but_not_the_staff_pages(app):
    people = cast(app)
    action_id = _action(app, [people.youth])
    round_id = start(app, action_id, [people.youth], people.officer, subject=Action)
    sam = client_for(app, people.youth_member)
    text = visible_text(sam.get(f"/manage/reviews/{round_id}"))
    assert "We hired two more caseworkers." in text
    assert "Go to the action" not in text
    sam.post(f"/manage/reviews/{round_id}/comments/new", data={"body": "Good"})
    assert [row[0] for row in comments(app, round_id)] == ["Good"]
