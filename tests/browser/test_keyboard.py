"""A partner answers the demo partners' survey with the keyboard alone: Tab, Shift+Tab, Space,
Enter and the arrow keys (typing their words), from the home page to the confirmation.

On the way: sending a question unanswered moves focus to the GOV.UK error summary, whose link
moves focus to the question; a radio answer is changed from check answers with the arrow keys.
The page is only read (which control has focus, what kind of question it is), never clicked.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

SURVEY = "/surveys/vcs-partners-survey-2026"
CHANGED = "involved-in-commissioning"
MOST_TABS = 80

ACTIVE_MATCHES = "(selector) => document.activeElement.matches(selector)"
QUESTION_KIND = """() => {
  const field = document.querySelector("main [name=answer]");
  return field.tagName === "TEXTAREA" ? "text" : field.type;
}"""


def tab_to(page: Page, selector: str, key: str = "Tab") -> None:
    """Press Tab (or Shift+Tab) until the focused element matches `selector`."""
    for _ in range(MOST_TABS):
        page.keyboard.press(key)
        if page.evaluate(ACTIVE_MATCHES, selector):
            return
    raise AssertionError(f"{key} never reached {selector} on {page.url}")


def press_enter(page: Page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def send_question(page: Page) -> None:
    """Tab on to the question's Continue button and press Enter."""
    tab_to(page, "main form:has([name=answer]) button")
    press_enter(page)


def answer_question(page: Page) -> None:
    """Answer the question on the page by its kind, from the top of the page."""
    kind = page.evaluate(QUESTION_KIND)
    tab_to(page, "main [name=answer]")
    if kind == "radio":
        page.keyboard.press("Space")
        page.keyboard.press("ArrowDown")  # moves to, and chooses, the second answer
        expect(page.locator("main [name=answer]").nth(1)).to_be_checked()
    elif kind == "checkbox":
        page.keyboard.press("Space")
        tab_to(page, "main [name=answer]")
        page.keyboard.press("Space")
        expect(page.locator("main [name=answer]:checked")).to_have_count(2)
    else:
        page.keyboard.type("12" if kind == "text" and "decimal" in _inputmode(page) else "More")
    send_question(page)


def _inputmode(page: Page) -> str:
    return page.locator("main [name=answer]").get_attribute("inputmode") or ""


def test_a_survey_can_be_answered_with_the_keyboard_alone(demo_server, page: Page):
    page.goto(demo_server.url + "/")
    tab_to(page, f"a[href$='{SURVEY}']")
    press_enter(page)
    tab_to(page, "main form[action$='/start'] button")
    press_enter(page)

    send_question(page)  # forgot to answer
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    assert page.evaluate("document.activeElement.matches('.govuk-error-summary')")
    tab_to(page, ".govuk-error-summary a")
    page.keyboard.press("Enter")
    expect(page.locator("main [name=answer]").first).to_be_focused()

    while "/questions/" in page.url:
        answer_question(page)
    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()

    tab_to(page, f"a[href*='/questions/{CHANGED}?change=1']")
    press_enter(page)
    tab_to(page, "main [name=answer]:checked", key="Shift+Tab")
    page.keyboard.press("ArrowUp")  # from No back to Yes, which asks one question more
    send_question(page)
    while "/questions/" in page.url:
        answer_question(page)
    changed = page.locator(".govuk-summary-list__row").filter(
        has=page.locator(f"a[href*='/questions/{CHANGED}?']")
    )
    expect(changed.locator(".govuk-summary-list__value")).to_have_text("Yes")

    tab_to(page, "main form[method=post] button")
    press_enter(page)
    expect(page.locator(".govuk-panel")).to_contain_text("Thank you, your answers have been sent")
