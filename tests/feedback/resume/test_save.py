"""Saving answers with "Save and come back later": a code shown once, kept only as a hash."""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

from feedback.models import Draft
from feedback.models.columns import utcnow
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    answer,
    count,
    location,
    question_url,
    start,
    text,
    walk_to,
)
from tests.feedback.resume.helpers import (
    CODE,
    drafts,
    enter_code,
    resume_url,
    save,
    save_url,
)


def test_saving_shows_a_code_once_and_keeps_the_answers_and_the_one_on_the_page(client, app):
    make_survey(app)
    walk_to(client, "school-type")

    response = client.post(save_url("school-type"), data={"answer": "special"})
    saved = client.get(location(response))
    page = text(saved)

    (code,) = CODE.findall(page)
    assert f'<strong class="app-resume-code">{code}</strong>' in page
    last_day = utcnow().date() + timedelta(days=28)
    assert "Your answers are saved" in page
    assert saved.headers["Cache-Control"] == "no-store"
    assert (
        "Write this code down or take a photo of it. "
        f"It works until {last_day.day} {last_day:%B %Y}. "
        "Anyone with the code can see your answers, so keep it private."
    ) in page
    assert f"http://localhost{resume_url()}" in page
    assert f'href="/surveys/{SLUG}/check"' in page  # carry on now
    (draft,) = drafts(app)
    assert set(draft.answers) == {"_locality", "has-ehcp", "ehcp-satisfaction", "school-type"}
    assert draft.answers["school-type"]["choices"] == ["special"]

    again = text(client.get(f"/surveys/{SLUG}/saved"))
    assert "Your code was shown once" in again
    assert not CODE.search(again)


def test_an_invalid_or_blank_answer_on_the_page_keeps_what_was_saved(client, app):
    make_survey(app)
    walk_to(client, "listened-to")  # "school-type" was answered "other: Home educated"
    save(client, "school-type", {"answer": "other"})  # other, with no text: invalid
    save(client, "school-type", {})  # blank
    (draft,) = drafts(app)
    assert draft.answers["school-type"]["choices"] == ["other"]
    assert draft.answers["school-type"]["other_text"] == "Home educated"
    assert "listened-to" not in draft.answers


def test_saving_again_gives_a_new_code_and_the_old_one_stops_working(client, app):
    make_survey(app)
    start(client)
    first = save(client, "_locality", YES_PATH[0][1])
    second = save(client, "_locality")
    assert first != second
    assert count(app, Draft) == 1
    other = app.test_client()
    assert "We could not find saved answers" in text(enter_code(other, first))
    assert location(enter_code(other, second)) == f"/surveys/{SLUG}/check"


def test_the_code_is_kept_only_as_a_hash_and_never_in_the_cookie_an_address_or_a_log(
    client, app, caplog
):
    make_survey(app)
    start(client)
    answer(client, *YES_PATH[0])
    caplog.set_level(logging.DEBUG)

    posted = client.post(save_url("has-ehcp"), data={"answer": "yes"})
    shown = client.get(location(posted))
    (code,) = CODE.findall(text(shown))

    compact = code.replace("-", "")
    (draft,) = drafts(app)
    assert draft.resume_code_hash == hashlib.sha256(compact.encode()).hexdigest()
    stored = repr([getattr(draft, column.key) for column in Draft.__table__.columns])
    assert code not in stored and compact not in stored
    for response in (posted, shown):
        assert code not in response.headers.get("Location", "")
        assert all(
            code not in cookie and compact not in cookie
            for cookie in response.headers.getlist("Set-Cookie")
        )
    cookie = client.get_cookie("session")
    assert cookie is not None and compact not in cookie.value and code not in cookie.value
    assert code not in caplog.text and compact not in caplog.text


def test_question_pages_offer_saving_and_the_start_page_coming_back(client, app):
    make_survey(app)
    start_page = text(client.get(f"/surveys/{SLUG}"))
    assert "Continue with a code" in start_page
    assert f'href="{resume_url()}"' in start_page

    start(client)
    page = text(client.get(question_url("_locality")))
    assert "Save and come back later" in page
    assert f'formaction="{save_url("_locality")}"' in page
