"""When saved answers go: not after 45 idle minutes while their code lives; when it expires."""

from __future__ import annotations

from feedback.models import Draft
from feedback.respond.services import delete_expired_drafts
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    SLUG,
    age_drafts,
    count,
    location,
    question_url,
    start,
    walk_to,
)
from tests.feedback.resume.helpers import drafts, enter_code, expire_codes, save

CHECK = f"/surveys/{SLUG}/check"


def _saved_and_idle(app, client) -> str:
    """A code saved after the first question, then left for longer than the idle rule."""
    make_survey(app)
    walk_to(client, "has-ehcp")
    code = save(client, "has-ehcp")
    age_drafts(app, minutes=50)
    return code


def test_an_idle_draft_with_a_live_code_survives_the_45_minute_rule(app, client):
    code = _saved_and_idle(app, client)

    start(app.test_client())  # a new respondent starting sweeps idle drafts
    with app.app_context():
        delete_expired_drafts()
    assert count(app, Draft) == 2

    # The saving browser cannot carry on without the code any more; the code still works.
    assert location(client.get(question_url("has-ehcp"))) == f"/surveys/{SLUG}"
    assert location(enter_code(client, code)) == CHECK
    assert location(client.get(CHECK)) == question_url("has-ehcp")


def test_once_the_code_is_used_the_idle_rule_applies_again(app, client):
    code = _saved_and_idle(app, client)
    enter_code(client, code)
    age_drafts(app, minutes=50)
    with app.app_context():
        assert delete_expired_drafts() == 1
    assert count(app, Draft) == 0


def test_drafts_whose_code_has_expired_are_deleted_by_the_sweep(app, client):
    _saved_and_idle(app, client)
    age_drafts(app, minutes=0)  # even one touched just now
    expire_codes(app)
    start(app.test_client())  # starting sweeps
    assert [draft.answers for draft in drafts(app)] == [{}]


def test_the_retention_command_deletes_expired_saved_drafts(app, client):
    _saved_and_idle(app, client)
    expire_codes(app)
    runner = app.test_cli_runner()

    dry = runner.invoke(args=["retention", "run", "--dry-run"])
    assert "Would delete 1 unfinished draft left idle or past their come-back-later code." in (
        dry.output
    )
    assert count(app, Draft) == 1

    done = runner.invoke(args=["retention", "run"])
    assert done.exit_code == 0, done.output
    assert "Deleted 1 unfinished draft left idle or past their come-back-later code." in (
        done.output
    )
    assert count(app, Draft) == 0
