"""The demo surveys' co-production records: how far families were involved, and when.

Fixed, so every demo load gives the same records. The groups are the surveys' own.
"""

from __future__ import annotations

from feedback.models import Level, Stage, Survey

RECORDS: dict[str, tuple[Level, tuple[Stage, ...]]] = {
    "send-parent-carer-survey": (
        Level.CO_PRODUCE,
        (Stage.IDEA, Stage.DESIGN, Stage.QUESTIONS, Stage.ANALYSIS),
    ),
    "send-parent-carer-survey-2026-27": (
        Level.CO_PRODUCE,
        (Stage.IDEA, Stage.DESIGN, Stage.QUESTIONS),
    ),
    "have-your-say-young-people": (Level.ENGAGE, (Stage.QUESTIONS,)),
    "education-settings-send-survey-2025": (Level.CONSULT, (Stage.QUESTIONS,)),
    "vcs-partners-survey-2026": (Level.ENGAGE, (Stage.DESIGN, Stage.QUESTIONS)),
}
"""Each demo survey's level and stages, by slug."""


def load_coproduction_records(surveys: list[Survey]) -> None:
    """Give each demo survey its record (surveys not in `RECORDS` are left as they are).

    The caller commits.
    """
    for survey in surveys:
        record = RECORDS.get(survey.slug)
        if record is not None:
            survey.coproduction_level, survey.stages = record[0], list(record[1])
