"""Checking answers, changing them, and sending them: stored whole, once, or not at all."""

from decimal import Decimal

import pytest

from feedback.extensions import db
from feedback.models import Answer, Draft, Response
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    REFERENCE,
    SLUG,
    YES_PATH,
    YES_PATH_ROWS,
    answer,
    count,
    location,
    make_survey_with,
    question_url,
    responses,
    start,
    submit,
    text,
    update_survey,
    walk,
    walk_to,
)

CHECK = f"/surveys/{SLUG}/check"
DONE = f"/surveys/{SLUG}/done"


@pytest.fixture
def survey(app):
    return make_survey(app)


def _summary_row(page: str, question: str) -> str:
    """The summary list row whose key is `question`."""
    start_at = page.index(f"{question}\n    </dt>")
    return page[start_at : page.index("</div>", start_at)]


def test_check_answers_reads_every_answer_back_in_words(client, survey):
    walk(client, YES_PATH)
    page = text(client.get(CHECK))

    assert "<title>Check your answers before sending them" in page
    expected = {
        "Which part of the area do you live in?": "North",
        "Does your child have an education, health and care (EHC) plan?": "Yes",
        "How satisfied are you with your child's EHC plan?": "Satisfied",
        "What kind of school does your child go to?": "Other: Home educated",
        "Which services have you used in the last year?": "Speech and language therapy<br>CAMHS",
        "I feel listened to by the people who support my child.": "Agree",
        "How likely are you to recommend the local offer to another family?": "7",
        "How many weeks did you wait for your first assessment?": "12",
        "Describe your experience in a few words.": "Hard work",
        "What one thing would make the biggest difference?": "More speech therapy<br>Shorter waits",
    }
    for question, shown in expected.items():
        row = _summary_row(page, question)
        assert shown in row
        assert "Change" in row
        assert f'<span class="govuk-visually-hidden"> {question}</span>' in row
    for heading in ("About you", "Your child's support", "Being listened to"):
        assert f'<h2 class="govuk-heading-m">{heading}</h2>' in page
    assert "Submit your answers" in page
    raw = client.get(CHECK).get_data(as_text=True)
    assert "Speech and language therapy<br>CAMHS" in raw
    assert "More speech therapy<br>Shorter waits" in raw


def test_blank_optional_answers_show_as_not_answered(client, survey):
    steps = [(key, {} if key in {"services", "one-word"} else data) for key, data in YES_PATH]
    walk(client, steps)
    page = text(client.get(CHECK))
    assert "Not answered" in _summary_row(page, "Which services have you used in the last year?")
    assert "Not answered" in _summary_row(page, "Describe your experience in a few words.")


def test_change_returns_to_check_answers_after_saving(client, survey):
    walk(client, YES_PATH)
    page = text(client.get(CHECK))
    change = f'href="{question_url("school-type")}?change=1"'
    assert change in page

    form = text(client.get(question_url("school-type") + "?change=1"))
    assert f'<a href="{CHECK}" class="govuk-back-link">Back</a>' in form
    assert f'action="{question_url("school-type")}?change=1"' in form

    saved = answer(client, "school-type", {"answer": "special"}, change=True)
    assert location(saved) == CHECK
    row = _summary_row(text(client.get(CHECK)), "What kind of school does your child go to?")
    assert "Special school" in row
    assert "Home educated" not in row


def test_an_error_while_changing_keeps_the_way_back_to_check_answers(client, survey):
    walk(client, YES_PATH)
    page = text(answer(client, "waiting-weeks", {"answer": "ages"}, change=True))
    assert "Enter a number, like 3" in page
    assert location(answer(client, "waiting-weeks", {"answer": "3"}, change=True)) == CHECK


