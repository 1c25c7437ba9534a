"""Survey content in other languages: what staff have translated, and what respondents read.

A `SurveyTranslation` keeps each translated string under its `surveys.translation` key, and
under SOURCES_KEY the English each was translated from, so a translation of words that have
since changed counts as missing. Respondents read a survey in their interface language only
when that translation is offered and complete; otherwise they read it all in English, never
half-translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask import has_request_context

from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.i18n import DEFAULT_LANGUAGE, current_language, offered_languages
from feedback.models import Survey, SurveyTranslation
from feedback.reports.languages import english_name
from feedback.survey_cache import survey_cached
from surveys.model import SurveyDefinition
from surveys.translation import describe, missing, translatable_strings, translate

SOURCES_KEY = "_english"
"""Where a translation keeps the English of each string it translated (no key starts "_")."""


def translation_languages() -> list[str]:
    """The interface languages survey content can be translated into (all but English)."""
    return [code for code in offered_languages() if code != DEFAULT_LANGUAGE]


def find_translation(survey: Survey, language: str) -> SurveyTranslation | None:
    """`survey`'s translation into `language`, if staff have started one."""
    return next((t for t in survey.translations if t.language == language), None)


def stored(translation: SurveyTranslation | None) -> dict:
    """A translation as kept: strings by key, and the English of each under SOURCES_KEY."""
    return dict(translation.strings or {}) if translation is not None else {}


def split(kept: Mapping) -> tuple[dict[str, str], dict[str, str]]:
    """The translated strings and the English each was made from, from a kept translation."""
    strings = {key: text for key, text in kept.items() if key != SOURCES_KEY}
    return strings, dict(kept.get(SOURCES_KEY) or {})


def missing_keys(definition: SurveyDefinition, kept: Mapping) -> list[str]:
    """Keys of `definition` not translated yet, or whose English changed since, in order."""
    return missing(definition, *split(kept))


def current_strings(definition: SurveyDefinition, kept: Mapping) -> dict[str, str]:
    """The translations made from today's English (what the form shows filled in)."""
    strings, sources = split(kept)
    english = translatable_strings(definition)
    return {k: strings[k] for k in english if k in strings and sources.get(k) == english[k]}


def outdated_strings(definition: SurveyDefinition, kept: Mapping) -> dict[str, str]:
    """The translations made from English that has changed since, by key."""
    strings, sources = split(kept)
    english = translatable_strings(definition)
    return {k: strings[k] for k in english if k in strings and sources.get(k) != english[k]}


def updated(definition: SurveyDefinition, kept: Mapping, posted: Mapping[str, str]) -> dict:
    """A kept translation with the strings staff posted, each recorded as made from today's
    English. A string left blank is dropped, unless its translation was of English that has
    changed since: that is kept (still missing) so staff can see what it said."""
    strings, sources = split(kept)
    english = translatable_strings(definition)
    new_strings, new_sources = {}, {}
    for key, text in english.items():
        typed = str(posted.get(key) or "").strip()
        if typed:
            new_strings[key], new_sources[key] = typed, text
        elif key in strings and sources.get(key) != text:
            new_strings[key], new_sources[key] = strings[key], sources.get(key)
    return {**new_strings, SOURCES_KEY: new_sources}


def missing_messages(definition: SurveyDefinition, language: str, kept: Mapping) -> dict[str, str]:
    """A message for each missing key, like "Option ‘Sometimes’ of question ‘…’ has no Polish
    translation" (or says the English changed, when the key was translated before)."""
    name = english_name(language)
    strings = split(kept)[0]
    return {
        key: f"{describe(definition, key)} has changed in English since it was translated: "
        f"update the {name}"
        if key in strings
        else f"{describe(definition, key)} has no {name} translation"
        for key in missing_keys(definition, kept)
    }


