"""Skip logic: respondents only meet the questions that apply to them."""

from decimal import Decimal

import pytest

from surveys import (
    OTHER,
    Answer,
    Condition,
    Operator,
    Option,
    Question,
    Section,
    SurveyDefinition,
    answer_values,
    asked_questions,
    condition_sources,
    first_missing,
    is_asked,
    next_question,
    previous_question,
    prune,
)

SURVEY = SurveyDefinition(
    slug="send-support",
    title="SEND support",
    sections=(
        Section(
            title="Your child",
            questions=(
                Question("has-plan", "yes_no", "Does your child have an EHC plan?"),
                Question(
                    "plan-helps",
                    "agreement",
                    "The plan helps my child",
                    condition=Condition("has-plan", Operator.IS, "yes"),
                ),
                Question(
                    "plan-why",
                    "long_text",
                    "Tell us why",
                    condition=Condition("plan-helps", Operator.IS_NOT, "dont_know"),
                ),
            ),
        ),
        Section(
            title="Services",
            questions=(
                Question(
                    "services",
                    "multiple_choice",
                    "Which services do you use?",
                    options=(Option("health", "Health"), Option("social-care", "Social care")),
                    allow_other=True,
                ),
                Question("score", "rating", "How likely are you to recommend us?"),
                Question(
                    "score-zero",
                    "short_text",
                    "What went wrong?",
                    condition=Condition("score", Operator.IS, "0"),
                ),
                Question("children", "number", "How many children?", required=False),
            ),
        ),
    ),
)


def keys(questions) -> list[str]:
    return [q.key for q in questions]


def chose(*choices: str) -> Answer:
    return Answer(choices=choices)


def test_conditional_questions_are_skipped_until_their_condition_holds():
    assert keys(asked_questions(SURVEY, {})) == ["has-plan", "services", "score", "children"]
    assert keys(asked_questions(SURVEY, {"has-plan": chose("no")})) == [
        "has-plan",
        "services",
        "score",
        "children",
    ]


def test_is_not_asks_when_the_earlier_question_is_blank_or_different():
    answers = {"has-plan": chose("yes")}
    assert keys(asked_questions(SURVEY, answers))[:3] == ["has-plan", "plan-helps", "plan-why"]
    answers["plan-helps"] = chose("agree")
    assert is_asked(SURVEY, answers, "plan-why")
    answers["plan-helps"] = chose("dont_know")
    assert not is_asked(SURVEY, answers, "plan-why")


def test_a_chain_stops_where_an_earlier_link_was_skipped():
    # plan-why's own condition holds (plan-helps is not "dont_know"), but plan-helps was skipped.
    answers = {"has-plan": chose("no"), "plan-helps": chose("agree")}
    assert not is_asked(SURVEY, answers, "plan-helps")
    assert not is_asked(SURVEY, answers, "plan-why")


def test_rating_conditions_work_from_the_number_alone():
    score = SURVEY.question("score")
    assert answer_values(score, Answer(number=Decimal("0"))) == {"0"}
    assert is_asked(SURVEY, {"score": Answer(number=Decimal("0"))}, "score-zero")
    assert is_asked(SURVEY, {"score": Answer(choices=("0",), number=Decimal(0))}, "score-zero")
    ten = Answer(choices=("10",), number=Decimal(10))
    assert not is_asked(SURVEY, {"score": ten}, "score-zero")


def test_walking_forwards_and_backwards_follows_the_answers():
    answers = {"has-plan": chose("yes")}
    assert next_question(SURVEY, answers, None).key == "has-plan"
    assert next_question(SURVEY, answers, "has-plan").key == "plan-helps"
    assert next_question(SURVEY, {"has-plan": chose("no")}, "has-plan").key == "services"
    assert next_question(SURVEY, answers, "children") is None
    assert previous_question(SURVEY, answers, "services").key == "plan-why"
    assert previous_question(SURVEY, {"has-plan": chose("no")}, "services").key == "has-plan"
    assert previous_question(SURVEY, answers, "has-plan") is None


def test_moving_on_from_a_question_that_is_no_longer_asked():
    # The respondent went back, changed "has-plan" to "no", then posted an old plan-helps page.
    assert next_question(SURVEY, {"has-plan": chose("no")}, "plan-helps").key == "services"


def test_unknown_keys_are_an_error():
    with pytest.raises(KeyError):
        next_question(SURVEY, {}, "nope")
    with pytest.raises(KeyError):
        previous_question(SURVEY, {}, "nope")


def test_changing_an_earlier_answer_drops_answers_that_no_longer_apply():
    answers = {
        "has-plan": chose("no"),
        "plan-helps": chose("agree"),
        "plan-why": Answer(text="Because"),
        "score": Answer(choices=("9",), number=Decimal(9)),
        "score-zero": Answer(text="Everything"),
        "removed-question": Answer(text="Old"),
    }
    assert prune(SURVEY, answers) == {
        "has-plan": chose("no"),
        "score": Answer(choices=("9",), number=Decimal(9)),
    }


def test_first_missing_finds_a_skipped_required_question():
    assert first_missing(SURVEY, {}).key == "has-plan"
    answers = {"has-plan": chose("yes"), "plan-helps": Answer(), "services": chose("health")}
    assert first_missing(SURVEY, answers).key == "plan-helps"
    answers["plan-helps"] = chose("dont_know")
    assert first_missing(SURVEY, answers).key == "score"
    answers["score"] = Answer(choices=("3",), number=Decimal(3))
    assert first_missing(SURVEY, answers) is None  # "children" is optional


def test_condition_sources_offer_earlier_choice_questions_with_their_options():
    sources = condition_sources(SURVEY, "score-zero")
    assert keys(q for q, _ in sources) == ["has-plan", "plan-helps", "services", "score"]
    options = dict((q.key, [o.value for o in opts]) for q, opts in sources)
    assert options["has-plan"] == ["yes", "no", "not_sure"]
    assert options["services"] == ["health", "social-care", OTHER]
    assert options["score"] == [str(n) for n in range(11)]
    assert condition_sources(SURVEY, "has-plan") == []


def test_a_question_being_added_may_refer_to_any_choice_question():
    assert len(condition_sources(SURVEY, "new-question")) == 4
