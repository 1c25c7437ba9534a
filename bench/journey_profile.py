"""Where one response's time goes: database queries and milliseconds per page, in-process.

    .venv/bin/python bench/journey_profile.py [--journeys 20]
        [--database postgresql+psycopg://postgres@127.0.0.1:5432/feedback_profile]

Builds a scratch database (dropped first and afterwards; SQLite in a temporary folder when the
URL is `sqlite`), adds the load benchmark's three-question survey, then answers it `--journeys`
times through the Flask test client with production settings, as `bench/load.py`'s clients do
over HTTP. Prints, for each page of the journey, the queries it ran and its median time in
milliseconds, and the totals for a whole response. The first journey warms up and is not
counted. Run it before and after a change to see what the change saved, without the noise of
HTTP, gunicorn and a load client on the same cores.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import ANSWERS, APP_CONFIG, SLUG, _on_server, prepare  # noqa: E402
from sqlalchemy import event, make_url  # noqa: E402

from feedback import create_app  # noqa: E402
from feedback.extensions import db  # noqa: E402

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PAGE = re.compile(r"/questions/[^/?]+|/(start|check|done)$|/surveys/[^/]+$")


def page_name(method: str, path: str) -> str:
    """A page's name for the table: "GET question", "POST check" and so on."""
    if "/questions/" in path:
        return f"{method} question"
    if path.endswith(("/start", "/check", "/done")):
        return f"{method} {path.rsplit('/', 1)[1]}"
    return f"{method} survey start page"


def answer_once(client, tally: dict[str, list[tuple[int, float]]], queries: list[int]) -> None:
    """One respondent's journey from the start page to the confirmation, tallying each page."""

    def request(method: str, path: str, data: dict | None = None):
        queries[0] = 0
        started = time.perf_counter()
        reply = client.open(path, method=method, data=data)
        tally[page_name(method, path)].append((queries[0], time.perf_counter() - started))
        return reply

    client.delete_cookie("session")
    page = request("GET", f"/surveys/{SLUG}")
    reply = request("POST", f"/surveys/{SLUG}/start", {"csrf_token": _csrf(page)})
    while reply.status_code == 302:
        path = reply.headers["Location"]
        page = request("GET", path)
        if path.endswith("/done"):
            return
        key = path.rsplit("/", 1)[1]
        fields = {"csrf_token": _csrf(page)}
        if key in ANSWERS:
            fields["answer"] = ANSWERS[key]
        reply = request("POST", path, fields)
    raise RuntimeError(f"journey stopped with status {reply.status_code}")


def _csrf(page) -> str:
    return CSRF.search(page.get_data(as_text=True)).group(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--journeys", type=int, default=20)
    parser.add_argument(
        "--database", default="postgresql+psycopg://postgres@127.0.0.1:5432/feedback_profile"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        if args.database == "sqlite":
            url = f"sqlite:///{folder}/profile.db"
        else:
            url = args.database
            server = make_url(url).set(database="postgres").render_as_string(False)
            name = make_url(url).database
            _on_server(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            _on_server(server, f"CREATE DATABASE {name}")
        try:
            prepare(url)
            profile(url, args.journeys)
        finally:
            if args.database != "sqlite":
                _on_server(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


def _count(queries: list[int]) -> None:
    queries[0] += 1


def profile(url: str, journeys: int) -> None:
    """Answer the survey `journeys` + 1 times and print the table (the first is not counted)."""
    app = create_app(
        {
            **APP_CONFIG,
            "ENV": "production",
            "SECRET_KEY": "profile",
            "SQLALCHEMY_DATABASE_URI": url,
            "SESSION_COOKIE_SECURE": False,
        }
    )
    queries = [0]
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", lambda *_: _count(queries))
    client = app.test_client()
    answer_once(client, defaultdict(list), queries)
    tally: dict[str, list[tuple[int, float]]] = defaultdict(list)
    started = time.perf_counter()
    for _ in range(journeys):
        answer_once(client, tally, queries)
    elapsed = time.perf_counter() - started
    backend = make_url(url).get_backend_name()
    print(f"\nOne response, page by page ({journeys} journeys, {backend}):\n")
    print(f"{'Page':<24} {'Requests':>8} {'Queries':>8} {'Median ms':>10}")
    total_queries = 0
    for name, rows in tally.items():
        per_request = statistics.median(q for q, _ in rows)
        per_journey = len(rows) / journeys
        total_queries += per_request * per_journey
        ms = statistics.median(t for _, t in rows) * 1000
        print(f"{name:<24} {per_journey:>8g} {per_request:>8g} {ms:>10.1f}")
    print(
        f"\nPer response: {sum(len(r) for r in tally.values()) / journeys:g} requests, "
        f"{total_queries:g} queries, {elapsed / journeys * 1000:.0f} ms "
        f"(one process, one thread: {journeys / elapsed:.1f} responses/s)"
    )


if __name__ == "__main__":
    sys.exit(main())
