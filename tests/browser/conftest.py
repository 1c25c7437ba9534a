"""Browser tests: the real app served on 127.0.0.1, driven in Debian's Chromium by Playwright.

The app runs in a background thread on its own migrated SQLite database, with CSRF on, as in
production: `live_server` starts empty, `demo_server` holds the demo (`flask demo load`).
When a test fails, a screenshot of its page is saved in test-artifacts/screenshots/.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from flask_migrate import upgrade
from playwright.sync_api import Browser, Page, sync_playwright
from werkzeug.serving import WSGIRequestHandler, make_server

from feedback.demo import load_demo
from feedback.extensions import db
from tests.browser.screenshots import save_screenshot
from tests.browser.site import Audit, audit_site
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

pytestmark = pytest.mark.browser


class QuietRequestHandler(WSGIRequestHandler):
    """Serves requests without logging each one (the crawl makes thousands)."""

    def log_request(self, *args) -> None:
        pass


class LiveServer:
    """The app served over HTTP from a background thread."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._server = make_server(
            "127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler
        )
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)


def serve(folder, fill: Callable[[], object] = lambda: None) -> Iterator[LiveServer]:
    """Serve the app on a migrated SQLite database in `folder`, filled by `fill`."""
    app = make_app("sqlite:///" + str(folder / "browser.db"), WTF_CSRF_ENABLED=True)
    with app.app_context():
        upgrade()
        fill()
    server = LiveServer(app)
    server.start()
    yield server
    server.stop()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    """The app on an empty database."""
    yield from serve(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory) -> Iterator[LiveServer]:
    """The app with the demo loaded; its accounts' password is DEMO_PASSWORD."""
    yield from serve(tmp_path_factory.mktemp("demo"), load_demo)


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
        save_screenshot(page, request.node.name, "js" if javascript else "no-js")
    context.close()


@pytest.fixture
def page(browser: Browser, request) -> Iterator[Page]:
    """A page with JavaScript on."""
    yield from open_page(browser, request, javascript=True)


@pytest.fixture
def page_without_js(browser: Browser, request) -> Iterator[Page]:
    """A page with JavaScript off, as some respondents browse."""
    yield from open_page(browser, request, javascript=False)


@pytest.fixture(scope="session")
def site_audit(demo_server: LiveServer, browser: Browser) -> Audit:
    """Every page of the demo checked (axe, reflow, form error states), once per session."""
    return audit_site(demo_server.app, demo_server.url, browser)
