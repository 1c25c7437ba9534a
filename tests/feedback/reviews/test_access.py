"""Who may read, comment on, answer, sign off and start reviews: at function and data level."""

import pytest

from feedback.extensions import db
from feedback.models import Group, ReviewRound, User
from feedback.reviews import services
from tests.factories import make_staff
from tests.feedback.reviews.helpers import (
    cast,
    client_for,
    comment,
    comments,
    sign_off_groups,
    start,
)
from tests.pages import visible_text


def _review(app):
    people = cast(app)
    round_id = start(app, people.survey, [people.pcf, people.youth], people.officer)
    comment_id = comment(app, round_id, people.youth_member, "Too long")
    return people, round_id, comment_id


def _urls(round_id: int, comment_id: int, survey_id: int) -> dict[str, str]:
    base = f"/manage/reviews/{round_id}"
    return {
        "round": base,
        "comment": f"{base}/comments/new",
        "answer": f"{base}/comments/{comment_id}/answer",
        "sign_off": f"{base}/sign-off",
        "start": f"/manage/reviews/surveys/{survey_id}/new",
    }


EXPECTED = {
    # who: (round page, comment, answer, sign off, start a round)
    "officer": (200, 200, 200, 403, 200),
    "pcf_editor": (200, 200, 200, 200, 403),
    "youth_editor": (200, 200, 403, 200, 403),  # a reviewer, not an author: does not answer
    "youth_member": (200, 200, 403, 403, 403),
    "viewer": (200, 403, 403, 403, 403),
    "other_editor": (403, 403, 403, 403, 403),
    "other_member": (403, 403, 403, 403, 403),
}


@pytest.mark.parametrize("who", EXPECTED)
def test_each_role_may_do_only_its_part(app, who):
    people, round_id, comment_id = _review(app)
    client = client_for(app, getattr(people, who))
    urls = _urls(round_id, comment_id, people.survey)
    for (name, url), expected in zip(urls.items(), EXPECTED[who], strict=True):
        assert client.get(url).status_code == expected, f"{who} GET {name}"
        if expected == 403 and name != "round":
            assert client.post(url, data={"body": "x", "resolution": "accepted"}).status_code == 403
    assert comments(app, round_id) == [("Too long", "", None, "")]
    assert sign_off_groups(app, round_id) == []


def test_the_list_shows_each_person_only_the_rounds_they_may_read(app):
    people, _, _ = _review(app)
    for who, sees in [
        ("officer", True),
        ("viewer", True),
        ("pcf_editor", True),
        ("youth_member", True),
        ("other_member", False),
        ("other_editor", False),
    ]:
        text = visible_text(client_for(app, getattr(people, who)).get("/manage/reviews/"))
        assert ("Your experience of SEND support" in text) is sees, who
        if not sees:
            assert "There are no reviews for you yet." in text


def test_a_forum_editor_sees_rounds_on_their_surveys_even_when_not_open_to_them(app):
    people = cast(app)
    round_id = start(app, people.survey, [people.youth], people.officer)
    author = client_for(app, people.pcf_editor)
    assert "Your experience of SEND support" in visible_text(author.get("/manage/reviews/"))
    page_text = visible_text(author.get(f"/manage/reviews/{round_id}"))
    assert "Add a comment" not in page_text
    assert "Parent Carer Forum co-produces this but is not in this round" in page_text


def test_group_members_see_nothing_but_reviews(app):
    people, round_id, _ = _review(app)
    sam = client_for(app, people.youth_member)
    assert sam.get("/manage/surveys").status_code == 403
    assert sam.get(f"/manage/surveys/{people.survey}").status_code == 403
    text = visible_text(sam.get(f"/manage/reviews/{round_id}"))
    assert "Go to the survey" not in text
    assert "Sign off" not in text
    assert "Answer this comment" not in text


def test_viewers_read_but_cannot_comment(app):
    people, round_id, _ = _review(app)
    viewer = client_for(app, people.viewer)
    text = visible_text(viewer.get(f"/manage/reviews/{round_id}"))
    assert "Too long" in text
    assert "Add a comment" not in text
    assert "Comment on this question" not in text
    assert "Answer this comment" not in text
    response = viewer.post(f"/manage/reviews/{round_id}/comments/new", data={"body": "Me too"})
    assert response.status_code == 403
    assert len(comments(app, round_id)) == 1


def test_nobody_comments_or_signs_off_as_a_group_they_are_not_in(app):
    people, round_id, _ = _review(app)
    make_staff(app, "member", "both@example.org", [people.pcf, people.youth])
    both = client_for(app, "both@example.org")
    form = visible_text(both.get(f"/manage/reviews/{round_id}/comments/new"))
    assert "Which group are you commenting for?" in form
    response = both.post(
        f"/manage/reviews/{round_id}/comments/new",
        data={"group": people.other, "question": 0, "body": "As the SENCOs"},
    )
    assert "Select one of your groups" in visible_text(response)
    both.post(
        f"/manage/reviews/{round_id}/comments/new",
        data={"group": people.youth, "question": 0, "body": "As the youth forum"},
    )
    assert [row[0] for row in comments(app, round_id)] == ["Too long", "As the youth forum"]

    with app.app_context():
        review = db.session.get(ReviewRound, round_id)
        user = db.session.scalar(db.select(User).where(User.email == people.youth_editor))
        pcf = db.session.get(Group, people.pcf)
        with pytest.raises(services.ReviewError, match="not a member of Parent Carer Forum"):
            services.add_comment(review, user, "As the parents", group=pcf)
        with pytest.raises(services.ReviewError, match="Only a forum editor of Parent Carer"):
            services.sign_off(review, pcf, user)
        outsider = db.session.scalar(db.select(User).where(User.email == people.other_member))
        with pytest.raises(services.ReviewError, match="Only members of the groups"):
            services.add_comment(review, outsider, "Let me in")
    assert sign_off_groups(app, round_id) == []


def test_a_round_that_does_not_exist_is_not_found(app):
    people, round_id, comment_id = _review(app)
    officer = client_for(app, people.officer)
    assert officer.get(f"/manage/reviews/{round_id + 1}").status_code == 404
    assert (
        officer.get(f"/manage/reviews/{round_id}/comments/{comment_id + 1}/answer").status_code
        == 404
    )
    assert officer.get("/manage/reviews/surveys/9999/new").status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(app):
    people, round_id, comment_id = _review(app)
    client = app.test_client()
    for url in [*_urls(round_id, comment_id, people.survey).values(), "/manage/reviews/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/sign-in")
