"""A crawler that checks every page it can reach: axe-core's WCAG 2.2 AA rules, reflow at
320 CSS px, and the error state of each form submitted empty.

Pages are found by following same-origin links (GET only). URLs are grouped by the Flask
route they match (plus their query-string keys) and only one of each group is checked, so a
new page is picked up as soon as something links to it, and 2,000 comments linked from a list
cost one check, not 2,000.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urlsplit

from flask import Flask
from playwright.sync_api import Error, Page
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from tests.browser.axe import Violation, axe_violations
from tests.browser.screenshots import save_screenshot

NARROW = {"width": 320, "height": 640}
DOWNLOADS = {".csv", ".json", ".xlsx", ".png", ".svg", ".atom", ".txt", ".pdf"}
NOT_PAGES = ("/sign-out", "/static/", "/assets/", "/api/")
KEEP = 1
"""How many URLs of each route (and set of query keys) to check."""
KEEP_ROUTE = {"respond.start": 6}
"""Routes checked more often: each survey's start page begins a walk through its questions."""
QUERY_VARIANTS = 2
"""How many different sets of query keys (filters, pages) of one route to check."""

SAFE_BUTTON = re.compile(
    r"^(Continue|Save|Sign in|Create|Send|Add|Upload|Find|Search|Invite|Import|Enter|Record"
    r"|Preview|Check|Apply|Filter|Next|Comment|Change|Set up)\b",
    re.IGNORECASE,
)
UNSAFE_BUTTON = re.compile(
    r"\b(Delete|Open|Close|Publish|Withdraw|Erase|Sign out|Remove|End|Revoke|Retire|Merge"
    r"|Cancel|Duplicate|Resolve|Sign off|Confirm|Reset|Turn off|Unlock|Move|Restore|Review)\b",
    re.IGNORECASE,
)

LINKS = """() => [...document.querySelectorAll("a[href]")]
  .filter((a) => !a.hasAttribute("download") && !a.hasAttribute("hreflang"))
  .map((a) => a.href)"""

TYPED = """(el) => el.tagName === "TEXTAREA"
  || !["hidden", "radio", "checkbox", "submit", "button", "image", "reset"].includes(el.type)"""
"""Whether a form field is one people type into (or a file to choose), to be emptied."""

FORMS = """() => [...document.querySelectorAll("main form")].map((form, index) => {
  const fields = [...form.querySelectorAll("input, textarea")].filter((el) => !el.disabled);
  const typed = fields.filter(TYPED);
  const radios = fields.filter((el) => el.type === "radio");
  const unchosen = radios.length > 0 && !radios.some((el) => el.checked);
  return {
    index,
    action: form.action,
    empty: typed.length > 0 || unchosen,
    buttons: [...form.querySelectorAll("button, input[type=submit]")]
      .map((button) => (button.innerText || button.value || "").trim()),
  };
})""".replace("TYPED", TYPED)

CLEAR = """(form) => [...form.querySelectorAll("input, textarea")].filter(TYPED)
  .forEach((el) => { el.value = ""; })""".replace("TYPED", TYPED)

ERROR_STATE = """() => {
  const summary = document.querySelector(".govuk-error-summary");
  const links = summary ? [...summary.querySelectorAll("a[href^='#']")] : [];
  return {
    summary: summary !== null,
    inline: document.querySelectorAll(".govuk-error-message").length,
    broken: links.map((a) => a.getAttribute("href"))
      .filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
  };
}"""


@dataclass
class Check:
    """What one page, or one form's error state, showed."""

    role: str
    url: str
    route: str
    state: str
    violations: list[Violation]
    width: int
    problems: list[str] = field(default_factory=list)

    @property
    def is_error_state(self) -> bool:
        return self.state != "page"


@dataclass
class Audit:
    """Every check made, and the links that led nowhere."""

    checks: list[Check] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)


