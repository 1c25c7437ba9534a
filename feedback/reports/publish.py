"""Results as records for JSON and CSV, optionally with small numbers suppressed for publishing.

Public records hide every count from 1 to threshold − 1 (`SUPPRESSION_THRESHOLD`, 5 by
default) and enough other counts that no hidden one can be worked out from `n`, the base, the
survey's number of responses and the counts shown. A percentage or interval is shown only when
every count it is built from is, so when a hidden count outside the base (like "Don't know")
hides the base, every percentage of the question is hidden. When the base itself is small, none
of the question's counts or percentages are shown.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from feedback.reports.results import NumberSummary, QuestionResult, Share, SurveyResults
from stats.suppression import is_small, suppress_counts

QUESTION_COLUMNS = ("key", "text", "type", "n", "base", "positive_percent")
SUMMARY_COLUMNS = ("mean", "median", "min", "max")
OPTION_COLUMNS = ("label", "in_base", "count", "percent", "ci_low", "ci_high", "suppressed")
CSV_HEADER = (
    *(f"question_{name}" for name in QUESTION_COLUMNS[:3]),
    *QUESTION_COLUMNS[3:],
    *SUMMARY_COLUMNS,
    "option_label",
    *OPTION_COLUMNS[1:],
)


@dataclass(frozen=True)
class PublishRule:
    """Which figures may be published: every one when `threshold` is None (staff use)."""

    threshold: int | None = None

    def is_small(self, count: int | None) -> bool:
        """True for a count that must be hidden (1 to threshold − 1)."""
        return self.threshold is not None and count is not None and is_small(count, self.threshold)

    def shown(self, count: int | None) -> int | None:
        """`count`, or None when it must be hidden."""
        return None if self.is_small(count) else count


def _share_record(share: Share | None, shown: bool) -> dict:
    if share is None or not shown:
        return {"percent": None, "ci_low": None, "ci_high": None}
    return {"percent": share.percent, "ci_low": share.ci_low, "ci_high": share.ci_high}


def _summary_record(summary: NumberSummary | None) -> dict | None:
    if summary is None:
        return None
    return {
        "mean": float(summary.mean),
        "median": float(summary.median),
        "min": float(summary.minimum),
        "max": float(summary.maximum),
    }


def _shown_counts(
    question: QuestionResult, rule: PublishRule
) -> tuple[list[int | None], int | None, int | None]:
    """The option counts (in option order), n and base that may be published.

    A single-answer question's counts add up to n, which is public anyway (for a question
    everyone answered it is the survey's number of responses), so all its counts are protected
    together against n. Counts outside the base add up to n − base, so the base is shown only
    when every count outside it is. Multiple choice counts add up to nothing shown, so only
    small ones are hidden, and n only with the base and every count outside it.
    """
    options = question.options
    counts = [option.count for option in options]
    if rule.threshold is None or not options:
        return counts, question.n, question.base
    if rule.is_small(question.base):
        return [None] * len(options), rule.shown(question.n), None
    if not question.multiple:
        shown = list(suppress_counts(counts, rule.threshold, total_published=True))
        outside_hidden = any(
            count is None
            for option, count in zip(options, shown, strict=True)
            if not option.in_base
        )
        return shown, rule.shown(question.n), None if outside_hidden else question.base
    in_base = suppress_counts(
        [option.count for option in options if option.in_base], rule.threshold, False
    )
    outside_counts = [option.count for option in options if not option.in_base]
    outside = suppress_counts(outside_counts, rule.threshold, False) if outside_counts else []
    base = rule.shown(question.base)
    n = rule.shown(question.n) if None not in outside else None
    shown_in_base, shown_outside = iter(in_base), iter(outside)
    shown = [next(shown_in_base if option.in_base else shown_outside) for option in options]
    return shown, n, base


def question_record(question: QuestionResult, rule: PublishRule) -> dict:
    """One question's results as a JSON-ready dict; percentages 0–100, not rounded."""
    record = {
        "key": question.key,
        "text": question.text,
        "type": question.type,
        "n": rule.shown(question.n),
        "base": None,
        "options": [],
        "positive_percent": None,
        "summary": None if rule.is_small(question.n) else _summary_record(question.summary),
    }
    if not question.is_choice:
        return record
    counts, record["n"], record["base"] = _shown_counts(question, rule)
    base_shown = record["base"] is not None
    record["options"] = [
        {
            "label": option.label,
            "in_base": option.in_base,
            "count": count,
            **_share_record(option.share, base_shown and count is not None),
            "suppressed": count is None,
        }
        for option, count in zip(question.options, counts, strict=True)
    ]
    if question.positive is not None:
        options = zip(question.options, counts, strict=True)
        hidden = {option.value for option, count in options if count is None}
        shown = base_shown and not (hidden & question.positive_values)
        record["positive_percent"] = _share_record(question.positive, shown)["percent"]
    return record


def results_record(results: SurveyResults, threshold: int | None = None) -> dict:
    """The survey's results as JSON-ready data; small numbers suppressed when `threshold` given."""
    rule = PublishRule(threshold)
    survey = results.survey
    return {
        "survey": {"id": survey.id, "slug": survey.slug, "title": survey.title},
        "responses": rule.shown(results.responses),
        "questions": [question_record(question, rule) for question in results.questions],
    }


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def results_csv(record: dict) -> str:
    """`results_record` output as CSV: a row per option (one row for a question without any)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for question in record["questions"]:
        summary = question["summary"] or {}
        head = [question[name] for name in QUESTION_COLUMNS]
        head += [summary.get(name) for name in SUMMARY_COLUMNS]
        for option in question["options"] or [{}]:
            row = head + [option.get(name) for name in OPTION_COLUMNS]
            writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue()
