"""Marking the engine's respondent-facing text for translation, without depending on Flask.

`N_` returns its text unchanged: it only lets `pybabel extract -k N_` (scripts/translations)
find the text. The web app translates it where a respondent sees it, for example
`gettext(error.msgid, **error.params)` for a `FieldError`.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """`text` unchanged, marked as interface text to translate."""
    return text
