"""The review queue: what officers see, each action on a comment, bulk actions and the audit."""

from __future__ import annotations

import re

import pytest

from feedback.models import Role
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.analysis.helpers import (
    QUEUE,
    add_comments,
    audit_rows,
    is_reviewed,
    run_theming,
    suggested,
    themes_of,
)
from tests.pages import page, visible_text

AUTISM = "We have waited two years for an autism assessment and nobody will tell us why."
REVIEW = "His annual review was late again and the plan was not updated."
HAPPY = "The short breaks club is wonderful and the staff are brilliant with my daughter."
URDU = "میرے بیٹے کو اسکول میں کوئی مدد نہیں ملتی اور کوئی ہماری بات نہیں سنتا"


@pytest.fixture
def survey(app) -> int:
    return make_survey(app)


@pytest.fixture
def officer(app, client) -> str:
    return login_as(client, app, Role.OFFICER)


def comment_url(answer_id: int, action: str) -> str:
    return f"{QUEUE}/{answer_id}/{action}"


def theme_url(answer_id: int, slug: str, action: str) -> str:
    return f"{QUEUE}/{answer_id}/themes/{slug}/{action}"


# Seeing the queue ----------------------------------------------------------------------------


def test_the_queue_shows_each_comment_with_its_sentiment_and_suggested_themes(
    app, client, officer, survey
):
    angry = "The autism assessment wait has been terrible and the service is awful."
    add_comments(app, survey, angry, locality="north")
    run_theming(app)
    response = client.get(QUEUE)
    assert response.status_code == 200
    text = visible_text(response)
    assert angry in text
    assert "Showing 1 to 1 of 1 comment" in text
    assert "Negative" in text
    assert re.search(r"Suggested Autism and ADHD assessment \(\d+% sure\) Accept", text)
    assert "Parents and carers, North" in text


def test_new_comments_are_counted_until_someone_analyses_them(app, client, officer, survey):
    add_comments(app, survey, AUTISM, REVIEW)
    text = visible_text(client.get(QUEUE))
    assert "2 new comments have not been analysed yet" in text
    assert "There are no comments to review" in text

    response = client.post(f"{QUEUE}/analyse", follow_redirects=True)
    text = visible_text(response)
    assert "Analysed 2 new or changed comments" in text
    assert "Showing 1 to 2 of 2 comments" in text
    assert "not been analysed yet" not in text


def test_the_queue_shows_raw_text_to_officers_escaped(app, client, officer, survey):
    add_comments(app, survey, "<script>alert('x')</script> Email me at jo@example.org")
    run_theming(app)
    html = client.get(QUEUE).get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "jo@example.org" in html


def test_the_queue_is_paginated_25_at_a_time(app, client, officer, survey):
    add_comments(app, survey, *(f"Comment number {n} about the local offer." for n in range(30)))
    run_theming(app)
    first = visible_text(client.get(QUEUE))
    assert "Showing 1 to 25 of 30 comments" in first
    second = client.get(QUEUE, query_string={"page": 2})
    assert "Showing 26 to 30 of 30 comments" in visible_text(second)
    beyond = client.get(QUEUE, query_string={"page": 9})
    assert "Showing 26 to 30 of 30 comments" in visible_text(beyond)


# Filters -------------------------------------------------------------------------------------


def shown(client, **filters) -> str:
    return visible_text(client.get(QUEUE, query_string=filters))


def test_filters_by_survey_audience_and_locality(app, client, officer):
    first = make_survey(app, every_type_definition("first-wave"))
    second = make_survey(app, every_type_definition("second-wave"))
    add_comments(app, first, AUTISM, locality="north")
    add_comments(app, second, REVIEW, audience="children-and-young-people", locality="south")
    run_theming(app)

    by_survey = shown(client, survey=first)
    assert AUTISM in by_survey and REVIEW not in by_survey
    by_audience = shown(client, audience="children-and-young-people")
    assert REVIEW in by_audience and AUTISM not in by_audience
    by_locality = shown(client, locality="north")
    assert AUTISM in by_locality and REVIEW not in by_locality
    assert "No comments match these filters" in shown(client, locality="north", survey=second)


def test_filters_by_theme_sentiment_reviewed_and_language(app, client, officer, survey):
    _autism, review, _happy, _urdu = add_comments(app, survey, AUTISM, REVIEW, HAPPY, URDU)
    run_theming(app)
    client.post(comment_url(review, "reviewed"))

    by_theme = shown(client, theme="autism-adhd-assessment")
    assert AUTISM in by_theme and HAPPY not in by_theme
    positive = shown(client, sentiment="positive")
    assert HAPPY in positive and AUTISM not in positive
    assert REVIEW not in shown(client)
    reviewed = shown(client, status="reviewed")
    assert REVIEW in reviewed and AUTISM not in reviewed
    assert "Showing 1 to 4 of 4 comments" in shown(client, status="all")
    not_english = shown(client, language="other", status="all")
    assert URDU in not_english and "Showing 1 to 1 of 1 comment" in not_english
    assert "Not in English" in not_english


