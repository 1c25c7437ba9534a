"""The audit log: what gets recorded, the administrators' page and CSV, and that nothing in the
app can change or delete an entry."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from feedback import audit
from feedback.extensions import db
from feedback.models import AuditEvent, Role, User
from tests.factories import login_as, make_group, make_staff, make_survey
from tests.feedback.analysis.helpers import QUEUE, add_comments, run_theming
from tests.feedback.privacy.helpers import audit_entries, count
from tests.pages import visible_text

AUDIT = "/manage/audit"
CREATED = "api_token.created"
FEEDBACK = Path(__file__).resolve().parents[3] / "feedback"


def _add_entries(app, count: int, event: str = "export.responses", email: str | None = None):
    """`count` entries a minute apart (the last newest), by the staff member with `email`."""
    with app.app_context():
        user = db.session.query(User).filter_by(email=email).one() if email else None
        start = datetime(2026, 1, 5, 9, 0)
        for number in range(count):
            entry = audit.record(event, subject=f"survey {number}", user=user, format="csv")
            entry.at = start + timedelta(minutes=number)
        db.session.commit()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (Role.ADMIN, 200),
        (Role.OFFICER, 403),
        (Role.FORUM_EDITOR, 403),
        (Role.VIEWER, 403),
        (Role.MEMBER, 403),
    ],
)
def test_only_administrators_read_the_audit_log(client, app, role, status):
    login_as(client, app, role, group_ids=[make_group(app)])
    assert client.get(AUDIT).status_code == status
    assert client.get(f"{AUDIT}.csv").status_code == status


def test_signed_out_visitors_are_sent_to_sign_in(client, app):
    for address in (AUDIT, f"{AUDIT}.csv"):
        response = client.get(address)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_the_log_is_newest_first_filtered_and_paged(client, app):
    officer = make_staff(app, Role.OFFICER, email="officer@example.org")
    _add_entries(app, 55, email=officer)
    _add_entries(app, 2, event="retention.run")
    login_as(client, app, Role.ADMIN)

    first = visible_text(client.get(AUDIT))
    assert f"{count(app, AuditEvent)} entries." in first
    assert first.index("survey 54") < first.index("survey 53")
    assert "Co-production officer (officer@example.org)" in first
    assert "format: csv" in first
    assert "Next" in first

    second = visible_text(client.get(f"{AUDIT}?page=2"))
    assert "survey 0 " in second and "survey 54" not in second

    filtered = visible_text(client.get(f"{AUDIT}?event=retention.run"))
    assert (
        "2 entries match." in filtered
        and "officer@example.org)" not in filtered.split("entries match.")[1]
    )
    with app.app_context():
        officer_id = db.session.query(User.id).filter_by(email=officer).scalar()
    by_person = visible_text(client.get(f"{AUDIT}?user={officer_id}"))
    assert "55 entries match." in by_person
    assert "Command line or system" not in by_person.split("entries match.")[1]


def test_the_csv_download_holds_the_filtered_entries_and_is_itself_recorded(client, app):
    _add_entries(app, 3)
    _add_entries(app, 1, event="=HYPERLINK(evil)")
    admin = login_as(client, app, Role.ADMIN)

    response = client.get(f"{AUDIT}.csv?event=export.responses")

    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert 'filename="audit-log.csv"' in response.headers["Content-Disposition"]
    lines = response.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert lines[0] == "when (UTC),who,event,subject,details"
    assert len(lines) == 4 and lines[1].startswith("2026-01-05 09:02:00,Command line or system")
    everything = client.get(f"{AUDIT}.csv").get_data(as_text=True)
    assert "'=HYPERLINK(evil)" in everything
    exported = audit_entries(app, "audit.exported")
    assert [entry["detail"] for entry in exported] == [
        {"filters": {"event": "export.responses"}},
        {"filters": {}},
    ]
    with app.app_context():
        admin_id = db.session.query(User.id).filter_by(email=admin).scalar()
    assert {entry["user_id"] for entry in exported} == {admin_id}


def test_no_route_can_change_the_audit_log(app):
    rules = [rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith("privacy.audit")]
    assert {rule.rule for rule in rules} == {AUDIT, f"{AUDIT}.csv"}
    for rule in rules:
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}


WRITES = re.compile(
    r"AuditEvent\s*\(|(?:update|delete)\(\s*AuditEvent|AuditEvent\.__table__\.(?:update|delete)"
    r"|session\.delete\(|\.merge\("
)


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET subject = 'nothing happened'", "DELETE FROM audit_event"]
)
def test_the_database_itself_refuses_to_change_or_delete_entries(app, statement):
    """Even SQL that gets past the app (a bug, an injection, a hand-typed query) cannot rewrite
    the log: a trigger refuses every update and delete."""
    _add_entries(app, 2)
    with (
        app.app_context(),
        pytest.raises(DatabaseError, match="append-only"),
        db.engine.begin() as connection,
    ):
        connection.execute(text(statement))
    entries = audit_entries(app, "export.responses")
    assert sorted(entry["subject"] for entry in entries) == ["survey 0", "survey 1"]


def test_only_feedback_audit_record_writes_audit_entries():
    """Entries are added by `feedback.audit.record` and nothing else; nothing updates them."""
    offenders = []
    for path in FEEDBACK.rglob("*.py"):
        relative = path.relative_to(FEEDBACK).as_posix()
        source = path.read_text(encoding="utf-8")
        if "AuditEvent" not in source or relative in {"audit.py", "models/security.py"}:
            continue
        offenders += [f"{relative}: {match}" for match in WRITES.findall(source)]
    assert offenders == []


def test_downloads_of_responses_are_recorded(client, app):
    survey_id = make_survey(app)
    login_as(client, app, Role.OFFICER)
    client.get(f"/manage/exports/surveys/{survey_id}/responses.csv").get_data()
    client.get(f"/manage/exports/surveys/{survey_id}/responses.xlsx").get_data()
    entries = audit_entries(app, "export.responses")
    assert [entry["detail"] for entry in entries] == [
        {"format": "csv", "raw_text": True},
        {"format": "xlsx", "raw_text": True},
    ]
    assert {entry["subject"] for entry in entries} == {f"survey {survey_id}"}


def test_api_tokens_made_and_revoked_are_recorded(client, app):
    login_as(client, app, Role.VIEWER)
    client.post("/manage/exports/api-tokens", data={"name": "Power BI"})
    with app.app_context():
        token = db.session.execute(db.select(AuditEvent.subject).filter_by(event=CREATED)).scalar()
    client.post(f"/manage/exports/api-tokens/{token.split()[-1]}/revoke")
    events = [
        (entry["event"], entry["subject"])
        for entry in audit_entries(app)
        if entry["event"].startswith("api_token.")
    ]
    assert events == [(CREATED, token), ("api_token.revoked", token)]


def test_reading_comments_as_written_is_recorded_by_answer_id_never_by_text(client, app):
    survey_id = make_survey(app)
    [answer_id] = add_comments(app, survey_id, "The school ignored my emails about transport")
    run_theming(app, survey_id)
    login_as(client, app, Role.OFFICER)

    assert client.get(QUEUE).status_code == 200
    assert client.get(f"{QUEUE}/{answer_id}").status_code == 200

    entries = audit_entries(app, "comments.viewed")
    assert [(entry["subject"], entry["detail"]) for entry in entries] == [
        ("comment queue", {"answer_ids": [answer_id]}),
        (f"comment {answer_id}", {"answer_ids": [answer_id]}),
    ]
    assert "transport" not in str(audit_entries(app))
