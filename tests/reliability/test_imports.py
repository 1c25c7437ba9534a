"""An import that fails half-way through writing leaves nothing behind, and can be retried."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from feedback.extensions import db
from feedback.imports import services
from feedback.models import Survey
from tests.factories import make_survey
from tests.feedback.imports.helpers import PLAIN, stored_counts


def _connection_lost(_answers) -> None:
    raise OperationalError("COPY answer", {}, Exception("server closed the connection"))


def _write(survey: Survey, examined) -> None:
    content = PLAIN.read_bytes()
    services.write_import(
        survey, examined, filename="plain.csv", digest=services.file_digest(content)
    )


def test_a_database_failure_half_way_through_an_import_stores_nothing(app, monkeypatch):
    survey_id = make_survey(app)
    written = []
    insert_answers = services._insert_answers

    def fail_on_the_second_batch(answers) -> None:
        if written:
            _connection_lost(answers)
        insert_answers(answers)
        written.append(len(answers))

    monkeypatch.setattr(services, "WRITE_BATCH", 1)
    monkeypatch.setattr(services, "_insert_answers", fail_on_the_second_batch)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, PLAIN.read_bytes())
        assert len(examined.rows) > 1 and not examined.problems
        with pytest.raises(OperationalError):
            _write(survey, examined)
        db.session.remove()

    assert written, "the first batch was written before the failure"
    assert stored_counts(app) == (0, 0, 0)


def test_the_same_file_imports_in_full_once_the_database_is_back(app, monkeypatch):
    survey_id = make_survey(app)
    monkeypatch.setattr(services, "WRITE_BATCH", 1)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        examined = services.examine_file(survey, PLAIN.read_bytes())
        with monkeypatch.context() as outage:
            outage.setattr(services, "_insert_answers", _connection_lost)
            with pytest.raises(OperationalError):
                _write(survey, examined)
        _write(survey, examined)
        rows = len(examined.rows)

    responses, answers, imports = stored_counts(app)
    assert (responses, imports) == (rows, 1) and answers > 0
