"""Coming back with a code: in any browser, once, and never into someone else's answers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from feedback.models import Draft, SurveyStatus
from tests.factories import every_type_definition, make_survey
from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    count,
    location,
    question_url,
    text,
    update_survey,
    walk_to,
)
from tests.feedback.resume.helpers import (
    EXPIRED,
    NOT_FOUND,
    drafts,
    enter_code,
    expire_codes,
    resume_url,
    save,
)

CHECK = f"/surveys/{SLUG}/check"


@pytest.fixture
def survey(app) -> int:
    return make_survey(app)


@pytest.fixture
def code(client, survey) -> str:
    """A code saved after answering up to (not including) "services"."""
    walk_to(client, "services")
    return save(client, "services")


def test_a_code_brings_the_answers_back_in_a_new_browser_at_the_first_unanswered_question(
    app, code
):
    other = app.test_client()
    assert "Continue with your code" in text(other.get(resume_url()))

    resumed = enter_code(other, code)
    assert location(resumed) == CHECK
    assert location(other.get(CHECK)) == question_url("services")
    school = text(other.get(question_url("school-type")))
    assert 'value="other" checked' in school
    assert "Home educated" in school
    (draft,) = drafts(app)
    assert draft.resume_code_hash is None and draft.resume_expires_at is None


def test_the_code_is_forgiving_of_case_spaces_and_dashes(app, code):
    typed = " " + code.lower().replace("-", " ")[:7] + code[7:].replace("-", "") + " "
    assert location(enter_code(app.test_client(), typed)) == CHECK


def test_a_code_works_once(app, code):
    assert location(enter_code(app.test_client(), code)) == CHECK

    again = enter_code(app.test_client(), code)
    assert again.status_code == 400
    assert NOT_FOUND in text(again)


def test_a_guessed_code_gives_the_same_message_and_no_answers(app, code):
    guess = "2345-6789-ABCD" if code != "2345-6789-ABCD" else "2345-6789-ABCE"
    stranger = app.test_client()

    refused = enter_code(stranger, guess)
    page = text(refused)

    assert refused.status_code == 400
    assert NOT_FOUND in page
    assert "There is a problem" in page
    assert "Home educated" not in page
    assert location(stranger.get(CHECK)) == f"/surveys/{SLUG}"  # no answers to carry on
    assert location(enter_code(app.test_client(), code)) == CHECK  # the real one still works


def test_a_code_for_one_survey_is_unknown_to_another(app, client, code):
    make_survey(app, replace(every_type_definition("other-survey"), title="Another survey"))
    stranger = app.test_client()

    refused = enter_code(stranger, code, slug="other-survey")

    assert refused.status_code == 400
    assert NOT_FOUND in text(refused)
    assert "Home educated" not in text(refused)
    assert location(enter_code(stranger, code)) == CHECK  # not used up by the wrong survey


def test_an_expired_code_says_so_and_its_answers_are_deleted(app, code):
    expire_codes(app)

    refused = enter_code(app.test_client(), code)

    assert refused.status_code == 400
    assert EXPIRED in text(refused)
    assert count(app, Draft) == 0
    assert NOT_FOUND in text(enter_code(app.test_client(), code))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("  ", "Enter your code, like 7KQX-4M2P-9HTW"),
        ("ABCD-EFGH", "Enter your code in the right format: 12 letters and numbers"),
        ("0OIL-1234-5678", "Enter your code in the right format: 12 letters and numbers"),
    ],
)
def test_a_blank_or_malformed_code_is_explained(client, survey, typed, message):
    refused = enter_code(client, typed)
    page = text(refused)
    assert refused.status_code == 400
    assert message in page
    assert 'href="#code"' in page
    assert "<title>Error: Continue with your code" in page


def test_a_closed_survey_takes_no_codes(app, client, survey, code):
    update_survey(app, survey, status=SurveyStatus.CLOSED)
    assert "This survey is closed" in text(enter_code(app.test_client(), code))
    assert "This survey is closed" in text(app.test_client().get(resume_url()))


def test_answers_given_after_coming_back_are_kept_and_can_be_sent(app, code):
    other = app.test_client()
    enter_code(other, code)
    keys = [key for key, _ in YES_PATH]
    for key, data in YES_PATH[keys.index("services") :]:
        other.post(question_url(key), data=data)
    assert location(other.post(CHECK)) == f"/surveys/{SLUG}/done"
    assert count(app, Draft) == 0
