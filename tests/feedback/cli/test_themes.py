"""`flask themes classify` (JSON lines in and out) and `flask themes run` (stored comments)."""

from __future__ import annotations

import json

from tests.factories import every_type_definition, make_survey
from tests.feedback.analysis.helpers import add_comments, suggested, themes_of


def run(app, *args, stdin: str | None = None):
    return app.test_cli_runner().invoke(args=["themes", *args], input=stdin)


def test_classify_writes_one_line_per_input_line_in_order(app):
    lines = [
        {"id": 7, "text": "We waited two years for an autism assessment."},
        {"id": "b", "text": "Email me at jo@example.org about his annual review."},
        {"id": 3, "text": ""},
    ]
    result = run(app, "classify", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in out] == [7, "b", 3]
    assert "autism-adhd-assessment" in [theme["slug"] for theme in out[0]["themes"]]
    assert set(out[0]["themes"][0]) == {"slug", "label", "score"}
    scores = [theme["score"] for theme in out[0]["themes"]]
    assert scores == sorted(scores, reverse=True)
    assert len(out[0]["areas"]) == 13 and out[0]["areas"][0] == "waiting-times"
    assert set(out[0]["sentiment"]) == {"polarity", "label"}
    assert "jo@example.org" not in out[1]["redacted"] and "[email]" in out[1]["redacted"]
    assert out[2]["themes"] == []


def test_classify_reports_a_malformed_line_and_carries_on(app):
    stdin = '{"id": 1, "text": "Annual review late."}\nnot json\n{"id": 2, "text": "No CAMHS."}\n'
    result = run(app, "classify", stdin=stdin)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in out] == [1, None, 2]
    assert out[1]["error"].startswith("line 2:")
    assert "themes" in out[2]


def test_classify_needs_nothing_in_the_database_and_reads_unicode(app):
    stdin = json.dumps({"id": 1, "text": "میرے بیٹے کو مدد نہیں ملتی 😢"}, ensure_ascii=False)
    result = run(app, "classify", stdin=stdin + "\n")
    assert result.exit_code == 0
    (line,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert line["id"] == 1 and line["themes"] == []


def test_run_themes_every_comment_then_nothing_the_second_time(app):
    survey = make_survey(app)
    autism, urdu, _review = add_comments(
        app,
        survey,
        "We waited two years for an autism assessment.",
        "میرے بیٹے کو اسکول میں کوئی مدد نہیں ملتی اور کوئی ہماری بات نہیں سنتا",
        "His annual review was late again.",
    )
    result = run(app, "run")
    assert result.exit_code == 0, result.output
    assert "Theming comments" in result.output  # the progress bar (drawn only on a terminal)
    assert "Analysed 3 new or changed comments" in result.output
    assert "1 comment is not in English, so left for a person to theme." in result.output
    assert "Skipped 0 unchanged comments." in result.output
    assert "autism-adhd-assessment" in suggested(app, autism)
    assert themes_of(app, urdu) == {}

    again = run(app, "run")
    assert again.exit_code == 0
    assert "Analysed 0 new or changed comments" in again.output
    assert "Skipped 3 unchanged comments." in again.output


def test_run_for_one_survey(app):
    first = make_survey(app, every_type_definition("first-wave"))
    second = make_survey(app, every_type_definition("second-wave"))
    add_comments(app, first, "Annual review late.")
    (other,) = add_comments(app, second, "Annual review late.")
    result = run(app, "run", "--survey", str(first))
    assert "Analysed 1 new or changed comment " in result.output
    assert themes_of(app, other) == {}


def test_run_for_an_unknown_survey_says_how_to_find_one(app):
    result = run(app, "run", "--survey", "999")
    assert result.exit_code == 1
    assert "There is no survey with the id 999. See them all with: flask surveys list" in (
        result.output
    )
