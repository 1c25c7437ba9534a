"""Starting rounds, commenting, answering and signing off: what each form accepts and refuses."""

from feedback.extensions import db
from feedback.models import ReviewRound, Survey, SurveyStatus
from tests.factories import every_type_definition, make_staff, make_survey
from tests.feedback.reviews.helpers import (
    cast,
    client_for,
    comment,
    comments,
    round_closed,
    sign,
    sign_off_groups,
    start,
    survey_status,
)
from tests.pages import page, visible_text


def _start_url(survey_id: int) -> str:
    return f"/manage/reviews/surveys/{survey_id}/new"


def test_a_round_needs_at_least_one_group(app):
    people = cast(app)
    officer = client_for(app, people.officer)
    response = officer.post(_start_url(people.survey), data={"note": "Hello"})
    text = visible_text(response)
    assert text.startswith("Error: ")
    assert "There is a problem Select at least one group to review it" in text
    assert survey_status(app, people.survey) == SurveyStatus.DRAFT
    with app.app_context():
        assert db.session.query(ReviewRound).count() == 0


def test_a_group_that_does_not_exist_is_refused(app):
    people = cast(app)
    officer = client_for(app, people.officer)
    response = officer.post(_start_url(people.survey), data={"groups": [9999]})
    assert "Select groups from the list" in visible_text(response)


def test_starting_again_closes_the_round_before_and_its_sign_offs_stop_counting(app):
    people = cast(app)
    first = start(app, people.survey, [people.pcf, people.youth], people.officer)
    officer = client_for(app, people.officer)
    unsigned = visible_text(officer.get(_start_url(people.survey)))
    assert "Start a new review round" in unsigned
    assert "Its comments stay on record." in unsigned

    sign(app, first, people.pcf, people.pcf_editor)
    warning = visible_text(officer.get(_start_url(people.survey)))
    assert "Parent Carer Forum signed it off, but those sign-offs will no longer count" in warning

    response = officer.post(_start_url(people.survey), data={"groups": [people.pcf, people.youth]})
    assert response.status_code == 302
    assert round_closed(app, first)
    survey_page = visible_text(officer.get(f"/manage/surveys/{people.survey}"))
    assert "0 of 2 co-producing groups. Still to sign off: Parent Carer Forum and Youth Forum" in (
        survey_page
    )
    closed = visible_text(officer.get(f"/manage/reviews/{first}"))
    assert "It takes no more comments or sign-offs." in closed
    assert "Add a comment" not in closed
    listed = visible_text(officer.get("/manage/reviews/"))
    assert listed.index("Open") < listed.index("Closed")


def test_only_drafts_and_surveys_in_review_can_be_reviewed(app):
    people = cast(app, status=SurveyStatus.OPEN)
    officer = client_for(app, people.officer)
    response = officer.get(_start_url(people.survey))
    assert response.status_code == 302
    text = visible_text(officer.get(response.headers["Location"]))
    assert "‘Your experience of SEND support’ is open, so it cannot be reviewed" in text
    assert "Start a review" not in text


def test_a_comment_needs_words_and_a_question_from_this_survey(app):
    people = cast(app)
    round_id = start(app, people.survey, [people.youth], people.officer)
    other_survey = make_survey(app, every_type_definition("other"), status=SurveyStatus.DRAFT)
    sam = client_for(app, people.youth_member)
    url = f"/manage/reviews/{round_id}/comments/new"

    blank = visible_text(sam.post(url, data={"question": 0, "body": "  "}))
    assert "There is a problem Enter your comment" in blank
    long = visible_text(sam.post(url, data={"question": 0, "body": "x" * 5001}))
    assert "Your comment must be 5,000 characters or fewer" in long
    with app.app_context():
        elsewhere = db.session.get(Survey, other_survey).questions[0].id
    wrong = visible_text(sam.post(url, data={"question": elsewhere, "body": "Hi"}))
    assert "Select a question from the list" in wrong
    assert comments(app, round_id) == []


def test_an_answer_needs_a_choice_and_a_reason_and_is_given_once(app):
    people = cast(app)
    round_id = start(app, people.survey, [people.youth], people.officer)
    comment_id = comment(app, round_id, people.youth_member, "Shorter please")
    author = client_for(app, people.pcf_editor)
    url = f"/manage/reviews/{round_id}/comments/{comment_id}/answer"

    form = visible_text(author.get(url))
    assert "Shorter please" in form
    assert "Sam will see your answer" in form
    nothing = visible_text(author.post(url, data={}))
    assert "Select whether you accepted or declined the comment" in nothing
    assert "Enter why you accepted or declined the comment" in nothing
    no_reason = visible_text(author.post(url, data={"resolution": "declined", "reason": " "}))
    assert "Say why the comment was declined: the person who made it will see this" in no_reason
    assert comments(app, round_id) == [("Shorter please", "", None, "")]

    done = author.post(url, data={"resolution": "declined", "reason": "It is already short."})
    assert "The comment has been declined. Sam will see your answer" in visible_text(
        author.get(done.headers["Location"])
    )
    again = author.post(url, data={"resolution": "accepted", "reason": "Changed my mind"})
    assert "This comment has already been answered" in visible_text(
        author.get(again.headers["Location"])
    )
    assert comments(app, round_id) == [("Shorter please", "", "declined", "It is already short.")]


