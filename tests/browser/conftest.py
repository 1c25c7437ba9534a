"""Browser tests: the real app served on 127.0.0.1, driven in Debian's Chromium by Playwright.

The app runs in a background thread on its own migrated SQLite database, with CSRF on, as in
production. When a test fails, a screenshot of its page is saved in test-artifacts/screenshots/.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from playwright.sync_api import Browser, Page, sync_playwright
from werkzeug.serving import make_server

from feedback.extensions import db
from tests.conftest import make_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.browser


class LiveServer:
    """The app served over HTTP from a background thread."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("browser") / "browser.db")
    app = make_app(url, WTF_CSRF_ENABLED=True)
    with app.app_context():
        upgrade()
    server = LiveServer(app)
    server.start()
    yield server
    server.stop()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def open_page(browser: Browser, request, javascript: bool = True) -> Iterator[Page]:
    """A fresh browser context and page; screenshots the page if the test fails."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = f"{request.node.name}-{'js' if javascript else 'no-js'}.png"
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    context.close()


@pytest.fixture
def page(browser: Browser, request) -> Iterator[Page]:
    """A page with JavaScript on."""
    yield from open_page(browser, request, javascript=True)


@pytest.fixture
def page_without_js(browser: Browser, request) -> Iterator[Page]:
    """A page with JavaScript off, as some respondents browse."""
    yield from open_page(browser, request, javascript=False)
