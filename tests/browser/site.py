"""The whole demo site checked once per test session, as each kind of visitor sees it:
anonymous (public pages, walking each open survey), a Youth Forum member, the administrator
(every staff page) and, when the site offers it, an anonymous visitor reading it in Urdu."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from flask import Flask
from playwright.sync_api import Browser, Page

from feedback.demo import DEMO_PASSWORD
from tests.browser.crawl import Audit, Crawler
from tests.browser.journeys import SurveyWalker

PUBLIC_START = ["/", "/sign-in", "/privacy"]
STAFF = [("Youth Forum member", "sam@example.org"), ("administrator", "demo.admin@example.org")]
RIGHT_TO_LEFT = "ur"
URDU = "anonymous, in Urdu"
TRANSLATED_SURVEY = "/surveys/have-your-say-young-people"
"""The demo survey translated into Urdu: the one walked again in Urdu."""


def sign_in(page: Page, base: str, email: str, password: str = DEMO_PASSWORD) -> None:
    """Sign in through the sign-in page and wait for the page it leads to."""
    page.goto(base + "/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert urlsplit(page.url).path != "/sign-in", f"{email} could not sign in"


def switch_language(page: Page, base: str, code: str) -> bool:
    """Choose language `code` with the site's language switcher; False if it has none."""
    page.goto(base + "/")
    switch = page.locator(f"a[hreflang='{code}'], form:has([value='{code}']) button")
    if not switch.count():
        return False
    with page.expect_navigation():
        switch.first.click()
    return page.evaluate("document.documentElement.lang") == code


def audit_site(app: Flask, base: str, browser: Browser) -> Audit:
    """Crawl and check the site as every kind of visitor; every check made."""
    audit = Audit()
    public = _crawl_public(app, base, browser, audit, "anonymous")
    for role, email in STAFF:
        with _page(browser) as page:
            crawler = Crawler(app, base, audit, role)
            crawler.include = lambda endpoint: endpoint not in public
            sign_in(page, base, email)
            crawler.crawl(page, [urlsplit(page.url).path])
    _crawl_public(app, base, browser, audit, URDU, language=RIGHT_TO_LEFT)
    return audit


def _crawl_public(
    app: Flask, base: str, browser: Browser, audit: Audit, role: str, language: str = ""
) -> set[str]:
    """Crawl the public pages, walking each open survey; the routes checked."""
    with _page(browser) as page:
        if language and not switch_language(page, base, language):
            return set()
        crawler = Crawler(app, base, audit, role)
        start = PUBLIC_START
        if language:  # the respondent's pages again, answering the translated survey
            crawler.include = lambda endpoint: endpoint.startswith("respond.")
            crawler.keep["respond.start"] = 1
            start = ["/", TRANSLATED_SURVEY]
        crawler.on_route["respond.start"] = SurveyWalker(crawler).walk_from_start
        crawler.crawl(page, start)
        return set(crawler.variants)


@contextmanager
def _page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh context that lets axe's script tag past the content security policy."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
