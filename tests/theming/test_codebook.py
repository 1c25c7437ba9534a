"""The default codebook covers all 13 areas with usable, well-formed themes."""

from __future__ import annotations

import re

import pytest

from theming.codebook import (
    AREA_KEYWORDS,
    AREA_LABELS,
    AREA_SLUGS,
    DEFAULT_CODEBOOK,
    codebook_problems,
    slug_for,
)
from theming.model import Codebook, Theme

THE_13_AREAS = {
    "strategy",
    "inter-agency-working",
    "coordination-of-assessments",
    "joint-commissioning",
    "co-production",
    "parental-engagement",
    "parental-satisfaction",
    "local-offer",
    "ehc-plan-quality",
    "waiting-times",
    "academic-progress",
    "attendance-and-exclusions",
    "employment",
}

THEMES_FAMILIES_RAISE = [
    "communication-and-named-contact",
    "annual-reviews",
    "ehc-assessment-delays",
    "transitions",
    "therapies",
    "autism-adhd-assessment",
    "mental-health-camhs",
    "school-places-and-transport",
    "exclusions-and-part-time-timetables",
    "preparation-for-adulthood",
    "advice-services-sendiass",
    "short-breaks",
    "being-listened-to",
    "local-offer-information",
    "ehc-plan-quality",
    "joint-commissioning",
    "strategy-and-leadership",
    "co-production",
]


def test_the_areas_are_the_13_areas_of_weakness() -> None:
    assert set(AREA_SLUGS) == THE_13_AREAS
    assert len(AREA_SLUGS) == 13
    assert set(AREA_LABELS) == THE_13_AREAS


def test_every_area_has_a_theme_and_keywords() -> None:
    areas_with_themes = {theme.area for theme in DEFAULT_CODEBOOK.themes}
    assert areas_with_themes == THE_13_AREAS
    assert all(AREA_KEYWORDS[area].strong for area in THE_13_AREAS)


@pytest.mark.parametrize("slug", THEMES_FAMILIES_RAISE)
def test_the_themes_families_raise_are_there(slug: str) -> None:
    assert DEFAULT_CODEBOOK.theme(slug).label


def test_the_default_codebook_has_no_problems() -> None:
    assert 25 <= len(DEFAULT_CODEBOOK.themes) <= 40
    assert codebook_problems(DEFAULT_CODEBOOK) == []


@pytest.mark.parametrize("theme", DEFAULT_CODEBOOK.themes, ids=lambda theme: theme.slug)
def test_each_theme_is_described_with_phrases_and_examples(theme: Theme) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", theme.slug)
    assert theme.label.strip() and theme.description.strip()
    assert len(theme.phrases) >= 6
    assert len(set(theme.phrases)) == len(theme.phrases), "a key phrase is listed twice"
    assert 2 <= len(theme.examples) <= 4


def test_problems_are_explained_in_plain_english() -> None:
    broken = Codebook(
        (
            Theme("Bad Slug", "Bad", "strategy"),
            Theme("twice", "Twice", "strategy"),
            Theme("twice", "", "nowhere", phrases=("...",)),
        )
    )
    assert codebook_problems(broken) == [
        "Theme ‘Bad’ has slug ‘Bad Slug’: use lower-case letters, numbers and single hyphens",
        "Theme slug ‘twice’ is used more than once",
        "Theme ‘twice’ needs a label",
        "Theme ‘twice’ is under ‘nowhere’, which is not an area",
        "Theme ‘twice’ has a key phrase with no words: ‘...’",
    ]


def test_a_slug_can_be_made_from_a_phrase() -> None:
    assert slug_for("Children’s sensory rooms!") == "childrens-sensory-rooms"
    assert not codebook_problems(
        Codebook((Theme(slug_for(" Quiet  spaces "), "Q", "local-offer"),))
    )
