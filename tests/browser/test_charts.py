"""Charts draw in a real browser from our own static files, beside their data tables."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from flask import Response
from playwright.sync_api import Page, expect

from feedback.extensions import db
from tests.browser.conftest import LiveServer
from tests.conftest import make_app
from tests.feedback.charts.sample import add_chart_page

pytestmark = pytest.mark.browser

# Strict but for GOV.UK's inline "js-enabled" script: no eval, no inline styles, no other host.
POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation",
  (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));"""


@pytest.fixture(scope="module")
def chart_server(tmp_path_factory) -> Iterator[LiveServer]:
    """The app with a test-only page of charts, served with a content security policy.

    The page reads no tables, so its database needs no migrations.
    """
    app = make_app("sqlite:///" + str(tmp_path_factory.mktemp("charts") / "charts.db"))
    add_chart_page(app)

    @app.after_request
    def content_security_policy(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = POLICY
        return response

    server = LiveServer(app)
    server.start()
    yield server
    server.stop()
    with app.app_context():
        db.engine.dispose()


def test_charts_draw_offline_beside_their_tables(chart_server, page: Page):
    hosts: set[str] = set()
    errors: list[str] = []
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.add_init_script(REPORT_VIOLATIONS)

    page.goto(chart_server.url + "/charts-test")

    bars = page.get_by_role("img", name="Bar chart: the percentage of people who gave each answer")
    trend = page.get_by_role("img", name="Satisfaction by quarter")
    expect(bars.locator("svg")).to_contain_text("Percent of 2,000 who answered (%)")
    expect(bars.locator("svg")).to_contain_text("[c]")
    expect(trend.locator("svg")).to_contain_text("Target: 60%")
    expect(trend.locator("svg")).to_contain_text("Education settings")
    table = page.get_by_role("table", name="Data for the chart: Answers to question 1")
    expect(table.get_by_role("row", name="Disagree [c] [c]")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert hosts == {urlsplit(chart_server.url).netloc}
    assert errors == []


def test_without_javascript_the_table_and_downloads_stand_in(chart_server, page_without_js: Page):
    page = page_without_js
    page.goto(chart_server.url + "/charts-test")

    expect(page.get_by_role("img")).to_have_count(0)
    table = page.get_by_role("table", name="Data for the chart: Satisfaction by quarter")
    expect(table.get_by_role("row", name="2025 Q3 Parents and carers 63%")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV of Satisfaction by quarter").click()
    assert download.value.suggested_filename == "satisfaction.csv"
