"""The second wave of the parent and carer survey: shorter, opened after the first one closed.

It asks again several questions of the first wave with the same keys, so results compare wave
on wave. Families are a little happier than in the first wave, as the improvement plan starts
to show, so some of the changes are large enough to be statistically significant.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from feedback.demo.content import parents
from feedback.models import SurveyStatus

ASKED_AGAIN = frozenset(
    {
        "child-age",
        "has-ehcp",
        "ehcp-weeks",
        "ehcp-satisfaction",
        "services",
        "waiting",
        "joined-up",
        "tell-once",
        "named-contact",
        "listened-to",
        "involved-in-decisions",
        "told-what-happened",
        "overall",
        "recommend",
        "one-change",
    }
)

DEFINITION = replace(
    parents.DEFINITION,
    slug="send-parent-carer-survey-2026-27",
    title="SEND parent and carer survey 2026 to 2027",
    sections=tuple(
        replace(section, questions=kept)
        for section in parents.DEFINITION.sections
        if (kept := tuple(q for q in section.questions if q.key in ASKED_AGAIN))
    ),
)

SURVEY = replace(
    parents.SURVEY,
    definition=DEFINITION,
    status=SurveyStatus.OPEN,
    opens_on=date(2026, 10, 1),
    closes_on=None,
    responses=150,
    mood=0.5,
    tendencies={key: t for key, t in parents.TENDENCIES.items() if key in ASKED_AGAIN},
    event_days=(date(2026, 10, 13), date(2026, 11, 10)),
)
