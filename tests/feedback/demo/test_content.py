"""The demo's content: four valid co-produced surveys, believable accounts and comment banks."""

from __future__ import annotations

import random
import string

import pytest

from feedback.auth.services import MIN_PASSWORD_LENGTH
from feedback.definitions import known_slugs
from feedback.demo import ACCOUNTS, DEMO_PASSWORD, GROUPS
from feedback.demo.content import SURVEYS
from feedback.demo.writing import CommentBank
from surveys.definition import validate_definition
from surveys.model import Answer
from surveys.types import LONG_TEXT_MAX, QUESTION_TYPES

DEFINITIONS = [plan.definition for plan in SURVEYS]
CHILD_WORDS = {"child", "they", "them", "their", "theyre"}


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda d: d.slug)
def test_each_demo_survey_is_valid_against_the_seeded_reference_data(app, definition):
    with app.app_context():
        known = known_slugs()
    assert validate_definition(definition, **known) == []


def test_there_is_a_survey_per_audience_and_a_second_wave_for_parents():
    audiences = [definition.audiences for definition in DEFINITIONS]
    assert sorted(audiences) == [
        ("children-and-young-people",),
        ("education-settings",),
        ("parents-and-carers",),
        ("parents-and-carers",),
        ("voluntary-and-community-sector",),
    ]


def test_the_second_wave_asks_again_questions_of_the_first_exactly_as_they_were():
    first, second = (d for d in DEFINITIONS if d.audiences == ("parents-and-carers",))
    earlier = {question.key: question for question in first.questions}
    assert len(second.questions) >= 10
    assert all(question == earlier[question.key] for question in second.questions)


def test_the_surveys_use_every_question_type_between_them_and_some_skip_logic():
    used = {question.type for d in DEFINITIONS for question in d.questions}
    assert used == set(QUESTION_TYPES)
    for definition in DEFINITIONS:
        assert len({q.type for q in definition.questions}) >= 5, definition.slug
        assert any(q.condition for q in definition.questions), definition.slug
        assert any(q.type == "long_text" and not q.required for q in definition.questions)


def test_every_seeded_pledge_and_area_is_measured_by_some_question(app):
    with app.app_context():
        known = known_slugs()
    questions = [q for d in DEFINITIONS for q in d.questions]
    assert {slug for q in questions for slug in q.pledges} == known["pledges"]
    assert {slug for q in questions for slug in q.areas} == known["areas"]


def test_the_young_peoples_survey_has_easy_read_wording_on_every_question():
    young = next(d for d in DEFINITIONS if d.audiences == ("children-and-young-people",))
    assert all(question.easy_read for question in young.questions)
    simple = {"faces", "yes_no", "single_choice", "multiple_choice", "rating", "long_text"}
    assert {question.type for question in young.questions} <= simple
    for question in young.questions:
        if question.type == "single_choice":
            assert len(question.options) == 3, question.key


def test_every_survey_is_co_produced_by_a_group_the_demo_creates():
    slugs = {group.slug for group in GROUPS}
    for plan in SURVEYS:
        roles = dict(plan.groups)
        assert set(roles) <= slugs
        assert "co_author" in roles.values(), plan.definition.slug


@pytest.mark.parametrize("plan", SURVEYS, ids=lambda plan: plan.definition.slug)
def test_tendencies_fit_the_questions_they_describe(plan):
    questions = {question.key: question for question in plan.definition.questions}
    assert set(plan.tendencies) <= set(questions)
    for key, tendency in plan.tendencies.items():
        question = questions[key]
        if tendency.weights:
            choices = len(question.options) + (1 if question.allow_other else 0)
            assert len(tendency.weights) == choices, key
        if question.allow_other:
            assert tendency.others, f"{key} needs examples of what people write for ‘Other’"


def test_demo_accounts_and_groups_are_clearly_made_up():
    assert len(DEMO_PASSWORD) >= MIN_PASSWORD_LENGTH
    assert "demo" in DEMO_PASSWORD
    assert all(account.email.endswith("@example.org") for account in ACCOUNTS)
    assert all(group.contact_email.endswith("@example.org") for group in GROUPS)
    assert sorted(account.role.value for account in ACCOUNTS) == [
        "admin",
        "forum_editor",
        "forum_editor",
        "forum_editor",
        "forum_editor",
        "officer",
        "viewer",
    ]


def _templates(bank: CommentBank) -> list[str]:
    texts = [*bank.openers, *bank.thanks, *bank.frustrations, *bank.keep_going, *bank.planted]
    for topic in bank.topics:
        texts += [*topic.complaints, *topic.praise, *topic.details, *topic.asks]
    return texts


@pytest.mark.parametrize("plan", SURVEYS, ids=lambda plan: plan.definition.slug)
def test_every_comment_placeholder_has_words_to_fill_it(plan):
    bank = plan.comments
    known = set(bank.fillers)
    if bank.has_child:
        known |= CHILD_WORDS | {word.capitalize() for word in CHILD_WORDS}
    for template in _templates(bank):
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert names <= known, template


@pytest.mark.parametrize("plan", SURVEYS, ids=lambda plan: plan.definition.slug)
def test_comments_read_as_finished_text_in_every_mood(plan):
    rng = random.Random(1)
    text_questions = [q for q in plan.definition.questions if q.type.endswith("_text")]
    written = {
        plan.comments.write(rng, question, mood, {"has-ehcp": Answer(choices=("yes",))})
        for question in text_questions
        for mood in (-2.0, -0.5, 0.0, 0.5, 2.0)
        for _ in range(40)
    }
    assert all(text and "{" not in text and "}" not in text for text in written)
    assert all(len(text) <= LONG_TEXT_MAX for text in written)
    assert len(written) > 100
