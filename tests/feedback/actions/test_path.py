"""Issue 5's path on the staff side: an officer responds to a closed survey's top three themes,
sends the drafts to the forum, the forum signs them off, the officer publishes them, and one
email each is queued for the people who asked to hear what happened."""

from __future__ import annotations

import re

from feedback.models import Decision, Role, SurveyStatus
from tests.factories import PASSWORD, login_as, make_group, make_staff, make_survey
from tests.feedback.actions.helpers import action_ids, follow, notifications, stored, url
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.pages import visible_text

THEMES = ("Long waits", "No named contact", "Confusing letters")


def _closed_survey_with_three_themes(app, group: int) -> int:
    survey = make_survey(app, status=SurveyStatus.CLOSED, group_ids=[group])
    add_responses(app, survey, 6, {"comments": "We waited a year and nobody rang us back."})
    answers = answer_ids(app)
    for label, count in zip(THEMES, (6, 4, 2), strict=True):
        add_theme(app, label, dict.fromkeys(answers[:count], Decision.ACCEPTED))
    return survey


def _post_prefilled(client, link: str):
    """Save the new action exactly as the pre-filled form offers it, with the we did half."""
    html = client.get(link).get_data(as_text=True)
    data = {
        name: re.findall(rf'name="{name}" type="checkbox" value="(\d+)" checked', html)
        for name in ("themes", "surveys", "areas", "groups")
    }
    data["title"] = re.search(r'name="title" type="text" value="([^"]*)"', html)[1]
    data["you_said"] = re.search(r'name="you_said"[^>]*>\s*(.*?)</textarea>', html, re.S)[1]
    data["quotes"] = re.search(r'name="quotes"[^>]*>\s*(.*?)</textarea>', html, re.S)[1]
    data |= {"we_did": "We will fix it.", "owner": "council", "status": "planned",
             "due_on": ["", "", ""], "level": ""}  # fmt: skip
    return client.post(link, data=data)


def test_respond_review_sign_off_publish_and_queue_one_email_each(client, app):
    pcf = make_group(app)
    survey = _closed_survey_with_three_themes(app, pcf)
    follow(app, survey, "amal@example.org", "bea@example.org")
    editor_email = make_staff(app, Role.FORUM_EDITOR, email="pcf@example.org", group_ids=[pcf])
    login_as(client, app, Role.OFFICER)

    results = client.get(f"/manage/reports/surveys/{survey}").get_data(as_text=True)
    links = re.findall(r'href="(/manage/actions/new\?[^"]+)">Respond to this', results)
    assert len(links) == 3
    for link in links:
        assert _post_prefilled(client, link.replace("&amp;", "&")).status_code == 302
    actions = action_ids(app)
    assert sorted(stored(app, action)["title"] for action in actions) == sorted(THEMES)

    rounds = []
    for action in actions:
        response = client.post(url(action, "review"), data={"groups": [pcf]})
        rounds.append(int(response.location.rsplit("/", 1)[1]))
    client.get("/sign-out")

    client.post("/sign-in", data={"email": editor_email, "password": PASSWORD})
    for round_id in rounds:
        assert client.post(f"/manage/reviews/{round_id}/sign-off").status_code == 302
    assert client.post(url(actions[0], "publish")).status_code == 403
    client.get("/sign-out")

    login_as(client, app, Role.ADMIN)
    for action in actions:
        assert client.post(url(action, "publish")).status_code == 302
        assert stored(app, action)["published"]
        assert "Agreed with the Parent Carer Forum" in visible_text(client.get(url(action)))
    assert sorted(notifications(app)) == sorted(
        (email, title) for email in ("amal@example.org", "bea@example.org") for title in THEMES
    )
