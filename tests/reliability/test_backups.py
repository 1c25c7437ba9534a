"""A backup made with scripts/backup restores, as docs/backups.md says, to the same rows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, func, inspect, make_url, select, table

from feedback import create_app
from feedback.demo import load_demo
from feedback.extensions import db
from feedback.models import Group
from tests.conftest import recreate_postgres_database
from tests.reliability.helpers import PROJECT_ROOT, database_url, migrated_database

pytestmark = pytest.mark.slow

BACKUP = PROJECT_ROOT / "scripts" / "backup"


def _app(url: str):
    return create_app({"ENV": "testing", "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url})


def _with_demo(url: str) -> None:
    migrated_database(url)
    app = _app(url)
    with app.app_context():
        load_demo(seed=8, responses=60)
        db.engine.dispose()


def row_counts(url: str) -> dict[str, int]:
    """How many rows every table of the database at `url` has (alembic_version included)."""
    engine = create_engine(url)
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        counts = {
            name: connection.scalar(select(func.count()).select_from(table(name))) for name in names
        }
    engine.dispose()
    return counts


def _restore(backend: str, backup_file, tmp_path) -> str:
    """Restore `backup_file` into a new database, with the commands of docs/backups.md."""
    if backend == "sqlite":
        restored = tmp_path / "restored.db"
        shutil.copyfile(backup_file, restored)
        return f"sqlite:///{restored}"
    url = recreate_postgres_database(
        os.environ["TEST_DATABASE_URL"], f"feedback_restored_{os.getpid()}"
    )
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={plain}", str(backup_file)],
        check=True,
    )
    return url


def test_a_backup_restores_every_row_and_the_app_works_on_it(backend, tmp_path):
    source = database_url(backend, tmp_path)
    _with_demo(source)
    before = row_counts(source)
    assert before["response"] >= 60 and before["answer"] > before["response"]

    backup_file = tmp_path / "backups" / "feedback.backup"
    subprocess.run([sys.executable, str(BACKUP), source, str(backup_file)], check=True)
    restored = _restore(backend, backup_file, tmp_path)

    assert row_counts(restored) == before
    app = _app(restored)
    with app.app_context():
        db.session.add(Group(slug="restored", name="Added after the restore"))
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(Group)) == before["group"] + 1
        db.engine.dispose()
