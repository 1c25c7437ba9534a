"""Reliability tests: the real app under gunicorn, on SQLite and on PostgreSQL when
TEST_DATABASE_URL is set. They are slow (minutes) and run in CI: nothing is skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.conftest import _on_postgres_server

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])
OWN_DATABASES = ("feedback_reliability", "feedback_restored")
"""Prefixes of the PostgreSQL databases these tests make (each followed by the process id)."""


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: takes more than a few seconds; still runs in CI")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """ "sqlite" or "postgresql": the database a served app runs on."""
    return request.param


@pytest.fixture(scope="session", autouse=True)
def _drop_own_databases() -> Iterator[None]:
    """Drop the PostgreSQL databases these tests made, once they have all run."""
    yield
    server = os.environ.get("TEST_DATABASE_URL")
    if server:
        _on_postgres_server(
            server,
            *(
                f'DROP DATABASE IF EXISTS "{prefix}_{os.getpid()}" WITH (FORCE)'
                for prefix in OWN_DATABASES
            ),
        )
