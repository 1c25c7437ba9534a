"""Downloading a survey's definition, and importing one from a file."""

import io
import json
from dataclasses import replace

import pytest

from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.manage.services import ImportFailed, export_survey_json, import_survey_json
from feedback.models import Role, Survey, SurveyStatus
from surveys.definition import dumps, export_definition
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.manage.helpers import stored, survey_count
from tests.pages import page, visible_text


def _upload(client, content: bytes | str, filename: str = "survey.json"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        "/manage/surveys/import",
        data={"definition_file": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


def test_downloading_a_definition(client, app):
    survey_id = make_survey(app)
    login_as(client, app, Role.VIEWER)
    response = client.get(f"/manage/surveys/{survey_id}/export")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"] == 'attachment; filename="every-type.json"'
    assert response.get_data(as_text=True) == dumps(every_type_definition())
    assert f'href="/manage/surveys/{survey_id}/export"' in page(
        client.get(f"/manage/surveys/{survey_id}")
    )


def test_export_then_import_gives_the_same_survey(client, app):
    survey_id = make_survey(app)
    login_as(client, app, Role.OFFICER)
    exported = json.loads(client.get(f"/manage/surveys/{survey_id}/export").get_data(as_text=True))
    exported["survey"]["slug"] = "every-type-next-wave"

    response = _upload(client, json.dumps(exported))
    assert response.status_code == 302
    imported = int(response.headers["Location"].rsplit("/", 1)[1])
    assert "‘Your experience of SEND support’ has been imported as a draft" in visible_text(
        client.get(response.headers["Location"])
    )
    assert stored(app, imported) == replace(stored(app, survey_id), slug="every-type-next-wave")
    assert stored(app, imported) == replace(every_type_definition(), slug="every-type-next-wave")
    with app.app_context():
        assert db.session.get(Survey, imported).status == SurveyStatus.DRAFT


def test_an_import_with_several_problems_lists_every_one_and_stores_nothing(client, app):
    login_as(client, app, Role.OFFICER)
    data = export_definition(every_type_definition("brand-new"))
    data["survey"]["title"] = ""
    data["survey"]["audiences"] = ["martians"]
    data["survey"]["sections"][0]["questions"][1]["show_if"]["value"] = "maybe"
    data["survey"]["sections"][1]["questions"][0]["type"] = "essay"
    data["survey"]["sections"][1]["questions"][2]["minimum"] = "none"

    response = _upload(client, json.dumps(data))
    html = page(response)
    assert response.status_code == 200
    assert "<title>Error: Surveys" in html
    assert "The selected file has 5 problems, so nothing was imported" in html
    for path, message in [
        ("$.survey.title", "must not be empty"),
        ("$.survey.audiences[0]", "unknown audience ‘martians’"),
        (
            "$.survey.sections[0].questions[1].show_if.value",
            "must be one of ‘yes’, ‘no’, ‘not_sure’",
        ),
        ("$.survey.sections[1].questions[0].type", "unknown question type ‘essay’"),
        ("$.survey.sections[1].questions[2].minimum", "must be a number"),
    ]:
        assert f'href="#definition_file">{path}: {message}' in html
    assert survey_count(app) == 0


def test_a_slug_already_in_use_is_refused(client, app):
    make_survey(app)
    login_as(client, app, Role.OFFICER)
    html = page(_upload(client, dumps(every_type_definition())))
    assert "$.survey.slug: ‘every-type’ is already used by another survey here" in html
    assert survey_count(app) == 1


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        ("{}", "survey.txt", "The selected file must be a .json file"),
        (b"\xff\xfe\x00", "survey.json", "The selected file must be saved as UTF-8 text"),
        ("{not json", "survey.json", "$: not valid JSON"),
        ('{"format": "something-else", "version": 1}', "survey.json", "$.format: must be"),
    ],
)
def test_unusable_files_are_explained(client, app, content, filename, message):
    login_as(client, app, Role.OFFICER)
    assert message in page(_upload(client, content, filename))
    assert survey_count(app) == 0


def test_no_file_chosen(client, app):
    login_as(client, app, Role.OFFICER)
    html = page(client.post("/manage/surveys/import", data={}, content_type="multipart/form-data"))
    assert 'href="#definition_file">Select a survey definition file to import' in html


def test_a_forum_editors_import_is_co_produced_by_their_groups(client, app):
    forum = make_group(app)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[forum])
    response = _upload(client, dumps(every_type_definition()))
    imported = int(response.headers["Location"].rsplit("/", 1)[1])
    assert client.get(f"/manage/surveys/{imported}").status_code == 200
    with app.app_context():
        assert [group.name for group in db.session.get(Survey, imported).groups] == [
            "Parent Carer Forum"
        ]


def test_viewers_cannot_import(client, app):
    login_as(client, app, Role.VIEWER)
    assert _upload(client, dumps(every_type_definition())).status_code == 403
    assert survey_count(app) == 0


# The services the command line uses ----------------------------------------------------------


def test_import_and_export_services(app):
    with app.app_context():
        survey = import_survey_json(dumps(every_type_definition()))
        assert survey.id is not None
        assert export_survey_json(survey) == dumps(every_type_definition())
        assert definition_from_survey(db.session.get(Survey, survey.id)) == every_type_definition()

        with pytest.raises(ImportFailed) as failure:
            import_survey_json(dumps(every_type_definition()))
        assert isinstance(failure.value, ValueError)
        assert [issue.path for issue in failure.value.issues] == ["$.survey.slug"]
        assert "$.survey.slug: ‘every-type’ is already used" in str(failure.value)

        with pytest.raises(ImportFailed) as failure:
            import_survey_json("[]")
        assert [issue.path for issue in failure.value.issues] == ["$"]
        assert db.session.query(Survey).count() == 1
