"""With CSRF protection on, as in production, review forms work with their token and not without."""

import pytest

from tests.feedback.reviews.helpers import (
    cast,
    client_for,
    comment,
    comments,
    csrf_token,
    sign_off_groups,
    start,
)
from tests.pages import visible_text


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def test_review_posts_need_their_token(app):
    people = cast(app)
    round_id = start(app, people.survey, [people.pcf, people.youth], people.officer)
    comment_id = comment(app, round_id, people.youth_member, "Too long")
    base = f"/manage/reviews/{round_id}"
    posts = [
        (people.youth_member, f"{base}/comments/new", {"question": 0, "body": "Sneaky"}),
        (
            people.pcf_editor,
            f"{base}/comments/{comment_id}/answer",
            {"resolution": "accepted", "reason": "Fine"},
        ),
        (people.youth_editor, f"{base}/sign-off", {"objection": ""}),
        (people.officer, f"/manage/reviews/surveys/{people.survey}/new", {"groups": [people.pcf]}),
    ]
    for email, url, data in posts:
        client = client_for(app, email)
        refused = client.post(url, data=data)
        assert refused.status_code == 400, url
        assert "Sorry, this page has expired" in visible_text(refused)
    assert comments(app, round_id) == [("Too long", "", None, "")]
    assert sign_off_groups(app, round_id) == []

    for email, url, data in posts:
        client = client_for(app, email)
        token = csrf_token(client.get(url).get_data(as_text=True))
        assert client.post(url, data={**data, "csrf_token": token}).status_code == 302, url
    assert [(row[0], row[2]) for row in comments(app, round_id)] == [
        ("Too long", "accepted"),
        ("Sneaky", None),
    ]
    assert sign_off_groups(app, round_id) == ["Youth Forum"]
