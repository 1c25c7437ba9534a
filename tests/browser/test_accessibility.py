"""axe-core finds no WCAG 2.2 AA violation on any page of the demo, public or staff, nor on
the error state of any form submitted empty; every error shown is in a GOV.UK error summary.

The pages come from crawling the demo as an anonymous visitor (answering each open survey),
a Youth Forum member and the administrator (see tests/browser/site.py). Each failing page's
screenshot is saved in test-artifacts/screenshots/ as axe-<role>-<url>.png.
"""

from __future__ import annotations

import pytest

from tests.browser.crawl import Audit
from tests.browser.site import URDU

pytestmark = pytest.mark.browser

EXPECTED_ROUTES = {
    "respond.home",
    "respond.start",
    "respond.question",
    "respond.check",
    "respond.done",
    "auth.login",
    "manage.surveys",
    "manage.survey",
    "reports.survey",
    "published.survey",
}
"""Pages the crawl must reach, so that a crawler that silently stops cannot pass."""


def test_every_page_and_error_state_has_no_axe_violations(site_audit: Audit):
    failures = [
        f"{check.role}: {check.url} ({check.state})\n    {violation.describe()}"
        for check in site_audit.checks
        for violation in check.violations
    ]
    assert not failures, f"{len(failures)} axe violations:\n" + "\n".join(failures)


def test_form_errors_are_listed_in_an_error_summary(site_audit: Audit):
    states = [check for check in site_audit.checks if check.is_error_state]
    problems = [f"{c.role}: {c.url} ({c.state}): {p}" for c in states for p in c.problems]
    assert not problems, "\n".join(problems)
    assert len(states) >= 10, "too few forms were submitted empty"


def test_the_crawl_reaches_every_kind_of_page_through_working_links(site_audit: Audit):
    routes = {check.route for check in site_audit.checks}
    assert routes >= EXPECTED_ROUTES, f"never reached: {sorted(EXPECTED_ROUTES - routes)}"
    in_urdu = {check.route for check in site_audit.checks if check.role == URDU}
    assert {"respond.question", "respond.check"} <= in_urdu, "the survey was not answered in Urdu"
    assert not site_audit.broken_links, "\n".join(site_audit.broken_links)
