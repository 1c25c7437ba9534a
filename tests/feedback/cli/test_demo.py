"""`flask demo load`: loading the demo once, and printing how to sign in to it."""

from __future__ import annotations

from sqlalchemy import func, select

from feedback.demo import ACCOUNTS, DEMO_PASSWORD
from feedback.extensions import db
from feedback.models import Group, Response, Survey, User
from tests.factories import make_group

SMALL = ["--responses", "40"]


def run(app, *args):
    return app.test_cli_runner().invoke(args=["demo", "load", *args])


def counts(app) -> dict[str, int]:
    with app.app_context():
        return {
            model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Group, User, Survey, Response)
        }


def assert_prints_the_demo_sign_in(output: str) -> None:
    assert "http://127.0.0.1:5000/sign-in" in output
    for account in ACCOUNTS:
        assert account.email in output
        assert account.role.label in output
    assert f"The password of every demo account is: {DEMO_PASSWORD}" in output


def test_load_adds_the_demo_and_prints_how_to_sign_in(app):
    result = run(app, *SMALL)
    assert result.exit_code == 0, result.output
    assert "Loaded the demo: 5 surveys with 40 responses" in result.stdout
    assert_prints_the_demo_sign_in(result.stdout)
    assert "Forum editor, Parent Carer Forum" in result.stdout
    assert "Forum editor, Youth Forum" in result.stdout
    assert counts(app) == {"Group": 4, "User": 10, "Survey": 5, "Response": 40}
    assert "Group member, Youth Forum" in result.stdout


def test_the_printed_demo_login_works(app, client):
    run(app, *SMALL)
    for account in ACCOUNTS:
        response = client.post("/sign-in", data={"email": account.email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, account.email
        client.get("/sign-out")


def test_if_empty_adds_nothing_when_the_demo_is_there_but_still_prints_the_login(app):
    run(app, *SMALL)
    before = counts(app)
    result = run(app, "--if-empty", *SMALL)
    assert result.exit_code == 0
    assert "The demo is already loaded, so nothing was added" in result.stdout
    assert_prints_the_demo_sign_in(result.stdout)
    assert counts(app) == before


def test_if_empty_loads_the_demo_into_an_empty_database(app):
    result = run(app, "--if-empty", *SMALL)
    assert result.exit_code == 0
    assert counts(app)["Response"] == 40


def test_loading_twice_without_if_empty_is_refused(app):
    run(app, *SMALL)
    before = counts(app)
    result = run(app, *SMALL)
    assert result.exit_code == 1
    assert "The demo is already loaded" in result.stderr
    assert counts(app) == before


def test_the_demo_reuses_a_group_that_already_exists(app):
    make_group(app, "youth-forum", "Our youth forum")
    result = run(app, *SMALL)
    assert result.exit_code == 0, result.output
    with app.app_context():
        names = sorted(db.session.scalars(select(Group.name)))
    assert names == [
        "Our youth forum",
        "Parent Carer Forum",
        "SENCO network",
        "Voluntary Sector SEND Network",
    ]


def test_the_demo_is_never_loaded_in_production(app):
    app.config["ENV"] = "production"
    result = run(app, *SMALL)
    assert result.exit_code == 1
    assert "cannot be loaded when FEEDBACK_ENV is production" in result.stderr
    assert counts(app)["User"] == 0
