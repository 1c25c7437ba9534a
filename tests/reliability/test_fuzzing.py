"""Hypothesis throws generated input at the public forms and the importers: never a 500.

10,000 generated inputs in all, shared out between the backends that run (SQLite, and
PostgreSQL when TEST_DATABASE_URL is set), which catch different things: PostgreSQL refuses a
NUL character in text that SQLite stores. Every answer must be a page with a status a person or
a program can act on.
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.extensions import db
from feedback.manage.services import export_survey_json
from feedback.models import Role, Survey
from tests.factories import every_type_definition, login_as, make_survey
from tests.reliability.conftest import BACKENDS
from tests.reliability.helpers import respond_with_client, single_question_surveys

pytestmark = pytest.mark.slow

TOTAL_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10000"))
"""10,000 in CI; set FUZZ_EXAMPLES lower for a quick look while working."""
SHARES = {"question": 0.5, "follow_up": 0.1, "responses_file": 0.2, "definition": 0.2}
ALLOWED = {200, 302, 400, 404, 413, 422, 429}


def examples(form: str) -> int:
    """This form's share of the 10,000 inputs, divided between the backends that run."""
    return round(TOTAL_EXAMPLES * SHARES[form] / len(BACKENDS))


def fuzz_settings(form: str):
    return settings(
        max_examples=examples(form),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.fixture
def app_config(tmp_path) -> dict:
    return {"IMPORT_UPLOAD_FOLDER": str(tmp_path / "imports"), "RATELIMIT_ENABLED": False}


def assert_handled(response) -> None:
    """A status from ALLOWED, with a page (HTML) rather than a traceback."""
    assert response.status_code in ALLOWED, response.get_data(as_text=True)[:2000]
    assert "Traceback" not in response.get_data(as_text=True)


text = st.text(max_size=60)
posted_values = st.lists(
    st.one_of(
        text,
        st.sampled_from(["yes", "no", "satisfied", "strongly-agree", "7", "-1", "1e400", "NaN"]),
        st.sampled_from(["mainstream", "special", "none", "__other__", "salt", "camhs", ""]),
        st.integers().map(str),
    ),
    max_size=4,
)


def test_question_pages_never_fail(app, client):
    keys = single_question_surveys(app)
    for slug in keys:
        assert_handled(client.post(f"/surveys/{slug}/start"))

    @fuzz_settings("question")
    @given(
        slug=st.sampled_from(sorted(keys)),
        answer=posted_values,
        other=st.lists(text, max_size=2),
        website=st.one_of(st.none(), text),
    )
    def post_answer(slug, answer, other, website):
        data = {"answer": answer, "other": other}
        if website is not None:
            data["website"] = website
        assert_handled(client.post(f"/surveys/{slug}/questions/{keys[slug]}", data=data))

    post_answer()


def test_the_follow_up_form_never_fails(app, client):
    single_question_surveys(app)
    slug = "fuzz-has-ehcp"
    respond_with_client(client, slug)

    @fuzz_settings("follow_up")
    @given(email=st.one_of(text, st.emails().map(str)), website=st.one_of(st.none(), text))
    def sign_up(email, website):
        data = {"email": email}
        if website is not None:
            data["website"] = website
        assert_handled(client.post(f"/surveys/{slug}/follow-up", data=data))

    sign_up()


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


PLAIN_HEADER = ["has-ehcp", "school-type", "listened-to", "recommend", "waiting-weeks", "comments"]
csv_files = st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(text, max_size=8), max_size=6).map(_csv),
    st.lists(st.lists(st.one_of(text, posted_values.map("; ".join)), min_size=6, max_size=6)).map(
        lambda rows: _csv([PLAIN_HEADER, *rows])
    ),
)


def test_the_response_importer_never_fails(app, client):
    survey_id = make_survey(app, every_type_definition())
    login_as(client, app, Role.OFFICER)

    @fuzz_settings("responses_file")
    @given(content=csv_files, channel=st.sampled_from(["import", "paper", "event", "", "x"]))
    def upload(content, channel):
        data = {"responses_file": (io.BytesIO(content), "responses.csv"), "channel": channel}
        uploaded = client.post(f"/manage/imports/surveys/{survey_id}", data=data)
        assert_handled(uploaded)
        if uploaded.status_code == 302:
            preview = f"/manage/imports/surveys/{survey_id}/preview"
            assert_handled(client.get(preview))
            assert_handled(client.post(preview, data={"action": "import"}))

    upload()


def _exported(app) -> dict:
    survey_id = make_survey(app, every_type_definition("exported"))
    with app.app_context():
        return json.loads(export_survey_json(db.session.get(Survey, survey_id)))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=12,
)


def _paths(value, path=()):
    """Every path to a value inside nested dicts and lists."""
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


def _replaced(document, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return copy


def test_the_definition_import_never_fails(app, client):
    exported = _exported(app)
    paths = list(_paths(exported))
    login_as(client, app, Role.OFFICER)
    mutated = st.builds(_replaced, st.just(exported), st.sampled_from(paths), json_values)
    documents = st.one_of(
        json_values.map(json.dumps), mutated.map(json.dumps), st.binary(max_size=200)
    )

    @fuzz_settings("definition")
    @given(document=documents)
    def import_definition(document):
        content = document.encode() if isinstance(document, str) else document
        data = {"definition_file": (io.BytesIO(content), "survey.json")}
        assert_handled(client.post("/manage/surveys/import", data=data))

    import_definition()
