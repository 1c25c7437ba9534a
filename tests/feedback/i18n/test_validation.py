"""Every validation message a respondent can meet, in Polish: the survey engine's and the forms'."""

from __future__ import annotations

from decimal import Decimal

import pytest

from surveys.model import Option, Question, Section, SurveyDefinition
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    YES_PATH,
    answer,
    location,
    question_url,
    start,
    submit,
    text,
    walk,
)

SLUG = "all-required"
PETS = (Option("cat", "Cat"), Option("dog", "Dog"))
QUESTIONS = (
    Question("yes-no", "yes_no", "Q1?"),
    Question("satisfaction", "satisfaction", "Q2?"),
    Question("agreement", "agreement", "Q3?"),
    Question("faces", "faces", "Q4?"),
    Question("single", "single_choice", "Q5?", options=PETS, allow_other=True),
    Question("multiple", "multiple_choice", "Q6?", options=PETS),
    Question("rating", "rating", "Q7?"),
    Question("between", "number", "Q8?", minimum=Decimal(0), maximum=Decimal(1000)),
    Question("at-least", "number", "Q9?", minimum=Decimal(1500)),
    Question("at-most", "number", "Q10?", maximum=Decimal("20.5")),
    Question("short", "short_text", "Q11?"),
    Question("long", "long_text", "Q12?"),
)
CASES = {
    "yes-no": [({}, "Wybierz tak, nie lub nie wiem na pewno"), ({"answer": "yes"}, None)],
    "satisfaction": [({}, "Wybierz, jak bardzo jesteś zadowolony"),
                     ({"answer": "satisfied"}, None)],
    "agreement": [({}, "Wybierz, w jakim stopniu się zgadzasz, albo „Nie wiem”"),
                  ({"answer": "agree"}, None)],
    "faces": [({}, "Wybierz buźkę"), ({"answer": "good"}, None)],
    "single": [({}, "Wybierz odpowiedź"),
               ({"answer": "other"}, "Wpisz, co oznacza „Inne”"),
               ({"answer": "other", "other": "x" * 201}, "Odpowiedź może mieć najwyżej 200 znaków"),
               ({"answer": "hamster"}, "Wybierz jedną z pokazanych odpowiedzi"),
               ({"answer": "cat"}, None)],
    "multiple": [({}, "Wybierz co najmniej jedną odpowiedź"), ({"answer": ["cat"]}, None)],
    "rating": [({}, "Wybierz liczbę od 0 do 10"), ({"answer": "7"}, None)],
    "between": [({}, "Wpisz liczbę"),
                ({"answer": "three"}, "Wpisz liczbę, na przykład 3"),
                ({"answer": "1.234"}, "Wpisz liczbę z najwyżej 2 miejscami po przecinku"),
                ({"answer": "1,000,000,000,000"},
                 "Wpisz liczbę, która ma najwyżej 12 cyfr przed przecinkiem"),
                ({"answer": "1001"}, "Wpisz liczbę od 0 do 1000"),
                ({"answer": "12"}, None)],
    "at-least": [({"answer": "1"}, "Wpisz liczbę równą 1500 lub większą"),
                 ({"answer": "1500"}, None)],
    "at-most": [({"answer": "21"}, "Wpisz liczbę równą 20.5 lub mniejszą"),
                ({"answer": "20"}, None)],
    "short": [({}, "Wpisz odpowiedź"),
              ({"answer": "x" * 201}, "Odpowiedź może mieć najwyżej 200 znaków"),
              ({"answer": "Fine"}, None)],
    "long": [({"answer": "x" * 5001}, "Odpowiedź może mieć najwyżej 5000 znaków"),
             ({"answer": "All good"}, None)],
}  # fmt: skip


@pytest.fixture
def polish(client, app):
    definition = SurveyDefinition(SLUG, "Everything required", sections=(Section("A", QUESTIONS),))
    make_survey(app, definition)
    client.get("/language/pl")
    return client


def test_every_engine_message_is_shown_in_polish(polish):
    target = start(polish, SLUG)
    assert location(answer(polish, "_locality", {"answer": "_prefer-not-to-say"}, SLUG)) == (
        question_url("yes-no", SLUG)
    )
    for question in QUESTIONS:
        for data, message in CASES[question.key]:
            response = answer(polish, question.key, data, SLUG)
            if message is None:
                target = location(response)
                continue
            page = text(response)
            assert response.status_code == 200, question.key
            assert f"<title>Błąd: {question.text}" in page, question.key
            assert f"</span> {message}" in page, (question.key, message)
    assert target == f"/surveys/{SLUG}/check"


def test_the_erase_form_speaks_polish(client):
    client.get("/language/pl")
    blank = text(client.post("/erase-my-answers", data={"reference": ""}))
    assert "Wystąpił problem" in blank
    assert "Wpisz swój numer referencyjny, na przykład K7QX-4M2P" in blank
    assert '<span class="govuk-visually-hidden">Błąd:</span>' in blank
    wrong = text(client.post("/erase-my-answers", data={"reference": "123"}))
    assert "Wpisz numer referencyjny w poprawnym formacie" in wrong
    unknown = text(client.post("/erase-my-answers", data={"reference": "ZZZZ-ZZZZ"}))
    assert "Nie znaleźliśmy odpowiedzi z tym numerem referencyjnym" in unknown


def test_the_follow_up_form_speaks_polish(client, app):
    make_survey(app)
    client.get("/language/pl")
    walk(client, YES_PATH)
    submit(client)
    sign_up = "/surveys/every-type/follow-up"
    blank = text(client.post(sign_up, data={"email": ""}))
    assert "Wpisz swój adres e-mail, na przykład name@example.com" in blank
    assert "Adres e-mail" in blank
    wrong = text(client.post(sign_up, data={"email": "not an address"}))
    assert "Wpisz adres e-mail w poprawnym formacie" in wrong
    done = text(client.post(sign_up, data={"email": "parent@example.com"}, follow_redirects=True))
    assert "Wyślemy Ci e-mail, gdy opublikujemy" in done
