"""`flask surveys list|export|import`: moving survey definitions between installations."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Channel, Question, Response, Survey, SurveyStatus
from tests.factories import every_type_definition, make_survey


def run(app, *args):
    return app.test_cli_runner().invoke(args=["surveys", *args])


def survey_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(Survey.id)))


def add_responses(app, survey_id: int, count: int) -> None:
    with app.app_context():
        for number in range(count):
            db.session.add(
                Response(
                    survey_id=survey_id,
                    reference=f"REF-{survey_id}-{number}",
                    submission_token=f"token-{survey_id}-{number}",
                    channel=Channel.ONLINE,
                )
            )
        db.session.commit()


def test_list_shows_id_slug_status_and_exact_response_counts(app):
    first = make_survey(app, every_type_definition("local-offer-2025"))
    second = make_survey(app, every_type_definition("transport-2026"), status=SurveyStatus.DRAFT)
    add_responses(app, first, 1_234)
    result = run(app, "list")
    assert result.exit_code == 0
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines == [
        ["Id", "Slug", "Status", "Responses"],
        [str(first), "local-offer-2025", "open", "1,234"],
        [str(second), "transport-2026", "draft", "0"],
    ]


def test_list_with_no_surveys_says_so(app):
    result = run(app, "list")
    assert result.exit_code == 0
    assert "There are no surveys yet" in result.stdout


def test_export_by_id_or_slug_prints_versioned_json(app):
    survey_id = make_survey(app, every_type_definition("local-offer-2025"))
    by_id = run(app, "export", str(survey_id))
    by_slug = run(app, "export", "local-offer-2025")
    assert by_id.exit_code == 0
    assert by_id.stdout == by_slug.stdout
    data = json.loads(by_id.stdout)
    assert data["format"] == "coproduction-feedback/survey"
    assert data["version"] == 1
    assert data["survey"]["slug"] == "local-offer-2025"
    keys = [q["key"] for s in data["survey"]["sections"] for q in s["questions"]]
    assert keys[:2] == ["has-ehcp", "ehcp-satisfaction"]


def test_export_to_a_file(app, tmp_path):
    make_survey(app, every_type_definition("local-offer-2025"))
    target = tmp_path / "survey.json"
    result = run(app, "export", "local-offer-2025", "--output", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["survey"]["slug"] == "local-offer-2025"


def test_export_of_an_unknown_survey_fails_clearly(app):
    result = run(app, "export", "no-such-survey")
    assert result.exit_code == 1
    assert "There is no survey with the id or slug ‘no-such-survey’" in result.stderr


def test_exported_survey_imports_as_a_new_draft(app, tmp_path):
    make_survey(app, every_type_definition("local-offer-2025"))
    exported = json.loads(run(app, "export", "local-offer-2025").stdout)
    exported["survey"]["slug"] = "local-offer-2026"
    source = tmp_path / "next-wave.json"
    source.write_text(json.dumps(exported), encoding="utf-8")
    result = run(app, "import", str(source))
    assert result.exit_code == 0, result.output
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.slug == "local-offer-2026"))
        assert survey.status == SurveyStatus.DRAFT
        assert [q.key for q in survey.questions][:2] == ["has-ehcp", "ehcp-satisfaction"]
        assert f"Imported survey {survey.id}, slug local-offer-2026, status draft" in (
            result.stdout
        )


def test_import_lists_every_problem_by_json_path_and_writes_nothing(app, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text(
        json.dumps(
            {
                "format": "coproduction-feedback/survey",
                "version": 1,
                "survey": {
                    "slug": "Bad Slug",
                    "title": "",
                    "sections": [
                        {
                            "title": "One",
                            "questions": [
                                {"key": "q1", "type": "colour", "text": "Pick one"},
                                {"key": "q2", "type": "yes_no", "text": "OK?", "areas": ["nope"]},
                            ],
                        }
                    ],
                },
            }
        ),
        encoding="utf-8",
    )
    result = run(app, "import", str(source))
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert any(line.startswith("$.survey.slug: use only lowercase letters") for line in errors)
    assert "$.survey.title: must not be empty" in errors
    assert any(line.startswith("$.survey.sections[0].questions[0].type: ") for line in errors)
    assert "$.survey.sections[0].questions[1].areas[0]: unknown area ‘nope’" in errors
    assert survey_count(app) == 0
    with app.app_context():
        assert db.session.scalar(select(func.count(Question.id))) == 0


def test_import_refuses_a_slug_already_used(app, tmp_path):
    make_survey(app, every_type_definition("local-offer-2025"))
    source = tmp_path / "same.json"
    source.write_text(run(app, "export", "local-offer-2025").stdout, encoding="utf-8")
    result = run(app, "import", str(source))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("$.survey.slug: ‘local-offer-2025’ is already")
    assert survey_count(app) == 1


def test_import_reports_invalid_json_at_the_root(app, tmp_path):
    source = tmp_path / "not.json"
    source.write_text("{ not json", encoding="utf-8")
    result = run(app, "import", str(source))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("$: not valid JSON")
    assert survey_count(app) == 0


def test_import_of_a_missing_file_fails_clearly(app, tmp_path):
    result = run(app, "import", str(tmp_path / "missing.json"))
    assert result.exit_code != 0
    assert "does not exist" in result.output
