"""Question pages: one question a page, skip logic, error messages, back links and timeouts."""

import pytest

from feedback.models import Draft
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    age_drafts,
    answer,
    count,
    location,
    question_url,
    start,
    text,
    walk,
    walk_to,
)

CHECK = f"/surveys/{SLUG}/check"


@pytest.fixture
def survey(app):
    return make_survey(app)


def test_every_question_type_on_the_ehc_plan_branch_leads_to_check_answers(client, survey):
    assert walk(client, YES_PATH) == CHECK


def test_saying_no_to_an_ehc_plan_skips_the_plan_question(client, survey):
    walk_to(client, "has-ehcp")
    assert location(answer(client, "has-ehcp", {"answer": "no"})) == question_url("school-type")
    # Asking for the skipped question by its web address leads back to the next one due.
    assert location(client.get(question_url("ehcp-satisfaction"))) == question_url("school-type")
    assert "<title>What kind of school" in text(client.get(question_url("school-type")))


def test_a_question_page_shows_one_question_with_its_section_and_options(client, survey):
    walk_to(client, "school-type")
    page = text(client.get(question_url("school-type")))
    assert '<span class="govuk-caption-l">Your child\'s support</span>' in page
    assert "What kind of school does your child go to?" in page
    for label in ("Mainstream school", "Special school", "Not in school", "Other"):
        assert label in page
    assert "Tell us what you mean by ‘Other’" in page
    assert "How satisfied are you" not in page
    assert page.count('<h1 class="govuk-fieldset__heading">') == 1
    assert "Continue" in page


def test_optional_questions_say_so_and_can_be_left_blank(client, survey):
    walk_to(client, "services")
    page = text(client.get(question_url("services")))
    assert "Which services have you used in the last year? (optional)" in page
    assert location(answer(client, "services", {})) == question_url("listened-to")


def test_back_links_go_to_the_previous_question_asked_then_the_start_page(client, survey):
    walk_to(client, "school-type")
    back = '<a href="{}" class="govuk-back-link">Back</a>'
    assert back.format(question_url("ehcp-satisfaction")) in text(
        client.get(question_url("school-type"))
    )
    assert back.format(f"/surveys/{SLUG}") in text(client.get(question_url("_locality")))

    answer(client, "has-ehcp", {"answer": "no"})
    assert back.format(question_url("has-ehcp")) in text(client.get(question_url("school-type")))


def test_going_back_shows_the_answers_already_given(client, survey):
    walk_to(client, "listened-to")
    page = text(client.get(question_url("school-type")))
    assert 'value="other" checked' in page
    assert 'value="Home educated"' in page
    page = text(client.get(question_url("services")))
    assert 'value="salt" checked' in page
    assert 'value="camhs" checked' in page
    assert 'value="ot" checked' not in page


def test_questions_cannot_be_skipped_by_web_address(client, survey):
    walk_to(client, "school-type")
    assert location(client.get(question_url("recommend"))) == question_url("school-type")
    assert location(answer(client, "recommend", {"answer": "9"})) == question_url("school-type")
    assert location(client.get(CHECK)) == question_url("school-type")


def test_an_unknown_question_is_not_found(client, survey):
    start(client)
    assert client.get(question_url("no-such-question")).status_code == 404


LONG_SHORT_TEXT = "x" * 201
LONG_LONG_TEXT = "y" * 5001

ERRORS = [
    # question, what was posted, the field in error, the message, how the kept answer shows
    ("_locality", {}, "answer", "Select an answer", None),
    ("has-ehcp", {}, "answer", "Select yes, no or not sure", None),
    ("ehcp-satisfaction", {}, "answer", "Select how satisfied you are", None),
    ("school-type", {}, "answer", "Select an answer", None),
    (
        "school-type",
        {"answer": "other"},
        "other",
        "Enter what you mean by ‘Other’",
        'value="other" checked',
    ),
    (
        "school-type",
        {"answer": "other", "other": LONG_SHORT_TEXT},
        "other",
        "Your answer must be 200 characters or fewer",
        f'value="{LONG_SHORT_TEXT}"',
    ),
    (
        "services",
        {"answer": ["salt", "magic"]},
        "answer",
        "Select one of the answers shown",
        'value="salt" checked',
    ),
    ("listened-to", {}, "answer", "Select how much you agree, or ‘Don't know’", None),
    ("recommend", {}, "answer", "Select a number from 0 to 10", None),
    ("recommend", {"answer": "11"}, "answer", "Select one of the answers shown", None),
    (
        "waiting-weeks",
        {"answer": "about six"},
        "answer",
        "Enter a number, like 3",
        'value="about six"',
    ),
    (
        "waiting-weeks",
        {"answer": "521"},
        "answer",
        "Enter a number between 0 and 520",
        'value="521"',
    ),
    (
        "one-word",
        {"answer": LONG_SHORT_TEXT},
        "answer",
        "Your answer must be 200 characters or fewer",
        f">{LONG_SHORT_TEXT}</textarea>",
    ),
    (
        "comments",
        {"answer": LONG_LONG_TEXT},
        "answer",
        "Your answer must be 5,000 characters or fewer",
        f">{LONG_LONG_TEXT}</textarea>",
    ),
]


@pytest.mark.parametrize(("key", "data", "field", "message", "kept"), ERRORS)
def test_each_type_explains_what_is_wrong_and_keeps_the_answer(
    client, survey, key, data, field, message, kept
):
    walk_to(client, key)
    response = answer(client, key, data)
    page = text(response)

    assert response.status_code == 200
    assert "<title>Error: " in page
    assert "There is a problem" in page
    assert f'<a href="#{field}">{message}</a>' in page
    assert f'<span class="govuk-visually-hidden">Error:</span> {message}' in page
    assert kept is None or kept in page
    # Nothing was saved: the survey still waits for this question.
    assert location(client.get(CHECK)) == question_url(key)


def test_correcting_an_error_then_continuing(client, survey):
    walk_to(client, "waiting-weeks")
    assert answer(client, "waiting-weeks", {"answer": "lots"}).status_code == 200
    assert location(answer(client, "waiting-weeks", {"answer": "26"})) == question_url("one-word")
    assert 'value="26"' in text(client.get(question_url("waiting-weeks")))


def test_arriving_without_a_draft_goes_to_the_start_page_with_a_message(client, survey):
    assert location(client.get(question_url("has-ehcp"))) == f"/surveys/{SLUG}"
    page = text(client.get(f"/surveys/{SLUG}"))
    assert "Start the survey to answer its questions" in page


def test_an_expired_draft_is_deleted_and_the_respondent_starts_again(client, app, survey):
    walk_to(client, "school-type")
    age_drafts(app, minutes=46)

    assert location(client.get(question_url("school-type"))) == f"/surveys/{SLUG}"
    page = text(client.get(f"/surveys/{SLUG}"))
    assert "You did not answer anything for 45 minutes, so we deleted your answers" in page
    assert count(app, Draft) == 0

    assert start(client) == question_url("_locality")
    assert "checked" not in text(client.get(question_url("_locality")))


def test_a_draft_touched_recently_is_kept(client, app, survey):
    walk_to(client, "school-type")
    age_drafts(app, minutes=44)
    assert client.get(question_url("school-type")).status_code == 200
