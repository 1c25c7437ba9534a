"""Issue 6's path through review: a forum's draft is reviewed, answered, signed off and opened."""

from feedback.models import SurveyStatus
from tests.feedback.reviews.helpers import (
    cast,
    client_for,
    comments,
    question_ids,
    round_closed,
    sign_off_groups,
    survey_status,
)
from tests.pages import page, visible_text


def _round_id(response) -> int:
    assert response.status_code == 302, page(response)
    return int(response.headers["Location"].split("#")[0].rsplit("/", 1)[1])


def test_a_draft_is_reviewed_answered_signed_off_and_opened(app):
    people = cast(app)
    officer = client_for(app, people.officer)

    # The officer starts a round; both co-producing groups are chosen to start with.
    form = page(officer.get(f"/manage/reviews/surveys/{people.survey}/new"))
    for group in (people.pcf, people.youth):
        assert f'value="{group}" checked' in form
    assert f'value="{people.other}" checked' not in form
    started = officer.post(
        f"/manage/reviews/surveys/{people.survey}/new",
        data={"groups": [people.pcf, people.youth], "note": "Please check the wording by Friday."},
    )
    round_id = _round_id(started)
    assert survey_status(app, people.survey) == SurveyStatus.IN_REVIEW
    banner = visible_text(officer.get(started.headers["Location"]))
    assert "The review of ‘Your experience of SEND support’ has started" in banner
    assert "Parent Carer Forum and Youth Forum can now comment and sign it off" in banner

    # Sam, of the youth forum, finds it, reads the questions and comments twice.
    sam = client_for(app, people.youth_member)
    listed = visible_text(sam.get("/manage/reviews/"))
    assert "Your experience of SEND support" in listed
    round_page = visible_text(sam.get(f"/manage/reviews/{round_id}"))
    assert "Please check the wording by Friday." in round_page
    assert "I feel listened to by the people who support my child." in round_page
    assert "Speech and language therapy" in round_page
    assert "Comment on this question" in round_page
    question = question_ids(app, people.survey)[4]
    comment_form = page(sam.get(f"/manage/reviews/{round_id}/comments/new?question={question}"))
    assert f'<option value="{question}" selected>' in comment_form
    sent = sam.post(
        f"/manage/reviews/{round_id}/comments/new",
        data={
            "question": question,
            "body": "Young people do not say 'support'. Ask about help.",
            "suggested_wording": "I feel listened to by the people who help me.",
        },
    )
    assert sent.status_code == 302
    sam.post(
        f"/manage/reviews/{round_id}/comments/new",
        data={"question": 0, "body": "It is too long for us to finish in one lesson."},
    )

    # The youth forum's editor comments too.
    youth = client_for(app, people.youth_editor)
    youth.post(
        f"/manage/reviews/{round_id}/comments/new",
        data={"question": question_ids(app, people.survey)[0], "body": "Explain what EHC means."},
    )
    assert [row[0] for row in comments(app, round_id)] == [
        "Young people do not say 'support'. Ask about help.",
        "It is too long for us to finish in one lesson.",
        "Explain what EHC means.",
    ]

    # The author, the Parent Carer Forum's editor, accepts two and declines one with a reason.
    author = client_for(app, people.pcf_editor)
    author_view = author.get(f"/manage/reviews/{round_id}")
    assert visible_text(author_view).count("Answer this comment") == 3
    comment_ids = [int(part.split('"')[0]) for part in page(author_view).split('id="comment-')[1:]]
    answers = [
        ("accepted", "We used your wording."),
        ("declined", "The board needs every question to compare with last year."),
        ("accepted", "We spelled out education, health and care plan."),
    ]
    for comment_id, (resolution, reason) in zip(comment_ids, answers, strict=True):
        response = author.post(
            f"/manage/reviews/{round_id}/comments/{comment_id}/answer",
            data={"resolution": resolution, "reason": reason},
        )
        assert response.status_code == 302
    assert [(row[2], row[3]) for row in comments(app, round_id)] == answers

    # Sam sees the answers, with the reasons and who gave them.
    seen = visible_text(sam.get(f"/manage/reviews/{round_id}"))
    assert "Suggested wording I feel listened to by the people who help me." in seen
    assert "Accepted by Pat Parent" in seen
    assert "We used your wording." in seen
    assert "Declined by Pat Parent" in seen
    assert "The board needs every question to compare with last year." in seen
    assert "Sam (you), for Youth Forum" in seen
    assert "2 of your 2 comments answered" in visible_text(sam.get("/manage/reviews/"))

    # The Parent Carer Forum signs off; opening is refused while the youth forum has not.
    confirm = visible_text(author.get(f"/manage/reviews/{round_id}/sign-off"))
    assert "Sign off ‘Your experience of SEND support’ for Parent Carer Forum?" in confirm
    author.post(f"/manage/reviews/{round_id}/sign-off", data={"objection": ""})
    refused = visible_text(officer.post(f"/manage/surveys/{people.survey}/status/open"))
    assert "‘Your experience of SEND support’ cannot be opened yet" in refused
    assert "Youth Forum has not signed it off, so it cannot be opened yet" in refused
    assert survey_status(app, people.survey) == SurveyStatus.IN_REVIEW
    assert "Still to sign off: Youth Forum" in visible_text(
        officer.get(f"/manage/surveys/{people.survey}")
    )

    # The youth forum signs off with an objection on record; now the survey opens.
    youth.post(
        f"/manage/reviews/{round_id}/sign-off",
        data={"objection": "We object to it closing in the exam season."},
    )
    assert sign_off_groups(app, round_id) == ["Parent Carer Forum", "Youth Forum"]
    signed = visible_text(officer.get(f"/manage/reviews/{round_id}"))
    assert "Parent Carer Forum Pat Parent" in signed
    assert "Youth Forum Yas Youth" in signed
    assert "We object to it closing in the exam season." in signed
    assert "Every group in this round has signed it off." in signed
    opened = officer.post(f"/manage/surveys/{people.survey}/status/open")
    assert opened.status_code == 302
    assert survey_status(app, people.survey) == SurveyStatus.OPEN

    # The review is over: it takes no more comments, and the survey takes answers.
    assert round_closed(app, round_id)
    late = sam.post(
        f"/manage/reviews/{round_id}/comments/new", data={"question": 0, "body": "One more"}
    )
    assert "This review has closed, so it takes no more comments" in visible_text(
        sam.get(late.headers["Location"])
    )
    assert len(comments(app, round_id)) == 3
    assert "Your experience of SEND support" in visible_text(app.test_client().get("/"))
