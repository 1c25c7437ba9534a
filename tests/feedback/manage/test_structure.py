"""Ordering questions, deleting them, and adding, renaming and deleting sections."""

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.manage.helpers import (
    question_id,
    question_keys,
    section_ids,
    section_titles,
    stored,
)
from tests.pages import page, visible_text

FIRST = ["has-ehcp", "ehcp-satisfaction", "school-type", "services"]
SECOND = ["listened-to", "recommend", "waiting-weeks", "one-word", "comments"]


@pytest.fixture
def survey_id(client, app) -> int:
    """The every-type survey as a draft, with an officer signed in."""
    login_as(client, app, Role.OFFICER)
    return make_survey(app, status=SurveyStatus.DRAFT)


def _move(client, app, survey_id, key, direction):
    qid = question_id(app, survey_id, key)
    return client.post(f"/manage/surveys/{survey_id}/questions/{qid}/move/{direction}")


# Ordering ------------------------------------------------------------------------------------


def test_moving_a_question_within_its_section(client, app, survey_id):
    response = _move(client, app, survey_id, "services", "up")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(
        f"#question-{question_id(app, survey_id, 'services')}"
    )
    assert question_keys(app, survey_id) == [
        ["has-ehcp", "ehcp-satisfaction", "services", "school-type"],
        SECOND,
    ]
    _move(client, app, survey_id, "recommend", "down")
    assert question_keys(app, survey_id)[1] == [
        "listened-to",
        "waiting-weeks",
        "recommend",
        "one-word",
        "comments",
    ]


def test_moving_across_a_section_boundary_moves_into_the_next_section(client, app, survey_id):
    _move(client, app, survey_id, "listened-to", "up")
    assert question_keys(app, survey_id) == [[*FIRST, "listened-to"], SECOND[1:]]
    _move(client, app, survey_id, "listened-to", "down")
    assert question_keys(app, survey_id) == [FIRST, SECOND]
    _move(client, app, survey_id, "services", "down")
    assert question_keys(app, survey_id) == [FIRST[:3], ["services", *SECOND]]


def test_the_ends_of_the_survey_offer_no_move_beyond_them(client, app, survey_id):
    html = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Move up question 1" not in html
    assert "Move down question 1" in html
    assert "Move up question 9" in html
    assert "Move down question 9" not in html
    _move(client, app, survey_id, "has-ehcp", "up")
    _move(client, app, survey_id, "comments", "down")
    assert question_keys(app, survey_id) == [FIRST, SECOND]


def test_a_question_cannot_move_above_the_question_its_skip_logic_reads(client, app, survey_id):
    response = _move(client, app, survey_id, "ehcp-satisfaction", "up")
    html = page(client.get(response.headers["Location"]))
    assert (
        "‘How satisfied are you with your child's EHC plan?’ cannot go before ‘Does your child "
        "have an education, health and care (EHC) plan?’, because it is only asked depending "
        "on the answer to it. Change its skip logic first." in html
    )
    _move(client, app, survey_id, "has-ehcp", "down")
    assert question_keys(app, survey_id) == [FIRST, SECOND]


def test_the_survey_page_numbers_questions_across_sections(client, app, survey_id):
    html = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Section 1 Your child's support" in html
    assert "Section 2 Being listened to" in html
    assert "Question 5 Edit (Question 5) Preview (Question 5) Delete (Question 5)" in html
    assert "I feel listened to by the people who support my child." in html
    assert "Agreement scale (5-point, with Don't know)" in html
    assert "Mainstream school; Special school; Not in school; Other, please specify" in html
    assert "From 0 to 520" in html
    assert "Listen and act; 6. Parental engagement" in html
    assert "Optional" in html and "Required" in html


# Deleting questions --------------------------------------------------------------------------


def test_deleting_a_question_after_confirming(client, app, survey_id):
    url = f"/manage/surveys/{survey_id}/questions/{question_id(app, survey_id, 'services')}/delete"
    confirm = page(client.get(url))
    assert "Delete question 4?" in confirm
    assert "‘Which services have you used in the last year?’" in confirm
    assert question_keys(app, survey_id) == [FIRST, SECOND]

    response = client.post(url)
    assert response.status_code == 302
    assert "Question 4 has been deleted" in page(client.get(response.headers["Location"]))
    assert question_keys(app, survey_id) == [FIRST[:3], SECOND]


