"""A tiny run of the load benchmark (bench/load.py): 5 clients for 2 seconds on PostgreSQL.

It proves the script works end to end: scratch database, both servers under gunicorn, real HTTP
with CSRF through the respond flow, and every acknowledged response stored exactly once. The
figures themselves mean nothing at this size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _server_url() -> str:
    """The PostgreSQL server the tests use (TEST_DATABASE_URL's, else the local one)."""
    url = make_url(os.environ.get("TEST_DATABASE_URL") or DEFAULT_SERVER)
    return url.set(database="postgres").render_as_string(hide_password=False)


pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"),
    reason="the benchmark runs on PostgreSQL: set TEST_DATABASE_URL (the README says why)",
)


def test_a_small_run_on_postgresql_prints_the_table_and_loses_nothing():
    command = [
        *(sys.executable, str(ROOT / "bench" / "load.py"), "--clients", "5", "--seconds", "2"),
        *("--workers", "1", "--threads", "2", "--postgres", _server_url()),
        *("--database", f"feedback_load_smoke_{os.getpid()}"),
    ]
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)

    assert finished.returncode == 0, finished.stdout + finished.stderr
    rows = {
        line.split()[1]: line.split()
        for line in finished.stdout.splitlines()
        if line.split()[:1] == ["5"]
    }
    assert set(rows) == {"bare", "app"}
    for columns in rows.values():
        errors, acknowledged, stored = columns[7], columns[8], columns[9]
        assert errors == "0"
        assert int(acknowledged) > 0
        assert stored == acknowledged
    assert "Every acknowledged response stored exactly once: yes" in finished.stdout
