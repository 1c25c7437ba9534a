"""The learner: a human correction changes the next suggestion, and can be undone exactly."""

from __future__ import annotations

import pytest

from theming.codebook import AREA_SLUGS, DEFAULT_CODEBOOK
from theming.learner import Learner
from theming.model import Codebook, Theme

CORRECTED = "The lunchtime supervisors keep taking away his ear defenders."
SIMILAR = "Lunchtime supervisors took his ear defenders off him again today."


def best(scores: dict[str, float]) -> str:
    return max(scores, key=lambda slug: scores[slug])


@pytest.fixture(scope="module")
def seeded() -> Learner:
    return Learner()


def test_scores_are_between_0_and_1_for_the_codebook_themes(seeded: Learner) -> None:
    scores = seeded.scores("We waited two years for speech therapy.")
    assert set(scores) == {theme.slug for theme in DEFAULT_CODEBOOK.themes}
    assert all(0 <= score <= 1 for score in scores.values())
    assert best(scores) == "therapies"


def test_area_scores_cover_the_13_areas_and_add_up_to_1(seeded: Learner) -> None:
    scores = seeded.area_scores_for(seeded.features("The local offer website is out of date."))
    assert set(scores) == set(AREA_SLUGS)
    assert sum(scores.values()) == pytest.approx(1)
    assert best(scores) == "local-offer"


def test_a_correction_changes_the_next_suggestion_for_a_similar_comment() -> None:
    learner = Learner()
    assert best(learner.scores(SIMILAR)) != "support-in-school"

    learner.learn(CORRECTED, ["support-in-school"])

    assert best(learner.scores(SIMILAR)) == "support-in-school"
    assert learner.scores(SIMILAR)["support-in-school"] > 0.5


def test_forget_undoes_a_correction_exactly() -> None:
    learner = Learner()
    before = learner.scores(SIMILAR)
    areas_before = learner.area_scores_for(learner.features(SIMILAR))

    learner.learn(CORRECTED, ["support-in-school", "overall-experience"])
    learner.forget(CORRECTED, ["support-in-school", "overall-experience"])

    assert learner.scores(SIMILAR) == before
    assert learner.area_scores_for(learner.features(SIMILAR)) == areas_before


def test_forgetting_a_decision_never_learned_is_refused_and_changes_nothing() -> None:
    learner = Learner()
    before = learner.scores(SIMILAR)
    with pytest.raises(ValueError, match="not learned"):
        learner.forget(CORRECTED, ["support-in-school"])
    assert learner.scores(SIMILAR) == before


def test_coding_a_comment_with_no_theme_pulls_similar_comments_away_from_themes() -> None:
    learner = Learner()
    before = max(learner.scores(SIMILAR).values())
    learner.learn(CORRECTED, [])
    assert max(learner.scores(SIMILAR).values()) < before


def test_slugs_not_in_the_codebook_are_ignored() -> None:
    learner = Learner()
    before = learner.scores(SIMILAR)
    learner.learn(CORRECTED, ["a-retired-theme"])
    assert learner.scores(SIMILAR) == before


def test_rebuilding_from_decisions_gives_the_same_learner_as_learning_one_by_one() -> None:
    decisions = [
        (CORRECTED, ["support-in-school"]),
        ("The taxi driver was rude to her again.", ["school-places-and-transport"]),
        ("Thanks for asking.", []),
    ] * 20
    one_by_one = Learner()
    for text, slugs in decisions:
        one_by_one.learn(text, slugs)
    assert Learner(DEFAULT_CODEBOOK, decisions).scores(SIMILAR) == one_by_one.scores(SIMILAR)


def test_a_new_theme_with_only_phrases_can_be_learned() -> None:
    codebook = Codebook(
        (
            *DEFAULT_CODEBOOK.themes,
            Theme("sensory-rooms", "Sensory rooms", "academic-progress", phrases=("sensory room",)),
        )
    )
    learner = Learner(codebook)
    assert best(learner.scores("The sensory room is always locked.")) == "sensory-rooms"
