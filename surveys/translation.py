"""Survey content in another language: every translatable string under a stable key.

Keys name where a string sits, not its words: "title", "purpose", "what_happens_next",
"section:<n>:title" (n counts from 1), "question:<key>:text", "question:<key>:hint",
"question:<key>:easy_read", "question:<key>:picture_alt" and "question:<key>:option:<value>".
Only strings the survey has in English are keys. Translating replaces words and keeps question
keys and option values, so answers given in any language count towards the same question.
Fixed-scale labels (Yes, Agree, Good…) and "Other" are interface text, translated elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from surveys.model import Option, Question, Section, SurveyDefinition

SURVEY_FIELDS = ("title", "purpose", "what_happens_next")
QUESTION_FIELDS = ("text", "hint", "easy_read", "picture_alt")

_SURVEY_PARTS = {
    "title": "The survey title",
    "purpose": "What the survey is for",
    "what_happens_next": "What happens to the answers",
}
_QUESTION_PARTS = {
    "text": "Question ‘{text}’",
    "hint": "The hint of question ‘{text}’",
    "easy_read": "The easy-read wording of question ‘{text}’",
    "picture_alt": "The picture description of question ‘{text}’",
}


def section_key(number: int) -> str:
    """The key of the title of section `number` (counting from 1)."""
    return f"section:{number}:title"


def question_key(question: Question, field: str) -> str:
    """The key of one of `question`'s own strings ("text", "hint", "easy_read", "picture_alt")."""
    return f"question:{question.key}:{field}"


def option_key(question: Question, option: Option) -> str:
    """The key of the label of one of `question`'s own options."""
    return f"question:{question.key}:option:{option.value}"


def _question_strings(question: Question) -> dict[str, str]:
    strings = {
        question_key(question, field): getattr(question, field)
        for field in QUESTION_FIELDS
        if field != "picture_alt" or question.has_picture
    }
    strings.update({option_key(question, option): option.label for option in question.options})
    return strings


def translatable_strings(definition: SurveyDefinition) -> dict[str, str]:
    """Every English string of `definition` that needs translating, by key, in survey order."""
    strings = {field: getattr(definition, field) for field in SURVEY_FIELDS}
    for number, section in enumerate(definition.sections, start=1):
        strings[section_key(number)] = section.title
        for question in section.questions:
            strings.update(_question_strings(question))
    return {key: text for key, text in strings.items() if text.strip()}


def missing(
    definition: SurveyDefinition,
    strings: Mapping[str, str],
    sources: Mapping[str, str] | None = None,
) -> list[str]:
    """The keys of `definition` with no translation in `strings`, in survey order.

    With `sources` (the English each translation was made from), a translation whose English
    has changed since counts as missing too.
    """
    return [
        key
        for key, english in translatable_strings(definition).items()
        if not str(strings.get(key) or "").strip()
        or (sources is not None and sources.get(key) != english)
    ]


def translate(definition: SurveyDefinition, strings: Mapping[str, str]) -> SurveyDefinition:
    """`definition` with each string that has a translation in `strings` replaced by it.

    Keys, types, option values and skip logic stay as they are.
    """

    def text(key: str, english: str) -> str:
        translated = str(strings.get(key) or "")
        return translated if english.strip() and translated.strip() else english

    def question(q: Question) -> Question:
        fields = {
            field: text(question_key(q, field), getattr(q, field)) for field in QUESTION_FIELDS
        }
        options = tuple(replace(o, label=text(option_key(q, o), o.label)) for o in q.options)
        return replace(q, options=options, **fields)

    sections = tuple(
        Section(
            title=text(section_key(number), section.title),
            questions=tuple(question(q) for q in section.questions),
        )
        for number, section in enumerate(definition.sections, start=1)
    )
    fields = {field: text(field, getattr(definition, field)) for field in SURVEY_FIELDS}
    return replace(definition, sections=sections, **fields)


def describe(definition: SurveyDefinition, key: str) -> str:
    """Where the string `key` sits, in words staff know, like "Option ‘Sometimes’ of question
    ‘Do you get help?’"."""
    if key in _SURVEY_PARTS:
        return _SURVEY_PARTS[key]
    kind, name, *rest = key.split(":", 3)
    if kind == "section":
        return f"The title of section {name} (‘{definition.sections[int(name) - 1].title}’)"
    question = definition.question(name)
    if rest[0] == "option":
        label = next(o.label for o in question.options if o.value == rest[1])
        return f"Option ‘{label}’ of question ‘{question.text}’"
    return _QUESTION_PARTS[rest[0]].format(text=question.text)
