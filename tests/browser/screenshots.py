"""Screenshots of failing pages, kept in test-artifacts/screenshots/ (CI saves the folder)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def save_screenshot(page: Page, *name_parts: str) -> Path:
    """A full-page screenshot named from `name_parts` (a role, a URL, a state...)."""
    name = re.sub(r"[^A-Za-z0-9_]+", "-", "-".join(name_parts)).strip("-")[:150] + ".png"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
