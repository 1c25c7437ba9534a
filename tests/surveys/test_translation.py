"""Survey content in another language: stable keys, what is missing, and translating."""

from dataclasses import replace

from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition
from surveys.translation import describe, missing, translatable_strings, translate

SURVEY = SurveyDefinition(
    slug="your-school",
    title="Your school",
    purpose="Tell us about school.",
    audiences=("children-and-young-people",),
    sections=(
        Section(
            title="School",
            questions=(
                Question(
                    "help",
                    "single_choice",
                    "Do you get the help you need?",
                    hint="Think about this term.",
                    easy_read="Do people help you to learn?",
                    options=(Option("yes", "Yes"), Option("sometimes", "Sometimes")),
                    allow_other=True,
                ),
                Question(
                    "safe",
                    "faces",
                    "Do you feel safe?",
                    has_picture=True,
                    picture_alt="A child in a playground",
                    condition=Condition("help", Operator.IS, "yes"),
                ),
            ),
        ),
        Section(title="You", questions=(Question("age", "number", "How old are you?"),)),
    ),
)

POLISH = {
    "title": "Twoja szkoła",
    "purpose": "Opowiedz nam o szkole.",
    "section:1:title": "Szkoła",
    "question:help:text": "Czy dostajesz pomoc, której potrzebujesz?",
    "question:help:hint": "Pomyśl o tym semestrze.",
    "question:help:easy_read": "Czy ludzie pomagają ci się uczyć?",
    "question:help:option:yes": "Tak",
    "question:help:option:sometimes": "Czasami",
    "question:safe:text": "Czy czujesz się bezpiecznie?",
    "question:safe:picture_alt": "Dziecko na placu zabaw",
    "section:2:title": "Ty",
    "question:age:text": "Ile masz lat?",
}


def test_every_string_has_a_stable_key_in_survey_order():
    assert translatable_strings(SURVEY) == {
        "title": "Your school",
        "purpose": "Tell us about school.",
        "section:1:title": "School",
        "question:help:text": "Do you get the help you need?",
        "question:help:hint": "Think about this term.",
        "question:help:easy_read": "Do people help you to learn?",
        "question:help:option:yes": "Yes",
        "question:help:option:sometimes": "Sometimes",
        "question:safe:text": "Do you feel safe?",
        "question:safe:picture_alt": "A child in a playground",
        "section:2:title": "You",
        "question:age:text": "How old are you?",
    }
    assert list(translatable_strings(SURVEY)) == list(POLISH)  # the same order


def test_blank_strings_and_the_alt_text_of_a_missing_picture_need_no_translation():
    no_picture = replace(SURVEY.sections[0].questions[1], has_picture=False)
    survey = replace(
        SURVEY,
        purpose="  ",
        sections=(replace(SURVEY.sections[0], questions=(no_picture,)),),
    )
    assert list(translatable_strings(survey)) == ["title", "section:1:title", "question:safe:text"]


def test_nothing_is_missing_from_a_complete_translation():
    assert missing(SURVEY, POLISH) == []


def test_blank_or_absent_translations_are_missing_in_survey_order():
    partial = {key: text for key, text in POLISH.items() if key != "question:age:text"}
    partial["question:help:option:sometimes"] = "   "
    assert missing(SURVEY, partial) == ["question:help:option:sometimes", "question:age:text"]
    assert missing(SURVEY, {}) == list(POLISH)


def test_a_translation_of_english_that_has_changed_since_is_missing():
    sources = translatable_strings(SURVEY)
    assert missing(SURVEY, POLISH, sources) == []
    changed = replace(
        SURVEY,
        sections=(
            replace(
                SURVEY.sections[0],
                questions=(
                    replace(SURVEY.sections[0].questions[0], text="Do you get enough help?"),
                    SURVEY.sections[0].questions[1],
                ),
            ),
            SURVEY.sections[1],
        ),
    )
    assert missing(changed, POLISH, sources) == ["question:help:text"]


def test_a_new_option_makes_the_translation_incomplete():
    help_question = SURVEY.sections[0].questions[0]
    more = replace(help_question, options=(*help_question.options, Option("no", "No")))
    survey = replace(
        SURVEY,
        sections=(replace(SURVEY.sections[0], questions=(more,)), SURVEY.sections[1]),
    )
    assert missing(survey, POLISH) == ["question:help:option:no"]


def test_translating_replaces_words_and_keeps_keys_values_and_logic():
    polish = translate(SURVEY, POLISH)
    assert (polish.title, polish.purpose) == ("Twoja szkoła", "Opowiedz nam o szkole.")
    assert [s.title for s in polish.sections] == ["Szkoła", "Ty"]
    help_question = polish.question("help")
    assert help_question.text == "Czy dostajesz pomoc, której potrzebujesz?"
    assert help_question.hint == "Pomyśl o tym semestrze."
    assert help_question.easy_read == "Czy ludzie pomagają ci się uczyć?"
    assert help_question.options == (Option("yes", "Tak"), Option("sometimes", "Czasami"))
    assert help_question.allow_other
    safe = polish.question("safe")
    assert safe.picture_alt == "Dziecko na placu zabaw"
    assert safe.condition == Condition("help", Operator.IS, "yes")
    assert [q.key for q in polish.questions] == [q.key for q in SURVEY.questions]
    assert [q.type for q in polish.questions] == [q.type for q in SURVEY.questions]
    assert (polish.slug, polish.audiences) == (SURVEY.slug, SURVEY.audiences)


def test_strings_without_a_translation_stay_in_english():
    polish = translate(SURVEY, {"title": "Twoja szkoła", "question:help:hint": " "})
    assert polish.title == "Twoja szkoła"
    assert polish.question("help").hint == "Think about this term."
    assert polish.question("age").text == "How old are you?"


def test_describe_names_each_string_as_staff_know_it():
    assert describe(SURVEY, "purpose") == "What the survey is for"
    assert describe(SURVEY, "section:2:title") == "The title of section 2 (‘You’)"
    assert describe(SURVEY, "question:help:hint") == (
        "The hint of question ‘Do you get the help you need?’"
    )
    assert describe(SURVEY, "question:help:option:sometimes") == (
        "Option ‘Sometimes’ of question ‘Do you get the help you need?’"
    )
