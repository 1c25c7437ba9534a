"""Issue 7's "done when": a young person completes the demo youth survey in easy read, with the
keyboard alone, in Urdu, and their answers appear in the same results as everyone else's.

Only keys are pressed (Tab, Space, Enter, and typing); the page is read to know which control has
focus and what the question is, never clicked.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.demo.translations import TRANSLATIONS
from feedback.extensions import db
from feedback.models import Mode, Response, Survey
from feedback.reports.results import survey_results
from tests.browser.test_keyboard import press_enter, tab_to

pytestmark = pytest.mark.browser

SLUG = "have-your-say-young-people"
URDU = TRANSLATIONS[SLUG]["ur"]
MOST_PAGES = 40
FIRST_ANSWER = "main [name=answer]"
NEXT = "main form:has([name=answer]) .govuk-button-group > .govuk-button:first-child"
QUESTION_KEY = re.compile(r"/questions/([^/?]+)")


def _results(app) -> dict[str, dict[str, int]]:
    """Each question's count per answer value, and the survey's response total."""
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.slug == SLUG))
        results = survey_results(survey)
        counts = {q.key: {o.value: o.count for o in q.options} for q in results.questions}
        counts["_responses"] = {"all": results.responses}
        return counts


def _answer_in_easy_read(page: Page) -> tuple[str, str]:
    """Answer the question on the page with the first choice (or a few typed words); returns
    the question key and the value chosen."""
    key = QUESTION_KEY.search(page.url).group(1)
    field = page.locator(FIRST_ANSWER).first
    kind = field.evaluate("f => f.tagName === 'TEXTAREA' ? 'text' : f.type")
    tab_to(page, FIRST_ANSWER)
    if kind in ("radio", "checkbox"):
        page.keyboard.press("Space")
        value = field.get_attribute("value")
    else:
        page.keyboard.type("مجھے اور مدد چاہیے")
        value = ""
    tab_to(page, NEXT)
    press_enter(page)
    return key, value


def test_a_young_person_answers_in_easy_read_urdu_with_the_keyboard_and_is_counted(
    demo_server, page: Page
):
    before = _results(demo_server.app)
    page.goto(demo_server.url + "/")
    tab_to(page, "a[hreflang='ur']")
    press_enter(page)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ur",
        "rtl",
    ]
    tab_to(page, f"a[href$='/surveys/{SLUG}']")
    press_enter(page)
    expect(page.locator("h1")).to_have_text(URDU["title"])
    tab_to(page, "button[value=easy_read]")
    press_enter(page)

    chosen: dict[str, str] = {}
    for _ in range(MOST_PAGES):
        if "/check" in page.url:
            break
        key = QUESTION_KEY.search(page.url).group(1)
        easy_read = URDU.get(f"question:{key}:easy_read")
        if easy_read:
            expect(page.locator("main h1")).to_contain_text(easy_read)
        alt = URDU.get(f"question:{key}:picture_alt")
        if alt:
            expect(page.locator("main img")).to_have_attribute("alt", alt)
        expect(page.locator(".app-progress")).to_be_visible()
        key, value = _answer_in_easy_read(page)
        chosen[key] = value
    assert "/check" in page.url, "never reached check answers"
    assert "help-to-learn" in chosen and "feel-safe" in chosen

    tab_to(page, "main form[method=post] .govuk-button")
    press_enter(page)
    expect(page.locator(".govuk-panel")).to_be_visible()

    after = _results(demo_server.app)
    assert after["_responses"]["all"] == before["_responses"]["all"] + 1
    for key, value in chosen.items():
        if value and key in before:
            assert after[key][value] == before[key][value] + 1, key
    with demo_server.app.app_context():
        newest = db.session.scalar(select(Response).order_by(Response.id.desc()).limit(1))
        assert (newest.language, newest.mode) == ("ur", Mode.EASY_READ)
