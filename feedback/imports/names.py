"""How headings and answers in a file are compared with question keys, texts and options."""

from __future__ import annotations

import unicodedata

_STRAIGHT_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"'})


def comparable(text: str) -> str:
    """`text` as matching sees it: no case, quotes straight, spaces collapsed and trimmed.

    So "  How SATISFIED are you?" and "How satisfied  are you?" compare equal, as do
    "Don’t know" and "Don't know".
    """
    folded = unicodedata.normalize("NFKC", text).translate(_STRAIGHT_QUOTES).casefold()
    return " ".join(folded.split())