def test_unknown_filter_values_are_ignored(app, client, officer, survey):
    add_comments(app, survey, AUTISM)
    run_theming(app)
    text = shown(client, survey="abc", sentiment="furious", status="maybe", page="-3")
    assert AUTISM in text


# One comment at a time -----------------------------------------------------------------------


@pytest.fixture
def autism(app, survey) -> int:
    (answer_id,) = add_comments(app, survey, AUTISM + " CAMHS discharged him after one visit.")
    run_theming(app)
    assert "autism-adhd-assessment" in suggested(app, answer_id)
    return answer_id


def test_accepting_a_suggestion_records_a_human_decision_and_audit(app, client, officer, autism):
    response = client.post(theme_url(autism, "autism-adhd-assessment", "accept"))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"{QUEUE}#comment-{autism}")
    assert themes_of(app, autism)["autism-adhd-assessment"] == ("human", "accepted")

    (row,) = audit_rows(app)
    assert row["user"] == officer
    assert row["action"] == "accept"
    assert row["answer_id"] == autism
    assert "autism-adhd-assessment" in row["before"]["suggested"]
    assert row["after"]["accepted"] == ["autism-adhd-assessment"]
    assert "autism-adhd-assessment" not in row["after"]["suggested"]
    assert row["at"] is not None


def test_rejecting_and_removing_themes(app, client, officer, autism):
    client.post(theme_url(autism, "mental-health-camhs", "reject"))
    assert themes_of(app, autism)["mental-health-camhs"] == ("human", "rejected")
    client.post(theme_url(autism, "autism-adhd-assessment", "accept"))
    response = client.post(
        theme_url(autism, "autism-adhd-assessment", "remove"), follow_redirects=True
    )
    assert "Removed ‘Autism and ADHD assessment’" in visible_text(response)
    assert themes_of(app, autism)["autism-adhd-assessment"] == ("human", "rejected")
    assert [row["action"] for row in audit_rows(app)] == ["reject", "accept", "remove"]
    text = visible_text(client.get(QUEUE))
    assert "Rejected" in text


def test_adding_a_theme_from_the_list(app, client, officer, autism):
    response = client.post(
        comment_url(autism, "add"), data={f"theme-{autism}": "short-breaks", "survey": ""}
    )
    assert response.status_code == 302
    assert themes_of(app, autism)["short-breaks"] == ("human", "accepted")
    assert audit_rows(app)[-1]["action"] == "add"


def test_adding_without_choosing_a_theme_says_what_to_do(app, client, officer, autism):
    response = client.post(comment_url(autism, "add"), data={f"theme-{autism}": ""})
    assert response.status_code == 400
    text = visible_text(response)
    assert "There is a problem" in text
    assert "Select a theme to add to this comment" in text
    assert page(response).count("Error: Comments to review") == 1
    assert audit_rows(app) == []


def test_marking_reviewed_keeps_the_suggestions_and_leaves_the_queue(app, client, officer, autism):
    before = suggested(app, autism)
    client.post(theme_url(autism, "mental-health-camhs", "reject"))
    response = client.post(comment_url(autism, "reviewed"), follow_redirects=True)
    assert "Comment marked as reviewed" in visible_text(response)
    assert is_reviewed(app, autism)
    mine = themes_of(app, autism)
    assert all(mine[slug] == ("human", "accepted") for slug in before - {"mental-health-camhs"})
    assert mine["mental-health-camhs"] == ("human", "rejected")
    assert "There are no comments to review" in visible_text(client.get(QUEUE))
    review = audit_rows(app)[-1]
    assert (review["action"], review["before"]["reviewed"], review["after"]["reviewed"]) == (
        "review",
        False,
        True,
    )

    client.post(comment_url(autism, "unreviewed"))
    assert not is_reviewed(app, autism)
    assert audit_rows(app)[-1]["action"] == "unreview"


def test_actions_return_to_the_same_filtered_page(app, client, officer, autism, survey):
    response = client.post(
        theme_url(autism, "autism-adhd-assessment", "accept"),
        data={"survey": str(survey), "status": "all", "page": "1"},
    )
    assert response.headers["Location"].endswith(
        f"{QUEUE}?survey={survey}&status=all#comment-{autism}"
    )


def test_unknown_comments_themes_and_actions_are_not_found(app, client, officer, autism):
    assert client.post(theme_url(autism + 100, "short-breaks", "accept")).status_code == 404
    assert client.post(theme_url(autism, "no-such-theme", "accept")).status_code == 404
    assert client.post(theme_url(autism, "short-breaks", "destroy")).status_code == 404


def test_the_history_page_lists_who_changed_what(app, client, officer, autism):
    client.post(theme_url(autism, "autism-adhd-assessment", "accept"))
    text = visible_text(client.get(f"{QUEUE}/{autism}"))
    assert "History of a comment" in text
    assert "Accepted ‘Autism" in text
    assert "Co-production officer" in text  # the officer's name
    assert "Before" in text and "After" in text