def test_changing_to_no_plan_drops_the_plan_answer_and_back_to_yes_asks_it_again(
    client, app, survey
):
    walk(client, YES_PATH)
    assert location(answer(client, "has-ehcp", {"answer": "no"}, change=True)) == CHECK
    assert "How satisfied are you with your child's EHC plan?" not in text(client.get(CHECK))

    # Saying yes again asks the plan question afresh, then returns to check answers.
    changed = answer(client, "has-ehcp", {"answer": "yes"}, change=True)
    assert location(changed) == question_url("ehcp-satisfaction") + "?change=1"
    assert "checked" not in text(client.get(question_url("ehcp-satisfaction")))
    assert location(client.get(CHECK)) == question_url("ehcp-satisfaction")
    assert location(answer(client, "has-ehcp", {"answer": "no"}, change=True)) == CHECK

    submit(client)
    (stored,) = responses(app)
    keys = {row[0] for row in stored["rows"]}
    assert "ehcp-satisfaction" not in keys
    assert ("has-ehcp", "no", None, None) in stored["rows"]


def test_check_answers_sends_them_to_a_required_question_they_missed(client, survey):
    walk_to(client, "listened-to")
    assert location(client.get(CHECK)) == question_url("listened-to")
    assert location(submit(client)) == question_url("listened-to")


def test_submitting_stores_one_response_with_exactly_the_answers_given(client, app, survey):
    walk(client, YES_PATH)
    response = submit(client)

    assert location(response) == DONE
    (stored,) = responses(app)
    assert stored["rows"] == YES_PATH_ROWS
    assert stored["survey"] == SLUG
    assert stored["channel"] == "online"
    assert stored["audience"] == "parents-and-carers"
    assert stored["locality"] == "north"
    assert REFERENCE.fullmatch(stored["reference"])
    assert count(app, Draft) == 0


def test_the_confirmation_gives_the_reference_and_what_happens_next(client, app, survey):
    walk(client, YES_PATH)
    page = text(client.get(location(submit(client))))
    raw = client.get(DONE).get_data(as_text=True)
    (stored,) = responses(app)

    assert "govuk-panel--confirmation" in page
    assert "Thank you, your answers have been sent" in page
    assert f"<br><strong>{stored['reference']}</strong>" in raw
    assert "What happens next" in page
    assert "The Parent Carer Forum and the council will publish what we do next." in page
    assert 'href="/"' in page


def test_double_submit_refresh_and_back_store_only_one_response(client, app, survey):
    walk(client, YES_PATH)
    assert location(submit(client)) == DONE
    assert location(submit(client)) == DONE  # a second click, or the browser re-posting
    assert client.get(DONE).status_code == 200  # refreshing the confirmation

    # Going back to the check page or a question shows the confirmation again.
    assert location(client.get(CHECK)) == DONE
    assert location(client.get(question_url("comments"))) == DONE
    assert location(answer(client, "comments", {"answer": "One more thing"})) == DONE
    assert location(submit(client)) == DONE

    assert count(app, Response) == 1
    assert count(app, Answer) == len(YES_PATH_ROWS)


def test_a_submit_racing_another_with_the_same_draft_shows_that_ones_confirmation(
    client, app, survey
):
    walk(client, YES_PATH)
    with app.app_context():
        draft = db.session.scalar(db.select(Draft))
        winner = Response(survey_id=survey, reference="RACE-WON1", submission_token=draft.token)
        db.session.add(winner)
        db.session.commit()

    assert location(submit(client)) == DONE
    assert "RACE-WON1" in text(client.get(DONE))
    assert count(app, Response) == 1
    assert count(app, Answer) == 0


def test_a_submission_that_fails_part_way_stores_nothing_and_keeps_the_draft(
    client, app, survey, monkeypatch
):
    walk(client, YES_PATH)

    written_before_failing = []

    def fail_after_writing_answers():
        db.session.flush()
        written = db.session.scalar(db.select(db.func.count()).select_from(Answer))
        written_before_failing.append(written)
        raise RuntimeError("the database went away")

    monkeypatch.setattr(db.session, "commit", fail_after_writing_answers)
    failed = submit(client)
    monkeypatch.undo()

    assert written_before_failing == [len(YES_PATH_ROWS)]

    assert failed.status_code == 500
    assert "your answers so far have been kept" in text(failed)
    assert count(app, Response) == 0
    assert count(app, Answer) == 0
    assert count(app, Draft) == 1

    # Trying again works, and stores the response once.
    assert location(submit(client)) == DONE
    assert count(app, Response) == 1
    assert count(app, Answer) == len(YES_PATH_ROWS)


