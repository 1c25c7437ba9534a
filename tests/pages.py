"""Reading pages as a user does: plain functions shared by the view tests."""

from __future__ import annotations

import html
import re


def page(response) -> str:
    """The response's HTML, entities decoded and whitespace collapsed, to assert on sentences."""
    return html.unescape(re.sub(r"\s+", " ", response.get_data(as_text=True)))


def visible_text(response) -> str:
    """What a user reads on the page: the HTML without its tags, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page(response))).strip()
