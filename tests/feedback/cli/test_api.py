"""`flask api-tokens create|list|revoke`: tokens for the read-only API from the command line."""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select, update

from feedback.extensions import db
from feedback.models import ApiToken, Role, User
from tests.factories import make_staff


def run(app, *args):
    return app.test_cli_runner().invoke(args=["api-tokens", *args])


def stored(app) -> list[ApiToken]:
    with app.app_context():
        return list(db.session.scalars(select(ApiToken).order_by(ApiToken.id)))


def test_create_prints_the_token_once_and_keeps_only_its_hash(app, client):
    make_staff(app, Role.OFFICER, email="officer@example.org")
    result = run(app, "create", "Officer@Example.org", "Power BI")
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert token.startswith("cpf_")
    (row,) = stored(app)
    assert f"Made token {row.id} (‘Power BI’) for officer@example.org. Copy it now:" in (
        result.stderr
    )
    assert (row.name, row.token_hash) == ("Power BI", hashlib.sha256(token.encode()).hexdigest())
    response = client.get("/api/v1/surveys", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_create_refuses_unknown_or_deactivated_accounts_and_blank_names(app):
    result = run(app, "create", "nobody@example.org", "Dashboard")
    assert result.exit_code == 1
    assert "There is no staff account for nobody@example.org" in result.output

    make_staff(app, Role.VIEWER, email="viewer@example.org")
    assert "Enter a name for the token" in run(app, "create", "viewer@example.org", " ").output
    with app.app_context():
        db.session.execute(update(User).values(active=False))
        db.session.commit()
    result = run(app, "create", "viewer@example.org", "Dashboard")
    assert result.exit_code == 1
    assert "viewer@example.org is deactivated, so cannot have API tokens" in result.output
    assert stored(app) == []


def test_list_shows_tokens_without_their_secret(app):
    assert "There are no API tokens yet" in run(app, "list").output
    make_staff(app, Role.OFFICER, email="officer@example.org")
    token = run(app, "create", "officer@example.org", "Power BI").stdout.strip()
    (row,) = stored(app)
    result = run(app, "list")
    assert result.exit_code == 0
    heading, line = result.output.splitlines()
    columns = re.compile(r"\s{2,}")
    assert columns.split(heading) == [
        "Id", "Name", "Owner", "Starts with", "Made", "Last used", "Status"
    ]  # fmt: skip
    cells = columns.split(line)
    assert cells[:4] == [str(row.id), "Power BI", "officer@example.org", f"{row.prefix}…"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cells[4])
    assert cells[5:] == ["-", "live"]
    assert token not in result.output


def test_revoke_stops_a_token_and_says_so_once(app, client):
    make_staff(app, Role.OFFICER, email="officer@example.org")
    token = run(app, "create", "officer@example.org", "Power BI").stdout.strip()
    (row,) = stored(app)
    result = run(app, "revoke", str(row.id))
    assert result.exit_code == 0
    assert result.output == f"Revoked token {row.id} (‘Power BI’) of officer@example.org.\n"
    response = client.get("/api/v1/surveys", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert "revoked " in run(app, "list").output

    again = run(app, "revoke", str(row.id))
    assert again.exit_code == 1
    assert f"Token {row.id} (‘Power BI’) is already revoked" in again.output
    missing = run(app, "revoke", str(row.id + 1))
    assert missing.exit_code == 1
    assert f"There is no API token with the id {row.id + 1}" in missing.output
