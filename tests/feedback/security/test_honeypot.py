"""The honeypot on public forms: hidden from people, and a filled one stores nothing."""

from __future__ import annotations

import re

import pytest

from feedback.models import Draft, FollowUp, Response
from feedback.respond.honeypot import FIELD
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    YES_PATH,
    answer,
    count,
    location,
    question_url,
    responses,
    start,
    submit,
    walk,
)
from tests.feedback.respond.journey import text as page_text

ROBOT = {FIELD: "http://spam.example"}


@pytest.fixture
def survey(app):
    return make_survey(app)


def _honeypot(page: str) -> str:
    match = re.search(
        r'<div class="govuk-visually-hidden" aria-hidden="true">.*?</div>', page, re.S
    )
    assert match, "no honeypot on the page"
    return match.group(0)


@pytest.mark.parametrize(
    "url", [question_url(YES_PATH[0][0]), "/surveys/every-type/check", "follow-up"]
)
def test_every_public_form_has_a_honeypot_hidden_from_people(client, survey, url):
    if url == "/surveys/every-type/check":
        walk(client, YES_PATH)
    elif url == "follow-up":
        walk(client, YES_PATH)
        submit(client)
        url = "/surveys/every-type/done"
    else:
        start(client)

    field = _honeypot(page_text(client.get(url)))

    assert '<label for="website">Leave this blank</label>' in field
    assert f'name="{FIELD}"' in field
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert "display:none" not in field.replace(" ", "")


def test_a_filled_honeypot_on_a_question_stores_nothing_and_carries_on(app, client, survey):
    start(client)
    key, data = YES_PATH[0]

    robot = answer(client, key, data | ROBOT)

    assert location(robot) == question_url(YES_PATH[1][0])  # as if saved
    assert client.get(question_url(key)).status_code == 200
    assert "checked" not in _checked_options(page_text(client.get(question_url(key))))
    person = answer(client, key, data)
    assert location(person) == question_url(YES_PATH[1][0])
    assert 'value="north" checked' in page_text(client.get(question_url(key)))


def _checked_options(page: str) -> str:
    return " ".join(re.findall(r"<input[^>]*checked[^>]*>", page))


def test_a_filled_honeypot_on_check_answers_sends_nothing(app, client, survey):
    walk(client, YES_PATH)

    robot = client.post("/surveys/every-type/check", data=ROBOT)

    assert location(robot) == "/surveys/every-type/done"
    assert count(app, Response) == 0
    assert count(app, Draft) == 1
    assert submit(client).status_code == 302
    assert len(responses(app)) == 1


def test_a_filled_honeypot_on_the_follow_up_form_stores_no_address(app, client, survey):
    walk(client, YES_PATH)
    submit(client)
    url = "/surveys/every-type/follow-up"

    robot = client.post(url, data={"email": "bot@example.org"} | ROBOT)

    assert location(robot) == "/surveys/every-type/done"
    assert count(app, FollowUp) == 0
    assert "bot@example.org" not in page_text(client.get("/surveys/every-type/done"))
    person = client.post(url, data={"email": "parent@example.org"})
    assert location(person) == "/surveys/every-type/done"
    assert count(app, FollowUp) == 1


def test_a_blank_honeypot_is_a_person(app, client, survey):
    walk(client, [(key, data | {FIELD: " "}) for key, data in YES_PATH])

    assert client.post("/surveys/every-type/check", data={FIELD: ""}).status_code == 302
    assert count(app, Response) == 1