def _readable_strings(survey: Survey, language: str) -> dict[str, str] | None:
    """The translated strings respondents may read `survey` in: those of a translation into
    `language` that is offered and complete (None otherwise). Cached per survey version."""
    if language == DEFAULT_LANGUAGE:
        return None

    def build() -> dict[str, str] | None:
        translation = find_translation(survey, language)
        if translation is None or not translation.offered:
            return None
        kept = stored(translation)
        return None if missing_keys(english_definition(survey), kept) else split(kept)[0]

    return survey_cached(survey, ("readable", language), build)


def _respondents_strings(survey: Survey) -> dict[str, str] | None:
    """The translated strings this respondent reads `survey` in, if their language has them."""
    return _readable_strings(survey, current_language()) if has_request_context() else None


def english_definition(survey: Survey) -> SurveyDefinition:
    """`survey` as the engine sees it, in English (cached per survey version)."""
    return survey_cached(survey, "english", lambda: definition_from_survey(survey))


def content_language(survey: Survey) -> str:
    """The language this respondent reads `survey`'s content in: theirs when the survey has
    it (offered and complete), otherwise English."""
    return current_language() if _respondents_strings(survey) is not None else DEFAULT_LANGUAGE


def content_definition(survey: Survey) -> SurveyDefinition:
    """`survey` as this respondent reads it: translated into their language when it can be."""
    language = content_language(survey)
    if language == DEFAULT_LANGUAGE:
        return english_definition(survey)
    return survey_cached(
        survey,
        ("translated", language),
        lambda: translate(english_definition(survey), _readable_strings(survey, language)),
    )


def survey_text(survey: Survey, field: str) -> str:
    """The survey's `field` ("title", "purpose" or "what_happens_next") for this respondent."""
    english = getattr(survey, field) or ""
    strings = _respondents_strings(survey) if english else None
    return (strings.get(field) or english) if strings else english


def survey_languages(survey: Survey) -> list[str]:
    """The languages respondents can read `survey` in: English, then each offered, complete
    translation whose language the interface offers."""
    return [
        DEFAULT_LANGUAGE,
        *(c for c in translation_languages() if _readable_strings(survey, c) is not None),
    ]


# Staff: the state of each translation


@dataclass(frozen=True)
class LanguageRow:
    """How far `survey`'s translation into one language has got."""

    language: str
    name: str
    translated: int
    missing: int
    offered: bool

    @property
    def started(self) -> bool:
        """True when anything is translated."""
        return self.translated > 0

    @property
    def broken(self) -> bool:
        """Offered to respondents but incomplete, so they read the survey in English."""
        return self.offered and self.missing > 0

    @property
    def status(self) -> str:
        """The translation's state in a few words."""
        if self.broken:
            return "Incomplete: respondents see English"
        if self.offered:
            return "Offered to respondents"
        return "Not offered" if self.started else "Not started"


def language_rows(survey: Survey) -> list[LanguageRow]:
    """Each language survey content can be translated into, with its progress."""
    definition = definition_from_survey(survey)
    total = len(translatable_strings(definition))
    rows = []
    for language in translation_languages():
        translation = find_translation(survey, language)
        gaps = len(missing_keys(definition, stored(translation)))
        offered = translation is not None and translation.offered
        rows.append(LanguageRow(language, english_name(language), total - gaps, gaps, offered))
    return rows


def translation_problems(survey: Survey) -> list[str]:
    """Why `survey` cannot open yet because of its translations: each language offered to
    respondents whose translation is incomplete."""
    return [
        f"The {row.name} translation is offered to respondents but {row.missing} "
        f"string{'s are' if row.missing != 1 else ' is'} not translated: complete it, or stop "
        "offering it, on the survey's languages page"
        for row in language_rows(survey)
        if row.broken
    ]


def save_translation(survey: Survey, language: str, kept: dict, offered: bool) -> None:
    """Keep `kept` (as `updated` makes it) as `survey`'s translation into `language`, offered
    to respondents or not (not committed)."""
    translation = find_translation(survey, language)
    if translation is None:
        translation = SurveyTranslation(survey=survey, language=language)
        db.session.add(translation)
    translation.strings = kept
    translation.offered = offered
