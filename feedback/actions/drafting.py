"""Drafting an action from evidence: a theme in a survey's results, with its counts and quotes.

The counts are those the staff results page shows (answers where a person accepted the theme,
and where the machine suggested it and nobody has decided yet), and the quotes are chosen the
way that page chooses them, then redacted, because an action's quotes are published.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from feedback.analysis.services import redact_names
from feedback.models import CodebookTheme, Survey
from feedback.published.services import suppression_threshold
from feedback.reports.display import people, quote
from feedback.reports.free_text import QUOTES_PER_THEME, free_text
from feedback.reports.results import QuestionResult, ThemeCount, survey_results
from theming.redaction import redact


@dataclass(frozen=True)
class ThemeEvidence:
    """How many people who answered one free-text question mentioned the theme."""

    question: str
    answered: int
    count: ThemeCount


@dataclass(frozen=True)
class ActionDraft:
    """What a new action is pre-filled with. Nothing is stored until the officer saves."""

    title: str
    you_said: str
    theme_ids: list[int]
    survey_ids: list[int]
    area_ids: list[int]
    group_ids: list[int]
    quotes: list[str]
    evidence: list[ThemeEvidence]


def _checked_in_words(count: ThemeCount) -> str:
    if not count.suggested:
        return "all checked by a person"
    if not count.accepted:
        return "suggested by the automatic theming and not checked by a person yet"
    return (
        f"{count.accepted:,} checked by a person and {count.suggested:,} suggested by the "
        "automatic theming and not checked yet"
    )


def evidence_sentence(evidence: ThemeEvidence, label: str, threshold: int = 1) -> str:
    """Like "112 of 1,100 people who answered ‘What one thing…’ mentioned ‘Waiting lists’ (…)."

    A count below `threshold` is written "Fewer than 5", since the text may be published.
    """
    count = evidence.count
    mentioned = f"{count.total:,}" if count.total >= threshold else f"Fewer than {threshold}"
    return (
        f"{mentioned} of {people(evidence.answered)} who answered ‘{evidence.question}’ "
        f"mentioned ‘{label}’ ({_checked_in_words(count)})."
    )


def _with_theme(result: QuestionResult, slug: str) -> ThemeCount | None:
    return next((count for count in result.themes if count.slug == slug), None)


def draft_from_theme(
    survey: Survey, theme: CodebookTheme, question_id: int | None = None
) -> ActionDraft:
    """An action replying to `theme` in `survey` (in one question's answers, or in all of them):
    the theme, survey, area and co-producing groups linked, the counts in words, top quotes."""
    themed = [
        (result, count)
        for result in survey_results(survey).questions
        if (question_id is None or result.id == question_id)
        and (count := _with_theme(result, theme.slug)) is not None
    ]
    evidence = [ThemeEvidence(result.text, result.n, count) for result, count in themed]
    found = free_text([replace(result, themes=(count,)) for result, count in themed])
    quotes: list[str] = []
    for result, _ in themed:
        for said in found[result.id].quotes.get(theme.slug, ()):
            shown = quote(redact(said, redact_names()))
            if shown not in quotes and len(quotes) < QUOTES_PER_THEME:
                quotes.append(shown)
    return ActionDraft(
        title=theme.label,
        you_said=" ".join(
            evidence_sentence(line, theme.label, suppression_threshold()) for line in evidence
        ),
        theme_ids=[theme.id],
        survey_ids=[survey.id],
        area_ids=[theme.area_id],
        group_ids=[group.id for group in survey.groups],
        quotes=quotes,
        evidence=evidence,
    )
