"""Shared fixtures: an app on a migrated database, for SQLite and (when set) PostgreSQL.

The schema is built once per backend with `flask db upgrade` (never `create_all`). After each
test every table is emptied and the reference rows the migrations seeded are put back, so tests
never see each other's data. Set TEST_DATABASE_URL to run every database test on PostgreSQL too:
the tests create their own database on that server (`feedback_test_<process id>`, dropped after).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask import Flask
from flask_migrate import upgrade
from jinja2 import BytecodeCache
from sqlalchemy import create_engine, make_url, select, text

from feedback import create_app
from feedback.extensions import db

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


class MigratedDatabase:
    """A database at `upgrade head`, with a snapshot of its seeded rows for resetting."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.snapshot: dict[str, list[dict]] = {}

    def build(self) -> None:
        if self.url.startswith("postgresql"):
            self.url = recreate_postgres_database(self.url, f"feedback_test_{os.getpid()}")
        app = make_app(self.url)
        with app.app_context():
            upgrade()
            with db.engine.connect() as connection:
                for table in db.metadata.sorted_tables:
                    rows = connection.execute(select(table)).mappings().all()
                    self.snapshot[table.name] = [dict(row) for row in rows]
            db.engine.dispose()

    def reset(self) -> None:
        """Empty every table and restore the seeded reference rows."""
        tables = db.metadata.sorted_tables
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                names = ", ".join(f'"{table.name}"' for table in tables)
                connection.execute(text(f"TRUNCATE {names} CASCADE"))
            else:
                with triggers_dropped(connection):
                    for table in reversed(tables):
                        connection.execute(table.delete())
            for table in tables:
                if self.snapshot[table.name]:
                    connection.execute(table.insert(), self.snapshot[table.name])


@contextmanager
def triggers_dropped(connection) -> Iterator[None]:
    """SQLite's triggers (the audit log's refusal of deletes) dropped, then made again. On
    PostgreSQL, TRUNCATE does not fire them."""
    triggers = connection.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    ).all()
    for name, _sql in triggers:
        connection.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in triggers:
        connection.execute(text(sql))


def _on_postgres_server(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def recreate_postgres_database(server_url: str, name: str) -> str:
    """Drop and create database `name` on the server of `server_url`; return its URL."""
    _on_postgres_server(
        server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'
    )
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


class SharedTemplateCache(BytecodeCache):
    """Compiled templates shared by the many apps the tests create (compiling is slow)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_CACHE = SharedTemplateCache()


def make_app(url: str, **overrides) -> Flask:
    """An app in testing mode on `url`; CSRF is off unless a test turns it on."""
    config = {
        "ENV": "testing",
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
    }
    config.update(overrides)
    app = create_app(config)
    app.jinja_env.bytecode_cache = TEMPLATE_CACHE
    return app


@pytest.fixture(scope="session", params=BACKENDS)
def database(request, tmp_path_factory) -> Iterator[MigratedDatabase]:
    if request.param == "postgresql":
        url = os.environ["TEST_DATABASE_URL"]
    else:
        url = "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.db")
    migrated = MigratedDatabase(url)
    migrated.build()
    yield migrated
    if request.param == "postgresql":
        name = make_url(migrated.url).database
        _on_postgres_server(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def app_config() -> dict:
    """Config overrides for the `app` fixture; override this fixture in a module to change it."""
    return {}


@pytest.fixture
def app(database: MigratedDatabase, app_config: dict) -> Iterator[Flask]:
    """The app on a clean migrated database. Push `app.app_context()` to use `db.session`."""
    application = make_app(database.url, **app_config)
    yield application
    with application.app_context():
        db.session.remove()
        database.reset()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask):
    return app.test_client()
