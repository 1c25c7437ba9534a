"""Showing questions to staff exactly as respondents see them."""

from __future__ import annotations

import re

from markupsafe import Markup

from surveys.model import Option
from surveys.model import Question as QuestionDefinition
from surveys.types import LONG_TEXT_MAX, SHORT_TEXT_MAX, get_type

TEXT_LIMITS = {"short_text": SHORT_TEXT_MAX, "long_text": LONG_TEXT_MAX}
_ID_ATTRIBUTE = re.compile(
    r'\b(id|for|aria-describedby|aria-controls|data-aria-controls)="([^"]*)"'
)
_PAGE_HEADING = re.compile(r"<(/?)h1\b")
_FIELD_IDS = ("answer", "other", "conditional-answer")


def options_for(question: QuestionDefinition) -> tuple[Option, ...]:
    """The options a respondent chooses from."""
    return get_type(question.type).options_for(question)


def text_limit(question: QuestionDefinition) -> int | None:
    """The character limit of a text question (None for other types)."""
    return TEXT_LIMITS.get(question.type)


def embedded(html: str, prefix: str) -> Markup:
    """`html` of one question made to sit among others on one page.

    The shared question macro renders the page's <h1> and always uses the ids "answer…" and
    "other…": here the heading becomes an <h2> and the ids get `prefix`, so they stay unique.
    """

    def prefixed(match: re.Match) -> str:
        tokens = [
            f"{prefix}-{token}" if token.startswith(_FIELD_IDS) else token
            for token in match[2].split()
        ]
        return f'{match[1]}="{" ".join(tokens)}"'

    scoped = _ID_ATTRIBUTE.sub(prefixed, str(html))
    return Markup(_PAGE_HEADING.sub(r"<\1h2", scoped))
