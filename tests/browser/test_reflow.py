"""Every page of the demo, and every form error state, reflows at 320 CSS px wide (WCAG 1.4.10):
no scrolling sideways. Wide tables scroll inside their own region, not the page.

The pages are those of the accessibility crawl (tests/browser/site.py), measured after axe
runs. Each failing page's screenshot at 320 px is saved in test-artifacts/screenshots/ as
reflow-<role>-<url>.png.
"""

from __future__ import annotations

import pytest

from tests.browser.crawl import NARROW, Audit

pytestmark = pytest.mark.browser


def test_no_page_scrolls_sideways_at_320_px(site_audit: Audit):
    limit = NARROW["width"] + 1  # a pixel for rounding
    too_wide = [
        f"{check.role}: {check.url} ({check.state}) is {check.width}px wide"
        for check in site_audit.checks
        if check.width > limit
    ]
    assert not too_wide, f"{len(too_wide)} pages scroll sideways at 320px:\n" + "\n".join(too_wide)
