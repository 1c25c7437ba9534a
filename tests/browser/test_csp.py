"""The real Content-Security-Policy in Chromium: nothing is blocked, scripts run, charts draw."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from feedback.models import Role
from tests.browser.test_walk import sign_in
from tests.factories import every_type_definition, make_staff, make_survey
from tests.feedback.reports.helpers import add_responses

pytestmark = pytest.mark.browser

REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation",
  (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));"""
OFFICER = "csp.officer@example.org"


@pytest.fixture(scope="module")
def survey(live_server) -> int:
    """An open survey with answers, and an officer to read its results."""
    app = live_server.app
    survey_id = make_survey(app, every_type_definition(slug="csp-check"))
    add_responses(app, survey_id, 8, {"listened-to": "agree"}, audience="parents-and-carers")
    add_responses(app, survey_id, 4, {"listened-to": "disagree"}, audience="parents-and-carers")
    make_staff(app, Role.OFFICER, email=OFFICER)
    return survey_id


@pytest.fixture
def watched(page: Page) -> Iterator[tuple[Page, list[str]]]:
    """The page, and every CSP report or script error it raises."""
    problems: list[str] = []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "console",
        lambda message: (
            (message.type == "error" or "Content Security Policy" in message.text)
            and problems.append(message.text)
        ),
    )
    yield page, problems


def open_with_policy(page: Page, url: str) -> None:
    """Go to `url` and check it came with our policy, so the test proves something."""
    response = page.goto(url)
    assert response is not None and response.ok
    assert "'nonce-" in response.headers["content-security-policy"]
    # GOV.UK's inline script (allowed by its nonce) ran, and so did our module scripts.
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")


def test_public_pages_run_under_the_policy(live_server, survey, watched):
    page, problems = watched
    open_with_policy(page, live_server.url + "/")
    open_with_policy(page, live_server.url + "/surveys/csp-check")
    page.get_by_role("button", name="Start now").click()
    page.get_by_role("button", name="Continue").click()  # no answer: the error summary shows
    expect(page.locator(".govuk-error-summary")).to_be_focused()  # GOV.UK's JavaScript ran
    page.wait_for_load_state("networkidle")
    assert problems == []


def test_the_results_charts_draw_under_the_policy(live_server, survey, watched):
    page, problems = watched
    sign_in(page, live_server.url, OFFICER)
    open_with_policy(page, f"{live_server.url}/manage/reports/surveys/{survey}")
    charts = page.locator("[data-chart-spec]")
    expect(charts.first.locator("svg")).to_be_visible()
    expect(charts.first.locator("svg")).to_contain_text("%")
    page.wait_for_load_state("networkidle")
    assert problems == []