def test_the_same_browser_can_answer_again_as_a_new_response(client, app, survey):
    walk(client, YES_PATH)
    submit(client)
    walk(client, YES_PATH)
    submit(client)
    first, second = responses(app)
    assert first["reference"] != second["reference"]
    assert count(app, Response) == 2


def test_about_you_asks_audience_and_locality_and_stores_them_on_the_response(client, app):
    make_survey_with(app, audiences=("parents-and-carers", "children-and-young-people"))
    assert start(client) == question_url("_audience")
    page = text(client.get(question_url("_audience")))
    assert "Which of these best describes you?" in page
    assert page.index("Parents and carers") < page.index("Children and young people")
    assert "Education settings" not in page

    assert location(answer(client, "_audience", {"answer": "children-and-young-people"})) == (
        question_url("_locality")
    )
    page = text(client.get(question_url("_locality")))
    positions = [page.index(name) for name in ("North", "South", "East", "West")]
    assert positions == sorted(positions)
    assert page.index("West") < page.index("Prefer not to say")
    assert f'<a href="{question_url("_audience")}" class="govuk-back-link">' in page

    steps = [("_locality", {"answer": "_prefer-not-to-say"}), *YES_PATH[1:]]
    for key, data in steps:
        answer(client, key, data)
    check = text(client.get(CHECK))
    assert "Children and young people" in _summary_row(check, "Which of these best describes you?")
    assert "Prefer not to say" in _summary_row(check, "Which part of the area do you live in?")
    submit(client)

    (stored,) = responses(app)
    assert stored["audience"] == "children-and-young-people"
    assert stored["locality"] is None
    assert stored["rows"] == YES_PATH_ROWS


def test_a_single_audience_survey_without_locality_asks_nothing_about_you(client, app):
    survey_id = make_survey(app)
    update_survey(app, survey_id, ask_locality=False)
    walk(client, YES_PATH[1:])
    assert "About you" not in text(client.get(CHECK))
    submit(client)
    (stored,) = responses(app)
    assert stored["audience"] == "parents-and-carers"
    assert stored["locality"] is None


def test_responses_are_counted_against_the_right_survey(app):
    make_survey(app)
    make_survey_with(app, "second-survey", title="Second survey")
    for slug, respondents in ((SLUG, 2), ("second-survey", 1)):
        for _ in range(respondents):
            client = app.test_client()
            walk(client, YES_PATH, slug=slug)
            assert location(submit(client, slug)) == f"/surveys/{slug}/done"
    per_survey = [stored["survey"] for stored in responses(app)]
    assert per_survey.count(SLUG) == 2
    assert per_survey.count("second-survey") == 1


def test_decimal_numbers_are_stored_exactly(client, app):
    make_survey_with(app)
    steps = [(k, {"answer": "1.5"} if k == "waiting-weeks" else d) for k, d in YES_PATH]
    walk(client, steps)
    submit(client)
    (stored,) = responses(app)
    assert ("waiting-weeks", None, Decimal("1.5"), None) in stored["rows"]


def test_answers_are_shown_back_as_text_never_as_markup(client, app, survey):
    steps = [(k, {"answer": "<b>bold</b>"} if k == "one-word" else d) for k, d in YES_PATH]
    walk(client, steps)
    raw = client.get(CHECK).get_data(as_text=True)
    assert "&lt;b&gt;bold&lt;/b&gt;" in raw
    assert "<b>bold</b>" not in raw