def test_a_forum_editor_of_two_groups_chooses_which_to_sign_off_for(app):
    people = cast(app)
    make_staff(app, "forum_editor", "both@example.org", [people.pcf, people.youth])
    round_id = start(app, people.survey, [people.pcf, people.youth], people.officer)
    both = client_for(app, "both@example.org")
    url = f"/manage/reviews/{round_id}/sign-off"

    form = visible_text(both.get(url))
    assert "Which group are you signing off for?" in form
    assert "Select one of your groups" in visible_text(both.post(url, data={}))
    assert "Select one of your groups" in visible_text(both.post(url, data={"group": people.other}))
    both.post(url, data={"group": people.youth, "objection": "The font is small."})
    assert sign_off_groups(app, round_id) == ["Youth Forum"]

    single = visible_text(both.get(url))
    assert "Sign off ‘Your experience of SEND support’ for Parent Carer Forum?" in single
    both.post(url, data={})
    done = both.get(url)
    assert done.status_code == 302
    assert "Parent Carer Forum and Youth Forum have already signed this off" in visible_text(
        both.get(done.headers["Location"])
    )
    assert sign_off_groups(app, round_id) == ["Youth Forum", "Parent Carer Forum"]


def test_a_closed_round_takes_no_comments_or_sign_offs(app):
    people = cast(app)
    first = start(app, people.survey, [people.pcf, people.youth], people.officer)
    start(app, people.survey, [people.pcf, people.youth], people.officer)
    sam = client_for(app, people.youth_member)
    refused = sam.post(f"/manage/reviews/{first}/comments/new", data={"body": "Late"})
    assert refused.status_code == 302
    assert "This review has closed, so it takes no more comments" in visible_text(
        sam.get(refused.headers["Location"])
    )
    editor = client_for(app, people.youth_editor)
    late = editor.post(f"/manage/reviews/{first}/sign-off", data={})
    assert "This review has closed: start a new round to sign off again" in visible_text(
        editor.get(late.headers["Location"])
    )
    assert comments(app, first) == []
    assert sign_off_groups(app, first) == []


def test_the_survey_page_shows_where_the_review_stands(app):
    people = cast(app)
    officer = client_for(app, people.officer)
    survey_url = f"/manage/surveys/{people.survey}"
    before = visible_text(officer.get(survey_url))
    assert "Review and sign-off Latest round Not reviewed yet" in before
    assert "0 of 2 co-producing groups. Still to sign off: Parent Carer Forum and Youth Forum" in (
        before
    )
    assert f'href="/manage/reviews/surveys/{people.survey}/new"' in page(officer.get(survey_url))

    round_id = start(app, people.survey, [people.pcf, people.youth], people.officer)
    comment(app, round_id, people.youth_member, "One")
    sign(app, round_id, people.youth, people.youth_editor)
    during = visible_text(officer.get(survey_url))
    assert "Open to Parent Carer Forum and Youth Forum" in during
    assert "1 comment, 1 not answered yet" in during
    assert "1 of 2 co-producing groups. Still to sign off: Parent Carer Forum" in during
    assert "Start a new review round" in during

    author_page = page(client_for(app, people.pcf_editor).get(survey_url))
    assert f'href="/manage/reviews/{round_id}"' in author_page
    assert "Start a new review round" not in author_page


def test_a_survey_without_groups_needs_no_sign_off(app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    officer_email = make_staff(app, "officer")
    officer = client_for(app, officer_email)
    text = visible_text(officer.get(f"/manage/surveys/{survey_id}"))
    assert "No groups co-produce this survey, so it needs no sign-off" in text
    assert officer.post(f"/manage/surveys/{survey_id}/status/open").status_code == 302
    assert survey_status(app, survey_id) == SurveyStatus.OPEN


def test_reopening_a_closed_survey_needs_no_new_sign_off(app):
    people = cast(app, status=SurveyStatus.CLOSED)
    officer = client_for(app, people.officer)
    assert officer.post(f"/manage/surveys/{people.survey}/status/reopen").status_code == 302
    assert survey_status(app, people.survey) == SurveyStatus.OPEN
