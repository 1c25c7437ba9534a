"""Young people's mode: faces with words, short wording, "Question 3 of 4", and skipping
questions that are not required."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from surveys.model import Condition, Operator, Question, Section, SurveyDefinition
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    YES_PATH,
    answer,
    location,
    question_url,
    responses,
    start,
    submit,
    text,
    update_survey,
    walk_to,
)
from tests.pages import page as page_text
from tests.pages import visible_text

SLUG = "your-say"
CHECK = f"/surveys/{SLUG}/check"


def youth_definition() -> SurveyDefinition:
    """A short survey for young people: faces, a Yes/No with a follow-up, an optional comment."""
    return SurveyDefinition(
        slug=SLUG,
        title="Your say about school",
        audiences=("children-and-young-people",),
        sections=(
            Section(
                title="School",
                questions=(
                    Question(key="school-feel", type="faces", text="How is school for you?"),
                    Question(key="has-help", type="yes_no", text="Do you get help at school?"),
                    Question(
                        key="help-good",
                        type="faces",
                        text="How is the help you get?",
                        condition=Condition("has-help", Operator.IS, "yes"),
                    ),
                    Question(
                        key="best-thing",
                        type="short_text",
                        text="What is the best thing about school?",
                        required=False,
                    ),
                ),
            ),
        ),
    )


@pytest.fixture
def survey(app: Flask) -> int:
    survey_id = make_survey(app, youth_definition())
    update_survey(app, survey_id, young_people_mode=True, ask_locality=False)
    return survey_id


def url(key: str) -> str:
    return question_url(key, SLUG)


def say(client, key: str, data: dict):
    return answer(client, key, data, SLUG)


def progress(client, key: str) -> str:
    """The page's "Question n of m"."""
    return re.search(r"Question \d+ of \d+", visible_text(client.get(url(key)))).group()


def test_the_faces_scale_shows_a_face_and_a_word_for_each_choice(client, survey):
    start(client, SLUG)
    page = page_text(client.get(url("school-feel")))
    labels = re.findall(r"<label[^>]*govuk-radios__label[^>]*>(.*?)</label>", page)
    assert len(labels) == 3
    for label, word in zip(labels, ("Good", "OK", "Not good"), strict=True):
        assert '<svg class="app-symbol"' in label
        assert 'aria-hidden="true"' in label
        assert f'<span class="app-symbol__word">{word}</span>' in label
    assert "app-symbols" in page


def test_yes_and_no_get_simple_symbols_beside_their_words(client, survey):
    start(client, SLUG)
    say(client, "school-feel", {"answer": "ok"})
    page = page_text(client.get(url("has-help")))
    assert page.count('<svg class="app-symbol"') == 3
    for word in ("Yes", "No", "Not sure"):
        assert f'<span class="app-symbol__word">{word}</span>' in page


def test_interface_wording_is_short(client, survey):
    start(client, SLUG)
    page = visible_text(client.get(url("school-feel")))
    assert "Next" in page
    assert "Continue" not in page


def test_progress_counts_the_questions_asked_given_skip_logic(client, survey):
    start(client, SLUG)
    assert progress(client, "school-feel") == "Question 1 of 3"
    assert "<title>Question 1 of 3: How is school for you?" in text(client.get(url("school-feel")))
    say(client, "school-feel", {"answer": "good"})
    assert progress(client, "has-help") == "Question 2 of 3"

    # "No" hides the follow-up: the comment is question 3 of 3.
    assert location(say(client, "has-help", {"answer": "no"})) == url("best-thing")
    assert progress(client, "best-thing") == "Question 3 of 3"

    # "Yes" brings it in: 4 questions now.
    assert location(say(client, "has-help", {"answer": "yes"})) == url("help-good")
    assert progress(client, "help-good") == "Question 3 of 4"
    say(client, "help-good", {"answer": "not_good"})
    assert progress(client, "best-thing") == "Question 4 of 4"


def test_skip_is_offered_only_on_questions_that_are_not_required(client, survey):
    start(client, SLUG)
    for key, choice in (("school-feel", "good"), ("has-help", "no")):
        assert "Skip this question" not in visible_text(client.get(url(key)))
        say(client, key, {"answer": choice})
    assert "Skip this question" in visible_text(client.get(url("best-thing")))


def test_skipping_saves_a_blank_answer_and_moves_on(app, client, survey):
    start(client, SLUG)
    say(client, "school-feel", {"answer": "good"})
    say(client, "has-help", {"answer": "no"})
    skipped = say(client, "best-thing", {"answer": "Typed then skipped", "skip": "1"})
    assert location(skipped) == CHECK
    assert "Typed then skipped" not in text(client.get(url("best-thing")))
    assert "Not answered" in visible_text(client.get(CHECK))

    submit(client, SLUG)
    [stored] = responses(app)
    assert stored["rows"] == [("has-help", "no", None, None), ("school-feel", "good", None, None)]


def test_skip_cannot_pass_over_a_required_question(client, survey):
    start(client, SLUG)
    page = say(client, "school-feel", {"skip": "1"})
    assert page.status_code == 200
    assert "Choose a face" in visible_text(page)


def test_a_standard_survey_has_no_faces_progress_or_skip(client, app):
    make_survey(app)
    walk_to(client, "services", YES_PATH)
    page = visible_text(client.get(question_url("services")))
    assert "Continue" in page
    assert "Skip this question" not in page
    assert "Question " not in page
    assert "app-symbol" not in page_text(client.get(question_url("has-ehcp")))
