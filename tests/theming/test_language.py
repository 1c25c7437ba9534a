"""Language detection: English comments pass, comments in other languages are flagged."""

import pytest

from theming.language import detect_language, is_english


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "Great!",
        "No",
        "Yes",
        "n/a",
        "Thank you",
        "SENCO CAMHS EHCP SENDIASS",
        "Speech therapy, OT, physio, transport",
        "The EHC plan took 40 weeks and nobody rang us back.",
        "Mrs Wiśniewska has been amazing with our son.",
        "Café at the Parent Carer Forum was a lifeline.",
        "Leaders have not ensured that joint commissioning arrangements are effective.",
        "my son has been waiting 2 years for a autism assesment",
    ],
)
def test_english_comments_are_english(text):
    assert detect_language(text) == "en"
    assert is_english(detect_language(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("میرے بیٹے کو اسکول میں کوئی مدد نہیں ملتی", "ur"),
        ("ابني لا يحصل على أي دعم في المدرسة", "ar"),
        ("আমার ছেলে স্কুলে কোনো সাহায্য পায় না", "bn"),
        ("ਮੇਰੇ ਪੁੱਤਰ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਕੋਈ ਮਦਦ ਨਹੀਂ ਮਿਲਦੀ", "pa"),
        ("我的儿子在学校得不到任何帮助", "zh"),
        ("Мой сын не получает никакой помощи в школе", "ru"),
        ("Mój syn nie dostaje żadnej pomocy w szkole.", "pl"),
        ("Moj syn czeka na ocene od dwoch lat i nikt nie dzwoni", "pl"),
        ("Dziękuję bardzo", "pl"),
        ("Fiul meu nu primește niciun sprijin la școală", "ro"),
        ("Mi hijo no recibe ningún apoyo en la escuela", "es"),
        ("Wiilkayga waxaa uu u baahan yahay caawimaad dheeraad ah", "so"),
    ],
)
def test_other_languages_are_recognised_and_not_english(text, language):
    assert detect_language(text) == language
    assert not is_english(language)


def test_unrecognised_latin_script_text_is_other():
    assert detect_language("Ngiyabonga kakhulu ngosizo lwenu olukhulu esikoleni") == "other"


@pytest.mark.parametrize("text", ["", "   ", "👍", "12/03/2015", "!!!"])
def test_text_without_letters_is_undetermined_and_not_flagged(text):
    assert detect_language(text) == "und"
    assert is_english("und")


def test_a_mostly_english_comment_with_an_urdu_word_is_english():
    assert (
        detect_language("The interpreter explained everything in Urdu (اردو), thank you.") == "en"
    )