# Bulk ----------------------------------------------------------------------------------------


def test_bulk_accept_review_and_add_theme(app, client, officer, survey):
    first, second, third = add_comments(app, survey, AUTISM, REVIEW, HAPPY)
    run_theming(app)
    first_suggested = suggested(app, first)

    response = client.post(
        f"{QUEUE}/bulk", data={"comments": [first, second], "bulk-action": "accept"}
    )
    assert response.status_code == 302
    assert all(themes_of(app, first)[slug] == ("human", "accepted") for slug in first_suggested)
    assert suggested(app, third)  # not selected, untouched

    response = client.post(
        f"{QUEUE}/bulk",
        data={"comments": [second, third], "bulk-action": "add", "bulk-theme": "being-listened-to"},
        follow_redirects=True,
    )
    assert "Added ‘" in visible_text(response) and "to 2 comments" in visible_text(response)
    assert themes_of(app, third)["being-listened-to"] == ("human", "accepted")

    response = client.post(
        f"{QUEUE}/bulk",
        data={"comments": [first, second, third], "bulk-action": "review"},
        follow_redirects=True,
    )
    assert "3 comments marked as reviewed" in visible_text(response)
    assert all(is_reviewed(app, answer) for answer in (first, second, third))
    actions = [row["action"] for row in audit_rows(app)]
    assert actions.count("review") == 3 and actions.count("add") == 2


def test_bulk_actions_need_a_selection_and_a_theme(app, client, officer, survey):
    add_comments(app, survey, AUTISM)
    run_theming(app)
    response = client.post(f"{QUEUE}/bulk", data={"bulk-action": "add"})
    assert response.status_code == 400
    text = visible_text(response)
    assert "Select at least one comment" in text
    assert "Select a theme to add to the selected comments" in text
    assert audit_rows(app) == []


# Learning from people straight away ----------------------------------------------------------


def test_a_theme_added_to_one_comment_is_suggested_for_a_similar_one_at_once(
    app, client, officer, survey
):
    client.post(
        "/manage/analysis/themes/new",
        data={"label": "Swimming", "area": "", "description": "", "phrases": ""},
    )  # no area: refused, nothing added
    response = client.post(
        "/manage/analysis/themes/new",
        data={"label": "Swimming lessons", "area": area_id(app, "local-offer"), "phrases": ""},
    )
    assert response.status_code == 302
    first, second = add_comments(
        app,
        survey,
        "The swimming lessons at the leisure centre are not adapted for disabled children.",
        "Swimming lessons at our leisure centre are not adapted for children like mine.",
    )
    run_theming(app)
    assert "swimming-lessons" not in suggested(app, second)

    client.post(comment_url(first, "add"), data={f"theme-{first}": "swimming-lessons"})

    text = visible_text(client.get(QUEUE))  # no `themes run` in between
    assert "swimming-lessons" in suggested(app, second)
    assert "Swimming lessons" in text


def area_id(app, slug: str) -> int:
    from sqlalchemy import select

    from feedback.extensions import db
    from feedback.models import Area

    with app.app_context():
        return db.session.scalar(select(Area.id).where(Area.slug == slug))


# Who may use it ------------------------------------------------------------------------------

ROUTES = [
    ("get", QUEUE),
    ("get", f"{QUEUE}/1"),
    ("post", f"{QUEUE}/1/themes/short-breaks/accept"),
    ("post", f"{QUEUE}/1/add"),
    ("post", f"{QUEUE}/1/reviewed"),
    ("post", f"{QUEUE}/1/unreviewed"),
    ("post", f"{QUEUE}/bulk"),
    ("post", f"{QUEUE}/analyse"),
    ("get", "/manage/analysis/themes"),
    ("get", "/manage/analysis/themes/new"),
    ("get", "/manage/analysis/themes/short-breaks/edit"),
    ("get", "/manage/analysis/themes/short-breaks/merge"),
    ("post", "/manage/analysis/themes/short-breaks/retire"),
    ("post", "/manage/analysis/themes/short-breaks/unretire"),
    ("get", "/manage/analysis/emerging"),
]


@pytest.mark.parametrize("role", [Role.VIEWER, Role.FORUM_EDITOR])
def test_viewers_and_forum_editors_are_refused(app, client, role):
    group = make_group(app)
    login_as(client, app, role, group_ids=[group])
    for method, url in ROUTES:
        assert getattr(client, method)(url).status_code == 403, url
    assert "Comments" not in visible_text(client.get("/manage/surveys")).split("Sign out")[0]


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for method, url in ROUTES:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"], url


def test_admins_can_review_and_see_the_navigation_link(app, client):
    login_as(client, app, Role.ADMIN)
    response = client.get("/manage/surveys")
    assert 'href="/manage/analysis/comments"' in page(response)
    assert client.get(QUEUE).status_code == 200
