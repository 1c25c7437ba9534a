"""Languages as staff read them in reports: each language's own name, then its English name."""

from __future__ import annotations

from babel import Locale
from markupsafe import Markup

from feedback.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES

_ENGLISH = Locale("en")


def english_name(code: str) -> str:
    """The language's name in English, like "Urdu" (the code itself when Babel has no name)."""
    return _ENGLISH.languages.get(code, code)


def language_label(code: str) -> str:
    """A response's language, like "English", "اردو (Urdu)" or "Polski (Polish)"."""
    own = LANGUAGE_NAMES.get(code)
    english = english_name(code)
    return f"{own} ({english})" if own and own != english else english


def language_label_html(code: str) -> Markup:
    """`language_label` with the language's own name marked with its language, for screen
    readers (WCAG 3.1.2)."""
    own = LANGUAGE_NAMES.get(code)
    english = english_name(code)
    if not own or own == english:
        return Markup.escape(english)
    return Markup('<span lang="{}">{}</span> ({})').format(code, own, english)


def language_order(code: str) -> tuple[bool, str]:
    """Sort key: English first, then the others by code."""
    return code != DEFAULT_LANGUAGE, code
