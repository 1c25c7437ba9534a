"""The survey page shows how many of its comments have been reviewed."""

from __future__ import annotations

from feedback.models import Role
from tests.factories import login_as, make_group, make_survey
from tests.feedback.analysis.helpers import QUEUE, add_comments, run_theming
from tests.pages import page, visible_text


def test_officers_see_the_share_reviewed_with_a_link_to_the_queue(app, client):
    login_as(client, app, Role.OFFICER)
    survey = make_survey(app)
    first, _, _ = add_comments(
        app, survey, "Annual review late.", "No named contact.", "Waiting for CAMHS."
    )
    run_theming(app)
    client.post(f"{QUEUE}/{first}/reviewed")

    response = client.get(f"/manage/surveys/{survey}")
    assert "Comments reviewed 1 of 3 (33%)" in visible_text(response)
    assert f'href="{QUEUE}?survey={survey}"' in page(response)


def test_a_survey_without_comments_says_so(app, client):
    login_as(client, app, Role.OFFICER)
    survey = make_survey(app)
    assert "Comments reviewed No comments yet" in visible_text(
        client.get(f"/manage/surveys/{survey}")
    )


def test_others_see_the_share_without_the_link(app, client):
    group = make_group(app)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[group])
    survey = make_survey(app, group_ids=[group])
    add_comments(app, survey, "Annual review late.")
    response = client.get(f"/manage/surveys/{survey}")
    assert "Comments reviewed 0 of 1 (0%)" in visible_text(response)
    assert QUEUE not in page(response)
