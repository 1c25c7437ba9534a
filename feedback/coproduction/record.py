"""The co-production record in words: pure functions, no database.

A record says how far families were involved in a piece of work (a survey or an action): the
level reached on the ladder of participation, the stages they took part in, and the groups.
`record_line` turns it into the one line shown on the survey page and the public results page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from feedback.models.coproduction import Level, Stage
from feedback.models.surveys import GroupRole, SurveyGroup
from feedback.reports.display import whole_percent

LEVEL_NAMES = {
    Level.INFORM: "Inform",
    Level.CONSULT: "Consult",
    Level.ENGAGE: "Engage",
    Level.CO_PRODUCE: "Co-produce",
}
"""Each rung of the ladder as a heading."""

LEVEL_HINTS = {
    Level.INFORM: "Families were told about the work, but did not shape it.",
    Level.CONSULT: "Families were asked for their views; others made the decisions.",
    Level.ENGAGE: (
        "Families worked on it with us and changed it, but the partnership made the final "
        "decisions."
    ),
    Level.CO_PRODUCE: (
        "Families were equal partners: they shared the decisions and the work as it happened."
    ),
}
"""What each rung of the ladder means, in plain English."""

STAGE_NAMES = {
    Stage.IDEA: "idea",
    Stage.DESIGN: "design",
    Stage.QUESTIONS: "questions",
    Stage.ANALYSIS: "analysis",
    Stage.REPLY: "reply",
}
"""Each stage as it reads inside a sentence."""

STAGE_HINTS = {
    Stage.IDEA: "Deciding what the work is for and whether to do it.",
    Stage.DESIGN: "Planning how it will be done, who it is for and how to reach them.",
    Stage.QUESTIONS: "Writing and testing the questions or the plan.",
    Stage.ANALYSIS: "Reading the answers and deciding what they mean.",
    Stage.REPLY: "Deciding what to do and telling families what happened next.",
}
"""What families did at each stage."""

NOT_RECORDED = "Not recorded yet"


class Recorded(Protocol):
    """Anything with a co-production record: a survey or an action."""

    coproduction_level: Level | None

    @property
    def stages(self) -> list[Stage]: ...


def join_words(items: Sequence[str]) -> str:
    """Items joined as a sentence would: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def group_phrase(names: Sequence[str]) -> str:
    """Group names as they read in a sentence: "the Parent Carer Forum and the Youth Forum".

    A name that already starts with "the" keeps it; the others gain it.
    """
    return join_words(
        [name if name.lower().startswith("the ") else f"the {name}" for name in names]
    )


def stage_phrase(stages: Iterable[Stage]) -> str:
    """The stages, in the order work happens: "questions and analysis"."""
    chosen = set(stages)
    return join_words([STAGE_NAMES[stage] for stage in Stage if stage in chosen])


def line_for(
    level: Level | None, stages: Iterable[Stage], group_names: Sequence[str]
) -> str | None:
    """The one line for a record, or None when no level is recorded.

    The words follow the level:
    - co-produce: "Co-produced with the Parent Carer Forum: questions and analysis"
    - engage: "Developed with the help of the Youth Forum: questions"
    - consult: "Families consulted through the Parent Carer Forum: questions"
    - inform: "Families kept informed through the Parent Carer Forum: reply"

    Without groups, co-produce and engage say "families" ("Co-produced with families") and
    consult and inform end after the verb ("Families consulted"). The stages follow a colon, in
    the order work happens, and are left out when none are recorded.
    """
    if level is None:
        return None
    groups = group_phrase(group_names)
    if level in (Level.CO_PRODUCE, Level.ENGAGE):
        opening = "Co-produced with" if level is Level.CO_PRODUCE else "Developed with the help of"
        line = f"{opening} {groups or 'families'}"
    else:
        verb = "consulted" if level is Level.CONSULT else "kept informed"
        line = f"Families {verb} through {groups}" if groups else f"Families {verb}"
    stage_words = stage_phrase(stages)
    return f"{line}: {stage_words}" if stage_words else line


def co_authors_first(links: Iterable[SurveyGroup]) -> list[SurveyGroup]:
    """A survey's group links: co-authors, then reviewers, each in name order."""
    return sorted(
        links, key=lambda link: (link.role != GroupRole.CO_AUTHOR, link.group.name.lower())
    )


def groups_taking_part(subject: Recorded) -> list[str]:
    """The names of the groups that took part: a survey's co-authors then its reviewers (see
    `co_authors_first`); an action's groups in name order."""
    links = getattr(subject, "group_links", None)
    if links is not None:
        return [link.group.name for link in co_authors_first(links)]
    return sorted((group.name for group in getattr(subject, "groups", [])), key=str.lower)


def record_line(subject: Recorded, group_names: Sequence[str] | None = None) -> str | None:
    """The one line for a survey or an action, or None when nothing is recorded.

    The groups are those that took part (`groups_taking_part`) unless `group_names` is given.
    """
    if group_names is None:
        group_names = groups_taking_part(subject)
    return line_for(subject.coproduction_level, subject.stages, group_names)


def first_involved_label(stage: Stage | None) -> str:
    """The stage families first came in at, capitalised for a summary list ("Questions")."""
    return STAGE_NAMES[stage].capitalize() if stage else NOT_RECORDED


# The report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    """How many of a base reached co-production: "3 of 5 surveys (60%)"."""

    count: int
    base: int
    noun: str

    @property
    def percent(self) -> float | None:
        """The share as a percentage, 0 to 100 (None when the base is empty)."""
        return 100 * self.count / self.base if self.base else None

    @property
    def text(self) -> str:
        """Like "3 of 5 surveys (60%)", or "No surveys yet" for an empty base."""
        if not self.base:
            return f"No {self.noun} yet"
        noun = self.noun.removesuffix("s") if self.base == 1 else self.noun
        return f"{self.count:,} of {self.base:,} {noun} ({whole_percent(self.percent)})"


def count_and_percent(count: int, base: int) -> str:
    """A table cell: "3 (60%)" of `base`, or just "0" when the base is empty."""
    return f"{count:,} ({whole_percent(100 * count / base)})" if base else f"{count:,}"


def co_produced_share(levels: Sequence[Level | None], noun: str) -> Share:
    """The share of `levels` at co-produce, out of all of them (not only those recorded)."""
    return Share(sum(level is Level.CO_PRODUCE for level in levels), len(levels), noun)


def level_counts(levels: Iterable[Level | None]) -> dict[Level | None, int]:
    """How many at each level, lowest first, then None (not recorded); every key present."""
    counts = Counter(levels)
    return {level: counts[level] for level in [*Level, None]}


def stage_summary(records: Iterable[Sequence[Stage]]) -> dict[Stage | None, int]:
    """How many pieces of work families first came into at each stage, then None (no stages).

    `records` holds each piece of work's stages; the first of them in work order counts.
    """
    counts: Counter[Stage | None] = Counter()
    for stages in records:
        chosen = set(stages)
        counts[next((stage for stage in Stage if stage in chosen), None)] += 1
    return {stage: counts[stage] for stage in [*Stage, None]}
