"""Urdu in a real browser: the page reads right to left, its layout is mirrored (text on the
right, radios to the right of their labels) and it still fits 320 CSS px with no sideways
scrolling, with and without errors."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from surveys.model import Option, Question, Section, SurveyDefinition
from tests.factories import make_survey

pytestmark = pytest.mark.browser

SLUG = "right-to-left"
DEFINITION = SurveyDefinition(
    SLUG,
    "Right to left",
    sections=(
        Section(
            "Pets",
            (Question("pet", "single_choice", "Which pet?", options=(Option("cat", "Cat"),)),),
        ),
    ),
)
NARROW = {"width": 320, "height": 640}

TEXT_BOX = """selector => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  const box = range.getBoundingClientRect();
  return {left: box.left, right: box.right};
}"""
BOX = "selector => document.querySelector(selector).getBoundingClientRect().toJSON()"


@pytest.fixture(scope="module")
def survey_path(live_server) -> str:
    make_survey(live_server.app, DEFINITION)
    return f"/surveys/{SLUG}"


def open_question_in_urdu(page: Page, base: str, survey_path: str) -> None:
    """Choose Urdu with the switcher's link, then start the survey."""
    page.goto(f"{base}{survey_path}")
    with page.expect_navigation():
        page.locator("a[hreflang='ur']").click()
    with page.expect_navigation():
        page.locator("button[name='mode'][value='standard']").click()
    assert page.locator("input[type='radio']").count()


def scroll_width(page: Page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_urdu_pages_are_mirrored(page: Page, live_server, survey_path):
    page.set_viewport_size({"width": 1024, "height": 768})
    open_question_in_urdu(page, live_server.url, survey_path)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"

    main = page.evaluate(BOX, "main")
    column = page.evaluate(BOX, "main .govuk-grid-column-two-thirds")
    # The grid row reaches 15px past main on each side (GOV.UK gutters).
    assert abs(main["right"] - column["right"]) <= 15, "the content column is on the right"
    assert column["left"] - main["left"] > main["width"] / 4
    caption = page.evaluate(TEXT_BOX, "main .govuk-caption-l")  # a short line: "About you"
    assert column["right"] - caption["right"] < 20, "text starts at the right"
    assert caption["left"] > column["left"] + column["width"] / 2, "short text is right-aligned"

    item = page.evaluate(BOX, ".govuk-radios__item")
    radio = page.evaluate(BOX, ".govuk-radios__input")
    label = page.evaluate(BOX, ".govuk-radios__label")
    assert abs(item["right"] - radio["right"]) < 2, "the radio button is at the right"
    assert radio["left"] >= label["right"] - 1, "the label is to the left of its radio"
    circle_right = page.evaluate(
        "getComputedStyle(document.querySelector('.govuk-radios__label'), '::before').right"
    )
    assert circle_right == "2px", "the drawn circle is at the right too"

    back = page.evaluate(BOX, ".govuk-back-link")
    arrow_left = page.evaluate(
        "getComputedStyle(document.querySelector('.govuk-back-link'), '::before').left"
    )
    assert float(arrow_left.removesuffix("px")) > back["width"] / 2, (
        "the back arrow is at the right"
    )


def test_urdu_pages_fit_320_px_without_scrolling_sideways(page: Page, live_server, survey_path):
    page.set_viewport_size(NARROW)
    open_question_in_urdu(page, live_server.url, survey_path)
    assert scroll_width(page) <= NARROW["width"]
    with page.expect_navigation():
        page.locator("main form button").first.click()  # Continue, with nothing chosen
    assert page.locator(".govuk-error-summary").count() == 1
    assert page.title().startswith("خرابی:")  # "Error:"
    assert scroll_width(page) <= NARROW["width"]
    for path in ("/", "/privacy", "/erase-my-answers"):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert scroll_width(page) <= NARROW["width"], path
