"""Who may do what: every survey route checks the user's role and their right to the survey."""

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import login_as, make_group, make_survey
from tests.feedback.manage.helpers import question_form, question_id, section_ids, stored


def _routes(app, survey_id: int) -> list[tuple[str, str, dict | None]]:
    """Every route that acts on one survey, as (method, url, form data); deletions last."""
    section = section_ids(app, survey_id)[0]
    question = question_id(app, survey_id, "services")
    survey = f"/manage/surveys/{survey_id}"
    return [
        ("get", survey, None),
        ("get", f"{survey}/details", None),
        ("post", f"{survey}/details", {"title": "Taken over"}),
        ("get", f"{survey}/preview", None),
        ("get", f"{survey}/questions/{question}/preview", None),
        ("get", f"{survey}/export", None),
        ("post", f"{survey}/duplicate", None),
        ("get", f"{survey}/status/send-for-review", None),
        ("post", f"{survey}/status/send-for-review", None),
        ("post", f"{survey}/status/open", None),
        ("get", f"{survey}/sections/new", None),
        ("post", f"{survey}/sections/new", {"title": "Ours now"}),
        ("get", f"{survey}/sections/{section}/rename", None),
        ("post", f"{survey}/sections/{section}/rename", {"title": "Ours now"}),
        ("get", f"{survey}/sections/{section}/questions/new", None),
        ("post", f"{survey}/sections/{section}/questions/new", {"type": "number"}),
        ("get", f"{survey}/sections/{section}/questions/new/number", None),
        (
            "post",
            f"{survey}/sections/{section}/questions/new/number",
            question_form(text="Sneaky"),
        ),
        ("get", f"{survey}/questions/{question}", None),
        ("post", f"{survey}/questions/{question}", question_form(text="Sneaky")),
        ("get", f"{survey}/questions/{question}/type", None),
        ("post", f"{survey}/questions/{question}/type", {"type": "number"}),
        ("post", f"{survey}/questions/{question}/move/up", None),
        ("post", f"{survey}/questions/{question}/move/down", None),
        ("get", f"{survey}/questions/{question}/delete", None),
        ("post", f"{survey}/questions/{question}/delete", None),
        ("get", f"{survey}/sections/{section}/delete", None),
        ("post", f"{survey}/sections/{section}/delete", None),
    ]


CHANGES = {"post"}
LOOKS = {"/preview", "/export"}


def test_a_forum_editor_of_another_group_is_refused_on_every_survey_route(client, app):
    theirs = make_group(app, "youth-forum", "Youth forum")
    ours = make_group(app)
    survey_id = make_survey(app, status=SurveyStatus.DRAFT, group_ids=[theirs])
    before = stored(app, survey_id)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    for method, url, data in _routes(app, survey_id):
        response = getattr(client, method)(url, data=data)
        assert response.status_code == 403, f"{method.upper()} {url}"
        assert "You do not have permission to see this page" in response.get_data(as_text=True)
    assert stored(app, survey_id) == before


def test_a_forum_editor_of_a_co_producing_group_may_build_but_not_open(client, app):
    ours = make_group(app)
    survey_id = make_survey(app, status=SurveyStatus.DRAFT, group_ids=[ours])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])
    for method, url, data in _routes(app, survey_id):
        response = getattr(client, method)(url, data=data)
        if url.endswith("/status/open"):
            assert response.status_code == 403, url
        else:
            assert response.status_code in (200, 302), f"{method.upper()} {url}"


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.OPEN])
def test_viewers_may_look_but_not_change(client, app, status):
    survey_id = make_survey(app, status=status)
    before = stored(app, survey_id)
    login_as(client, app, Role.VIEWER)
    for method, url, data in _routes(app, survey_id):
        response = getattr(client, method)(url, data=data)
        looking = method == "get" and (
            url.endswith(f"/{survey_id}") or any(part in url for part in LOOKS)
        )
        expected = 200 if looking else 403
        assert response.status_code == expected, f"{method.upper()} {url}"
    assert stored(app, survey_id) == before


def test_signed_out_visitors_are_sent_to_sign_in(client, app):
    survey_id = make_survey(app)
    for method, url, data in _routes(app, survey_id):
        response = getattr(client, method)(url, data=data)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/sign-in")