class Crawler:
    """Checks the pages one visitor (anonymous or signed in) can reach by following links."""

    def __init__(self, app: Flask, base: str, audit: Audit, role: str) -> None:
        self.routes = app.url_map.bind(urlsplit(base).netloc)
        self.base = base
        self.audit = audit
        self.role = role
        self.kept: Counter[tuple[str, frozenset[str]]] = Counter()
        self.variants: dict[str, set[frozenset[str]]] = {}
        self.forms: set[tuple[str, str]] = set()
        self.visited: set[str] = set()
        self.include: Callable[[str], bool] = lambda endpoint: True
        self.keep = dict(KEEP_ROUTE)
        self.on_route: dict[str, Callable[[Page], None]] = {}

    def route(self, address: str) -> str:
        """The endpoint `address` (a path) is served by, or the path when none matches."""
        for method in ("GET", "POST"):
            try:
                return self.routes.match(address, method=method)[0]
            except RequestRedirect as redirect:
                return self.route(urlsplit(redirect.new_url).path)
            except HTTPException:
                continue
        return address

    def wanted(self, url: str) -> bool:
        """Whether to visit `url`: same origin, a page (not a download), of a route not yet
        checked often enough. Counts it as visited when it is."""
        if not url.startswith(self.base + "/") or url in self.visited:
            return False
        parts = urlsplit(url)
        if PurePosixPath(parts.path).suffix in DOWNLOADS or parts.path.startswith(NOT_PAGES):
            return False
        endpoint = self.route(parts.path)
        if not self.include(endpoint):
            return False
        keys = frozenset(re.findall(r"(?:^|&)([^=&]+)", parts.query))
        variants = self.variants.setdefault(endpoint, set())
        if keys not in variants and len(variants) >= QUERY_VARIANTS:
            return False
        if self.kept[(endpoint, keys)] >= self.keep.get(endpoint, KEEP):
            return False
        variants.add(keys)
        self.visited.add(url)
        self.kept[(endpoint, keys)] += 1
        return True

    def crawl(self, page: Page, start: list[str]) -> None:
        """Visit and check every wanted page reachable from the `start` paths."""
        queue = deque(url for path in start if self.wanted(url := self.base + path))
        while queue:
            url = queue.popleft()
            if not self._visit(page, url):
                continue
            links = [urldefrag(link).url for link in page.evaluate(LINKS)]
            queue.extend(link for link in dict.fromkeys(links) if self.wanted(link))
            self.submit_forms(page, url)
            hook = self.on_route.get(self.route(urlsplit(url).path))
            if hook is not None:
                if page.url != url:
                    page.goto(url)
                hook(page)

    def _visit(self, page: Page, url: str) -> bool:
        try:
            response = page.goto(url)
        except Error as error:
            if "Download is starting" in str(error):
                return False
            raise
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            return False
        if response.status >= 400:
            self.audit.broken_links.append(f"{self.role}: {url} ({response.status})")
        self.check_page(page)
        return True

    def check_page(self, page: Page, state: str = "page") -> Check:
        """Run axe on the page, then measure it at 320 px wide; screenshot each failure."""
        url = urlsplit(page.url)
        address = url.path + (f"?{url.query}" if url.query else "")
        named = (self.role, address) if state == "page" else (self.role, address, state)
        violations = axe_violations(page)
        if violations:
            save_screenshot(page, "axe", *named)
        size = page.viewport_size
        page.set_viewport_size(NARROW)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"] + 1:
            save_screenshot(page, "reflow", *named)
        page.set_viewport_size(size)
        check = Check(self.role, address, self.route(url.path), state, violations, width)
        self.audit.checks.append(check)
        return check

    def check_error_state(self, page: Page, state: str) -> Check:
        """Check the page a form came back to; its error summary must list every error."""
        check = self.check_page(page, state)
        found = page.evaluate(ERROR_STATE)
        if found["inline"] and not found["summary"]:
            check.problems.append("errors are shown without a GOV.UK error summary")
        for href in found["broken"]:
            check.problems.append(f"the error summary links to {href}, which is not on the page")
        return check

    def submit_forms(self, page: Page, url: str) -> None:
        """Submit each safe form on the page empty (once per form action and button) and
        check the error state it comes back with."""
        for form in page.evaluate(FORMS):
            if not form["empty"]:
                continue
            for number, label in enumerate(form["buttons"]):
                key = (self.route(urlsplit(form["action"]).path), label)
                safe = SAFE_BUTTON.search(label) and not UNSAFE_BUTTON.search(label)
                if not safe or key in self.forms:
                    continue
                self.forms.add(key)
                if page.url != url:
                    page.goto(url)
                self.submit_empty(page, form["index"], number, label)

    def submit_empty(self, page: Page, form_index: int, button: int, label: str) -> None:
        """Clear the form's typed fields, press the button, and check the page it gives."""
        form = page.locator("main form").nth(form_index)
        form.evaluate(CLEAR)
        with page.expect_navigation():
            form.locator("button, input[type=submit]").nth(button).click()
        self.check_error_state(page, f"‘{label}’ pressed with the form empty")
