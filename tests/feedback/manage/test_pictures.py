"""A question's picture or symbol: uploaded with alt text, checked, replaced and removed."""

import io

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Question, Role, SurveyStatus
from tests.factories import login_as, make_survey
from tests.feedback.manage.helpers import question_form, question_id
from tests.feedback.pictures.helpers import EXE, GIF, PDF, PNG, SVG, WEBP, give_picture
from tests.pages import page


@pytest.fixture
def draft(client, app) -> int:
    """The every-type survey as a draft, with an officer signed in."""
    login_as(client, app, Role.OFFICER)
    return make_survey(app, status=SurveyStatus.DRAFT)


def edit_url(app, survey_id: int, key: str = "has-ehcp") -> str:
    return f"/manage/surveys/{survey_id}/questions/{question_id(app, survey_id, key)}"


def post_question(client, url: str, picture=None, **fields):
    """Post the yes/no question form, with a file as (bytes, name) when given."""
    data = question_form(
        **({"text": "Does your child have an EHC plan?", "key": "has-ehcp"} | fields)
    )
    if picture is not None:
        content, name = picture
        data["picture"] = (io.BytesIO(content), name)
    return client.post(url, data=data, content_type="multipart/form-data")


def stored_picture(app, survey_id: int, key: str = "has-ehcp") -> tuple:
    with app.app_context():
        question = db.session.scalar(
            select(Question).where(Question.survey_id == survey_id, Question.key == key)
        )
        return question.picture, question.picture_type, question.picture_alt, question.text


def test_the_form_takes_a_file_and_says_which_files(client, app, draft):
    html = page(client.get(edit_url(app, draft)))
    assert 'enctype="multipart/form-data"' in html
    assert 'type="file"' in html and 'name="picture"' in html
    assert "A PNG, JPEG, GIF or WebP file, 1 MB or smaller." in html
    assert "Use short sentences and everyday words" in html
    assert "Remove the picture" not in html


@pytest.mark.parametrize(("content", "mimetype"), [(PNG, "image/png"), (WEBP, "image/webp")])
def test_a_picture_with_alt_text_is_saved_with_its_real_type(client, app, draft, content, mimetype):
    response = post_question(
        client, edit_url(app, draft), (content, "symbol.gif"), picture_alt="A blue shield"
    )
    assert response.status_code == 302, page(response)
    assert stored_picture(app, draft)[:3] == (content, mimetype, "A blue shield")

    survey_page = page(client.get(f"/manage/surveys/{draft}"))
    assert "Alt text: A blue shield" in survey_page
    assert "0 of 9 questions have easy read wording, and 1 has a picture or symbol." in survey_page
    preview = page(client.get(f"{edit_url(app, draft)}/preview?easy_read=1"))
    picture_url = f"/manage/surveys/{draft}/questions/{question_id(app, draft, 'has-ehcp')}/picture"
    assert f'src="{picture_url}" alt="A blue shield"' in preview


@pytest.mark.parametrize(
    ("upload", "fields", "field", "message"),
    [
        ((SVG, "symbol.svg"), {}, "picture", "The picture must be a PNG, JPEG, GIF or WebP file"),
        ((PDF, "leaflet.pdf"), {}, "picture", "The picture must be a PNG, JPEG, GIF or WebP file"),
        ((EXE, "symbol.png"), {}, "picture", "The picture must be a PNG, JPEG, GIF or WebP file"),
        (
            (PNG + b"\0" * 1024 * 1024, "big.png"),
            {},
            "picture",
            "The picture must be 1 MB or smaller",
        ),
        (
            (GIF, "symbol.gif"),
            {"picture_alt": ""},
            "picture_alt",
            "Enter alt text that says what the picture shows",
        ),
        (
            (GIF, "symbol.gif"),
            {"picture_alt": "x" * 251},
            "picture_alt",
            "The alt text must be 250 characters or fewer",
        ),
        (
            None,
            {},
            "picture",
            "Choose a picture to go with the alt text, or delete the alt text",
        ),
    ],
)
def test_a_wrong_picture_is_explained_and_nothing_is_saved(
    client, app, draft, upload, fields, field, message
):
    fields = {"picture_alt": "A symbol"} | fields
    response = post_question(client, edit_url(app, draft), upload, **fields, hint="Changed")
    html = page(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert f'href="#{field}">{message}</a>' in html
    assert stored_picture(app, draft) == (
        None,
        None,
        "",
        "Does your child have an education, health and care (EHC) plan?",
    )


def test_the_size_limit_comes_from_the_settings(client, app, draft):
    app.config["PICTURE_MAX_KB"] = 2
    response = post_question(
        client, edit_url(app, draft), (PNG + b"\0" * 2048, "a.png"), picture_alt="A shield"
    )
    assert "The picture must be 2 KB or smaller" in page(response)
    assert "A PNG, JPEG, GIF or WebP file, 2 KB or smaller." in page(response)


def test_a_picture_is_kept_replaced_or_removed(client, app, draft):
    give_picture(app, draft, "has-ehcp", alt="A blue shield")
    url = edit_url(app, draft)
    html = page(client.get(url))
    assert "Remove the picture" in html and 'value="A blue shield"' in html
    assert "Choose a new picture (optional)" in html

    kept = post_question(client, url, picture_alt="A shield with a tick")
    assert kept.status_code == 302
    assert stored_picture(app, draft)[:3] == (PNG, "image/png", "A shield with a tick")

    no_alt = post_question(client, url, picture_alt="")
    assert "Enter alt text that says what the picture shows" in page(no_alt)

    both = post_question(client, url, (GIF, "b.gif"), picture_alt="A star", remove_picture="y")
    assert "Choose a new picture or select ‘Remove the picture’, not both" in page(both)

    replaced = post_question(client, url, (GIF, "b.gif"), picture_alt="A star")
    assert replaced.status_code == 302
    assert stored_picture(app, draft)[:3] == (GIF, "image/gif", "A star")

    removed = post_question(client, url, picture_alt="A star", remove_picture="y")
    assert removed.status_code == 302
    assert stored_picture(app, draft)[:3] == (None, None, "")


def test_a_new_question_can_have_a_picture(client, app, draft):
    with app.app_context():
        section_id = db.session.scalar(
            select(Question.section_id).where(Question.key == "has-ehcp")
        )
    url = f"/manage/surveys/{draft}/sections/{section_id}/questions/new/faces"
    response = post_question(
        client, url, (PNG, "face.png"), picture_alt="A smiling face", key="how-it-feels"
    )
    assert response.status_code == 302, page(response)
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.type == "faces"))
        assert (question.picture, question.picture_alt) == (PNG, "A smiling face")
