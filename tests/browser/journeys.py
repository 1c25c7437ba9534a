"""Walking through a survey as a respondent, checking each new kind of question page, its
error state, check answers and the confirmation page.

Question pages are told apart by the controls they show (radios, checkboxes, text, faces,
easy read, language), so each kind is checked once however many questions use it. Buttons
are found by their forms, not their words, so walks work in any language.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page

from tests.browser.crawl import Crawler

ANSWER_FORM = "main form:has([name=answer])"
START_BUTTONS = "main form[action$='/start'] button"
MOST_QUESTIONS = 80

SIGNATURE = """() => {
  const form = document.querySelector("main form:has([name=answer])");
  const controls = [...form.querySelectorAll("input:not([type=hidden]), textarea, select")]
    .filter((el) => el.name === "answer")
    .map((el) => `${el.tagName}:${el.type}`);
  const classes = [...form.querySelectorAll("[class]")].flatMap((el) => [...el.classList])
    .filter((name) => name.startsWith("app-") || name.includes("--"));
  return JSON.stringify([
    document.documentElement.lang, document.documentElement.dir,
    [...new Set(controls)].sort(), [...new Set(classes)].sort(),
  ]);
}"""

PAGE_KIND = """() => document.documentElement.lang + " " + [...new Set(
  [...document.querySelectorAll("main [class]")].flatMap((el) => [...el.classList])
    .filter((name) => name.startsWith("app-")))].sort().join(" ")"""


class SurveyWalker:
    """Answers surveys from their start pages, checking each kind of page once."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.kinds: set[str] = set()
        self.submitted = False

    def walk_from_start(self, page: Page) -> None:
        """Walk the survey whose start page is open, once for each way of starting it (the
        start page's buttons: standard, easy read...)."""
        start = page.url
        for number in range(page.locator(START_BUTTONS).count()):
            if number:
                page.goto(start)
            self.walk(page, page.locator(START_BUTTONS).nth(number))

    def walk(self, page: Page, start_button: Locator) -> None:
        """Start the survey and answer every question, to check answers (and, the first
        time, on to the confirmation page)."""
        self._press(page, start_button)
        for _ in range(MOST_QUESTIONS):
            endpoint = self.crawler.route(urlsplit(page.url).path)
            if endpoint == "respond.question":
                self._question(page)
            elif endpoint == "respond.check":
                self._check_answers(page)
                return
            else:
                return
        raise AssertionError(f"the survey at {page.url} did not end")

    def _question(self, page: Page) -> None:
        kind = page.evaluate(SIGNATURE)
        new = kind not in self.kinds
        self.kinds.add(kind)
        if new:
            self.crawler.check_page(page)
        question = page.url
        self._press(page, page.locator(ANSWER_FORM).locator("button").first)
        if page.url != question or not page.locator(".govuk-error-summary").count():
            return  # an optional question: sending it empty skipped it
        if new:
            self.crawler.check_error_state(page, "Continue pressed with no answer")
        self._answer(page)
        self._press(page, page.locator(ANSWER_FORM).locator("button").first)

    def _answer(self, page: Page) -> None:
        form = page.locator(ANSWER_FORM)
        kind = json.loads(page.evaluate(SIGNATURE))[2][0]
        if kind in ("INPUT:radio", "INPUT:checkbox"):
            form.locator(f"input[name=answer][type={kind.split(':')[1]}]").first.check()
        else:
            form.locator("[name=answer]").fill("3" if kind == "INPUT:text" else "More help.")

    def _check_answers(self, page: Page) -> None:
        kind = "check answers " + page.evaluate(PAGE_KIND)
        if kind not in self.kinds:
            self.kinds.add(kind)
            self.crawler.check_page(page)
        if not self.submitted:
            self.submitted = True
            self._press(page, page.locator("main form[method=post] button").last)
            self.crawler.check_page(page)
            self.crawler.submit_forms(page, page.url)

    @staticmethod
    def _press(page: Page, button: Locator) -> None:
        with page.expect_navigation():
            button.click()
