"""Paper entry in a real browser, with the keyboard alone: a co-production officer types in a
paper form, is stopped by a mistake with nothing saved, corrects it and sees the response saved,
ready for the next form."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Response, Role
from tests.browser.test_walk import sign_in
from tests.factories import every_type_definition, make_staff, make_survey

pytestmark = pytest.mark.browser

SLUG = "paper-entry"


def focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement.id")


def press(page: Page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def test_an_officer_enters_a_paper_response_with_the_keyboard_alone(live_server, page):
    app, base = live_server.app, live_server.url
    survey_id = make_survey(app, every_type_definition(SLUG))
    sign_in(page, base, make_staff(app, Role.OFFICER, email="paper.officer@example.org"))
    page.goto(f"{base}/manage/surveys/{survey_id}/paper")

    assert focused_id(page) == "channel"  # the first field, focused on load
    press(page, "Space")  # Paper
    press(page, "Tab", "ArrowDown")  # 1. where they live: South
    press(page, "Tab", "Space")  # 2. EHC plan: Yes
    press(page, "Tab", "ArrowDown")  # 3. satisfied (asked because of Yes)
    press(page, "Tab", "ArrowDown", "Tab")  # 4. school: Special school (and past "Other")
    press(page, "Tab", "Space", "Tab", "Tab", "Space")  # 5. services: the first and third
    press(page, "Tab", "ArrowDown")  # 6. Agree
    press(page, "Tab", *["ArrowRight"] * 7)  # 7. rating 7
    press(page, "Tab")
    assert focused_id(page) == "answer-waiting-weeks"
    page.keyboard.type("600")  # 8. out of range: a typing slip
    press(page, "Tab")
    page.keyboard.type("Hard work")  # 9.
    press(page, "Tab")
    page.keyboard.type("More speech therapy")  # 10.
    press(page, "Tab", "Enter")  # Save and enter another

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Nothing has been saved")
    expect(summary).to_contain_text(
        "Question 8 (‘How many weeks did you wait for your first assessment?’): "
        "Enter a number between 0 and 520"
    )
    press(page, "Tab", "Enter")  # follow the summary's link to the field
    assert focused_id(page) == "answer-waiting-weeks"
    press(page, "ControlOrMeta+a")
    page.keyboard.type("12")
    press(page, "Enter")  # the typed answers were kept: save them

    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_contain_text(re.compile(r"Response [A-Z0-9]{4}-[A-Z0-9]{4} saved"))
    expect(banner).to_contain_text("1 response entered on paper for this survey.")
    assert focused_id(page) == "answer-_locality"  # ready for the next form
    expect(page.locator("#channel")).to_be_checked()
    expect(page.locator("#answer-waiting-weeks")).to_have_value("")

    with app.app_context():
        (response,) = db.session.scalars(
            select(Response).where(Response.survey_id == survey_id)
        ).all()
        assert response.channel == Channel.PAPER
        assert response.locality.slug == "south"
        assert len(response.answers) == 10  # a row for each answer, two for the services