def test_a_question_others_depend_on_cannot_be_deleted(client, app, survey_id):
    url = f"/manage/surveys/{survey_id}/questions/{question_id(app, survey_id, 'has-ehcp')}/delete"
    message = (
        "Question 2 (‘How satisfied are you with your child's EHC plan?’) is only asked "
        "depending on the answer to this question. Change its skip logic first."
    )
    confirm = page(client.get(url))
    assert "You cannot delete question 1" in confirm
    assert message in confirm
    assert "Delete question</button>" not in confirm
    refused = page(client.post(url))
    assert message in refused
    assert question_keys(app, survey_id) == [FIRST, SECOND]


# Sections ------------------------------------------------------------------------------------


def test_adding_and_renaming_sections(client, app, survey_id):
    blank = page(client.post(f"/manage/surveys/{survey_id}/sections/new", data={"title": " "}))
    assert "Enter a title for the section" in blank
    added = client.post(f"/manage/surveys/{survey_id}/sections/new", data={"title": "About you"})
    assert added.status_code == 302
    assert section_titles(app, survey_id) == [
        "Your child's support",
        "Being listened to",
        "About you",
    ]
    third = section_ids(app, survey_id)[2]
    url = f"/manage/surveys/{survey_id}/sections/{third}/rename"
    assert 'value="About you"' in page(client.get(url))
    client.post(url, data={"title": "About your family"})
    assert section_titles(app, survey_id)[2] == "About your family"
    html = page(client.get(f"/manage/surveys/{survey_id}"))
    assert "There are no questions in this section yet." in html


def test_deleting_an_empty_section(client, app, survey_id):
    client.post(f"/manage/surveys/{survey_id}/sections/new", data={"title": "Spare"})
    spare = section_ids(app, survey_id)[2]
    url = f"/manage/surveys/{survey_id}/sections/{spare}/delete"
    confirm = page(client.get(url))
    assert "Delete the section ‘Spare’?" in confirm
    assert "will be deleted too" not in confirm
    client.post(url)
    assert section_titles(app, survey_id) == ["Your child's support", "Being listened to"]


def test_deleting_a_section_with_questions_deletes_them_too(client, app, survey_id):
    second = section_ids(app, survey_id)[1]
    url = f"/manage/surveys/{survey_id}/sections/{second}/delete"
    assert "Its 5 questions will be deleted too." in page(client.get(url))
    client.post(url)
    assert question_keys(app, survey_id) == [FIRST]
    assert [q.key for q in stored(app, survey_id).questions] == FIRST


def test_a_section_whose_answers_others_depend_on_cannot_be_deleted(client, app, survey_id):
    first, _second = section_ids(app, survey_id)
    _move(client, app, survey_id, "services", "down")
    _move(client, app, survey_id, "school-type", "down")
    # Move the dependent question into section 2, leaving its source in section 1.
    for _ in range(2):
        _move(client, app, survey_id, "ehcp-satisfaction", "down")
    assert question_keys(app, survey_id)[0] == ["has-ehcp"]
    html = page(client.get(f"/manage/surveys/{survey_id}/sections/{first}/delete"))
    assert "You cannot delete this section" in html
    assert "(‘How satisfied are you with your child's EHC plan?’) in another section" in html
    client.post(f"/manage/surveys/{survey_id}/sections/{first}/delete")
    assert len(section_ids(app, survey_id)) == 2


def test_the_only_section_cannot_be_deleted(client, app, survey_id):
    first, second = section_ids(app, survey_id)
    client.post(f"/manage/surveys/{survey_id}/sections/{second}/delete")
    html = page(client.get(f"/manage/surveys/{survey_id}/sections/{first}/delete"))
    assert "A survey needs at least one section. You can rename this one instead." in html
    client.post(f"/manage/surveys/{survey_id}/sections/{first}/delete")
    assert section_ids(app, survey_id) == [first]


def test_sections_and_questions_of_another_survey_are_not_found(client, app, survey_id):
    section = section_ids(app, survey_id)[0]
    question = question_id(app, survey_id, "has-ehcp")
    other = make_survey(app, every_type_definition("other"), status=SurveyStatus.DRAFT)
    assert client.get(f"/manage/surveys/{other}/sections/{section}/rename").status_code == 404
    assert client.get(f"/manage/surveys/{other}/questions/{question}").status_code == 404
    assert client.get(f"/manage/surveys/{other}/questions/{question}/preview").status_code == 404
    assert client.get("/manage/surveys/999999").status_code == 404
