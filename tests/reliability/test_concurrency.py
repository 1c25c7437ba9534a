"""Many respondents at once, over real HTTP to gunicorn: nothing lost, nothing twice.

A response is acknowledged when the respondent's browser shows the confirmation page with its
reference. Every acknowledged reference must be stored exactly once, with all its answers.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.reliability.helpers import (
    ANSWERS,
    Server,
    database_url,
    migrated_database,
    respond,
    stored_responses,
)

pytestmark = pytest.mark.slow

CLIENTS = {"postgresql": 200, "sqlite": 50}
"""SQLite takes one writer at a time (WAL, 5-second busy timeout): fewer clients suffice."""
KILL_CLIENTS = 20
"""Respondents answering again and again while a worker is killed."""


def _all_at_once(base: str, clients: int) -> list[str]:
    """`clients` threads start together, each answering the survey once; their references."""
    barrier = threading.Barrier(clients)

    def one() -> str:
        barrier.wait()
        return respond(base)

    with ThreadPoolExecutor(max_workers=clients) as pool:
        return list(pool.map(lambda _: one(), range(clients)))


def test_every_concurrent_submitter_is_stored_exactly_once(backend, tmp_path):
    url = database_url(backend, tmp_path)
    migrated_database(url)
    clients = CLIENTS[backend]
    with Server(url) as server:
        references = _all_at_once(server.base, clients)

    stored = stored_responses(url)
    assert len(references) == clients
    assert len(set(references)) == clients, "two respondents were given the same reference"
    assert sorted(stored) == sorted(references), "stored responses differ from acknowledged"
    assert set(stored.values()) == {ANSWERS}, "a response was stored without all its answers"


def test_a_killed_worker_loses_no_acknowledged_response(backend, tmp_path):
    url = database_url(backend, tmp_path)
    migrated_database(url)
    acknowledged: list[str] = []
    failed: list[BaseException] = []
    lock = threading.Lock()
    stop = threading.Event()

    def keep_answering() -> None:
        while not stop.is_set():
            try:
                reference = respond(server.base, timeout=30)
            except Exception as error:  # a request the killed worker was serving
                with lock:
                    failed.append(error)
                continue
            with lock:
                acknowledged.append(reference)

    with Server(url) as server, ThreadPoolExecutor(max_workers=KILL_CLIENTS) as pool:
        for _ in range(KILL_CLIENTS):
            pool.submit(keep_answering)
        _wait_for(lambda: len(acknowledged) >= 10)
        before = len(acknowledged)
        victim = server.kill_a_worker()
        _wait_for(lambda: len(acknowledged) >= before + 10)
        stop.set()
        pool.shutdown(wait=True)
        assert victim not in server.workers()

    stored = stored_responses(url)
    missing = set(acknowledged) - set(stored)
    assert not missing, f"acknowledged responses lost: {sorted(missing)}"
    assert len(acknowledged) == len(set(acknowledged))
    # Unacknowledged respondents may or may not be stored, but never in part.
    assert len(stored) <= len(acknowledged) + len(failed)
    assert set(stored.values()) == {ANSWERS}, "a response was stored without all its answers"


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the load did not make progress"
        time.sleep(0.1)
