"""Making stable identifiers (survey slugs, question keys, option values) from wording."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_WORD = re.compile(r"[a-z0-9]+")


def slugify(text: str, limit: int, fallback: str) -> str:
    """Lowercase words of `text` joined by hyphens, cut at a word within `limit` characters.

    "What's your child's school?" becomes "whats-your-childs-school". Text without any
    letters or digits gives `fallback`.
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _WORD.findall(plain.replace("'", ""))
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > limit:
            break
        slug = longer
    return slug or (words[0][:limit] if words else fallback)


def make_unique(base: str, taken: Container[str], limit: int) -> str:
    """`base`, or `base-2`, `base-3`... the first not in `taken`, within `limit` characters."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: limit - len(suffix)].rstrip("-_") + suffix
        if candidate not in taken:
            return candidate
        number += 1
