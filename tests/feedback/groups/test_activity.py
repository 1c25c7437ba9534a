"""The activity log: what a group reviewed, what it changed and what it signed off."""

from __future__ import annotations

from sqlalchemy import select

from feedback.extensions import db
from feedback.groups.activity import group_activity, times
from feedback.models import Group, ReviewRound, Role, Survey
from feedback.models.columns import utcnow
from feedback.reviews import services as reviews
from tests.factories import login_as, make_group
from tests.feedback.groups.helpers import reviewed_survey, sign_in
from tests.pages import visible_text

TITLE = "Your experience of SEND support"


def today_in_words() -> str:
    today = utcnow().date()
    return f"{today.day} {today:%B %Y}"


def test_the_log_shows_accepted_and_declined_comments_and_sign_offs(client, app):
    reviewed_survey(app)
    login_as(client, app, Role.VIEWER)
    day = today_in_words()
    text = visible_text(client.get("/manage/groups/youth-forum/activity"))
    assert f"Reviewed ‘{TITLE}’ (round started {day})" in text
    assert "Commented 3 times; 2 accepted (changed the survey), 1 declined" in text
    assert "2 changes made because of Youth Forum’s comments" in text
    assert "3 comments made: 2 accepted, 1 declined" in text
    assert "1 review signed off" in text
    assert (
        "On the question ‘I feel listened to by the people who support my child.’ "
        "We said: Too many long words Suggested wording: Do people listen to you? "
        "Why it was accepted: Young people found it easier"
    ) in text
    assert "We said: Add a question about school transport" in text
    assert "Why it was accepted: Transport matters to many families" in text
    assert (
        "Not changed, and why On the whole survey We said: Make it shorter "
        "Why it was declined: Every question is needed for the KPIs"
    ) in text
    assert f"Signed off ‘{TITLE}’ on {day} by Forum editor" in text
    assert "Objection on record: We wanted a shorter survey" in text
    assert 'href="/static/css/print.css"' in client.get(
        "/manage/groups/youth-forum/activity"
    ).get_data(as_text=True)


def test_a_group_that_only_signed_off_says_so(client, app):
    reviewed_survey(app)
    sign_in(client, "officer@example.org")
    text = visible_text(client.get("/manage/groups/parent-carer-forum/activity"))
    assert "Made no comments" in text
    assert "None of Parent Carer Forum’s comments has changed a draft yet" in text
    assert f"Signed off ‘{TITLE}’ on {today_in_words()} by Forum editor" in text
    assert "Objection on record" not in text


def test_the_group_page_puts_what_we_changed_first(client, app):
    history = reviewed_survey(app)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[history.youth_id])
    text = visible_text(client.get("/manage/groups/youth-forum"))
    assert text.index("The difference we made") < text.index("Contact details")
    assert "2 changes made because of Youth Forum’s comments" in text
    what_we_changed = text[text.index("What we changed") : text.index("Contact details")]
    assert "Transport matters to many families" in what_we_changed
    assert "Young people found it easier" in what_we_changed
    assert "Make it shorter" not in what_we_changed
    assert f"{TITLE} Reviewer In review" in text
    assert "Commented 3 times; 2 accepted (changed the survey), 1 declined" in text


def test_the_list_counts_surveys_and_sign_offs(client, app):
    reviewed_survey(app)
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/groups/"))
    assert "Parent Carer Forum No contact details yet 1 1 1" in text
    assert "Youth Forum No contact details yet 2 1 1" in text


def test_the_member_who_commented_sees_the_difference_they_made(client, app):
    reviewed_survey(app)
    sign_in(client, "sam@example.org")
    text = visible_text(client.get("/manage/groups/youth-forum/activity"))
    assert "Why it was declined: Every question is needed for the KPIs" in text


def test_a_round_still_open_shows_what_is_waiting(client, app):
    history = reviewed_survey(app, signed=False)
    with app.app_context():
        youth = db.session.get(Group, history.youth_id)
        review = reviews.latest_round(db.session.get(Survey, history.survey_id))
        reviews.add_comment(review, review.comments[0].author, "One more thing")
        db.session.commit()
        entry = group_activity(youth).rounds[0]
        assert entry.comment_summary == (
            "Commented 4 times; 2 accepted (changed the survey), 1 declined, "
            "1 waiting for an answer"
        )
        assert entry.sign_off_summary == "Not signed off yet"
        reviews.close_round(review)
        assert group_activity(youth).rounds[0].sign_off_summary == (
            "Did not sign off before the round closed"
        )


def test_a_group_never_asked_to_review_says_so(client, app):
    make_group(app)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get("/manage/groups/parent-carer-forum"))
    assert "Parent Carer Forum has not been asked to review anything yet" in text


def test_times_in_words():
    assert [times(n) for n in (1, 2, 3, 1200)] == ["once", "twice", "3 times", "1,200 times"]


def test_each_review_links_to_its_round_only_for_those_who_may_read_it(client, app):
    reviewed_survey(app)
    with app.app_context():
        round_id = db.session.scalar(select(ReviewRound.id))
    other = make_group(app, "senco-network", "SENCO network")
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[other])
    html = client.get("/manage/groups/youth-forum/activity").get_data(as_text=True)
    assert f'href="/manage/reviews/{round_id}"' not in html
    assert "Reviewed ‘Your experience of SEND support’" in html
    client.get("/sign-out")
    sign_in(client, "sam@example.org")
    html = client.get("/manage/groups/youth-forum/activity").get_data(as_text=True)
    assert f'href="/manage/reviews/{round_id}"' in html
