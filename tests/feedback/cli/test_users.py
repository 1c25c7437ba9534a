"""`flask users create` and `flask users list`, as an administrator runs them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Role, User
from tests.factories import make_group, make_staff


def run(app, *args, **kwargs):
    return app.test_cli_runner().invoke(args=["users", *args], **kwargs)


def stored_user(app, email: str, password: str) -> SimpleNamespace:
    """What is stored for `email`, and whether `password` signs in to it."""
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        return SimpleNamespace(
            name=user.name,
            role=user.role,
            group_slugs=sorted(group.slug for group in user.groups),
            password_matches=user.check_password(password),
        )


def user_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(User.id)))


def test_create_adds_a_forum_editor_in_their_groups(app):
    make_group(app, "parent-carer-forum", "Parent Carer Forum")
    make_group(app, "youth-forum", "Youth Forum")
    result = run(
        app,
        "create",
        "--email",
        "Sam@Example.org",
        "--name",
        "Sam Taylor",
        "--role",
        "forum_editor",
        "--group",
        "youth-forum",
        "--group",
        "parent-carer-forum",
        "--password",
        "long enough password",
    )
    assert result.exit_code == 0, result.output
    assert "Added sam@example.org as Forum editor in Parent Carer Forum, Youth Forum" in (
        result.stdout
    )
    user = stored_user(app, "sam@example.org", "long enough password")
    assert (user.name, user.role) == ("Sam Taylor", Role.FORUM_EDITOR)
    assert user.group_slugs == ["parent-carer-forum", "youth-forum"]
    assert user.password_matches


def test_create_asks_for_the_password_twice_when_not_given(app):
    args = ["create", "--email", "viewer@example.org", "--name", "Viewer", "--role", "viewer"]
    result = run(app, *args, input="first secret\nfirst secret\n")
    assert result.exit_code == 0, result.output
    assert "Repeat for confirmation" in result.output
    assert "first secret" not in result.output
    assert stored_user(app, "viewer@example.org", "first secret").password_matches


def test_create_asks_again_when_the_passwords_differ(app):
    args = ["create", "--email", "viewer@example.org", "--name", "Viewer", "--role", "viewer"]
    result = run(app, *args, input="first secret\nsecond secret\nsecret three\nsecret three\n")
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output
    assert stored_user(app, "viewer@example.org", "secret three").password_matches


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--role", "viewer", "--group", "no-such-group"],
            "There is no co-production group with the slug ‘no-such-group’",
        ),
        (["--role", "viewer", "--password", "short"], "at least 8 characters"),
        (["--role", "forum_editor"], "A forum editor must belong to at least one"),
        (["--role", "officer", "--email", "not-an-email"], "is not an email address"),
    ],
)
def test_create_refuses_bad_input_with_a_clear_error(app, extra, message):
    args = ["create", "--name", "Someone", "--email", "someone@example.org"]
    if "--password" not in extra:
        args += ["--password", "long enough password"]
    result = run(app, *args, *extra)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert user_count(app) == 0


def test_create_refuses_an_email_already_used_whatever_its_case(app):
    make_staff(app, Role.OFFICER, "officer@example.org")
    result = run(
        app,
        "create",
        "--email",
        "OFFICER@example.org",
        "--name",
        "Another",
        "--role",
        "viewer",
        "--password",
        "long enough password",
    )
    assert result.exit_code == 1
    assert "There is already an account for officer@example.org" in result.stderr
    assert user_count(app) == 1


def test_create_refuses_an_unknown_role(app):
    result = run(
        app,
        "create",
        "--email",
        "x@example.org",
        "--name",
        "X",
        "--role",
        "boss",
        "--password",
        "p",
    )
    assert result.exit_code != 0
    assert "'boss' is not one of 'admin', 'officer', 'forum_editor', 'viewer'" in result.output
    assert user_count(app) == 0


def test_list_shows_each_account_with_its_role_and_groups(app):
    group = make_group(app, "youth-forum", "Youth Forum")
    make_staff(app, Role.FORUM_EDITOR, "editor@example.org", group_ids=[group])
    make_staff(app, Role.ADMIN, "admin@example.org")
    result = run(app, "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Email", "Name", "Role", "Groups"]
    assert lines[1].split() == ["admin@example.org", "Administrator", "Administrator", "-"]
    assert lines[2].split() == [
        "editor@example.org",
        "Forum",
        "editor",
        "Forum",
        "editor",
        "Youth",
        "Forum",
    ]
    assert len(lines) == 3


def test_list_with_no_accounts_says_how_to_add_one(app):
    result = run(app, "list")
    assert result.exit_code == 0
    assert "There are no staff accounts yet" in result.stdout
