"""Load benchmark: real HTTP submissions to the app under gunicorn on PostgreSQL.

    .venv/bin/python bench/load.py [--clients 50,200] [--seconds 20] [--workers 4] [--threads 4]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/] [--database feedback_load]

A scratch database (`--database`, dropped first and afterwards) is built with the migrations and
given one open survey of three questions (agreement, yes/no, optional comment; one audience, no
locality question), made with the app's own `survey_from_definition`. Two servers start under
the same gunicorn settings (gthread workers): the app (`wsgi`-style `create_app`, production
settings, with the rate limits raised: one IP is every respondent here) and the bare endpoint
(`bench/bare_app.py`: the same single INSERT of a response row, nothing else). For each number
of clients the load client (`bench/load_client.py`, a separate process) drives the bare endpoint
and then the app for `--seconds` each, and every acknowledged response is checked to be in the
database exactly once. Prints responses per second, request latency percentiles, errors and the
ratio to the bare rate measured in the same run, and whether the aims are met (at least 200
responses/s, p95 under 250 ms, at least half the bare rate).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import create_engine, func, make_url, select, text  # noqa: E402

from feedback import create_app  # noqa: E402
from feedback.definitions import survey_from_definition  # noqa: E402
from feedback.extensions import db  # noqa: E402
from feedback.models import Response, SurveyStatus  # noqa: E402
from surveys.model import Question, Section, SurveyDefinition  # noqa: E402

SLUG = "load-bench"
ANSWERS = {"services": ["agree"], "listened": ["yes"], "comment": ["The new forms are clearer."]}
RAISED_LIMIT = "1000000 per minute"
APP_CONFIG = {"RATE_LIMIT_ANSWERS": RAISED_LIMIT, "RATE_LIMIT_SUBMIT": RAISED_LIMIT}
"""Overrides for the app under load. Every respondent here comes from 127.0.0.1, so the per-IP
limits on answering (feedback/security/limits.py) would refuse the benchmark within a second:
they stay on (and are counted, in memory) but are raised out of reach, here only."""
WARM_UP_CLIENTS = 4
WARM_UP_SECONDS = 3
TARGET_RATE = 200
TARGET_P95_MS = 250
TARGET_RATIO = 0.5
PYTHON = sys.executable


def bench_definition() -> SurveyDefinition:
    """Three questions, as a short pulse survey has them."""
    questions = (
        Question("services", "agreement", "Services for my child have got better this year"),
        Question("listened", "yes_no", "Did you feel listened to?"),
        Question("comment", "long_text", "Tell us more", required=False),
    )
    return SurveyDefinition(
        slug=SLUG,
        title="Load benchmark pulse survey",
        purpose="",
        what_happens_next="",
        audiences=("parents-and-carers",),
        sections=(Section(title="Your views", questions=questions),),
    )


def _on_server(server_url: str, statement: str) -> None:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


def prepare(url: str) -> int:
    """Migrate the scratch database and add the open survey; returns its id."""
    app = create_app({"ENV": "development", "SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade()
        survey = survey_from_definition(bench_definition(), SurveyStatus.OPEN)
        survey.ask_locality = False
        db.session.commit()
        survey_id = survey.id
        db.session.remove()
        db.engine.dispose()
    return survey_id


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(app_spec: str, probe: str, env: dict, args: argparse.Namespace) -> Iterator[str]:
    """Serve `app_spec` under gunicorn on a free port of 127.0.0.1 and wait until the page
    `probe` answers; yields the base URL."""
    port = _free_port()
    command = [
        *(PYTHON, "-m", "gunicorn", app_spec, "--bind", f"127.0.0.1:{port}"),
        *("--workers", str(args.workers), "--worker-class", "gthread"),
        *("--threads", str(args.threads), "--backlog", "2048", "--log-level", "warning"),
        "--no-control-socket",
        *("--pythonpath", f"{ROOT},{ROOT / 'bench'}"),
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + probe, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_until_up(url: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                pass
        except OSError:
            time.sleep(0.2)
            continue
        return
    raise RuntimeError(f"gunicorn did not answer at {url} within {timeout:g} s")


def drive(base: str, mode: str, clients: int, seconds: float) -> dict:
    """Run the load client in its own process and return its figures."""
    command = [
        *(PYTHON, str(ROOT / "bench" / "load_client.py"), "--base", base, "--mode", mode),
        *("--slug", SLUG, "--answers", json.dumps(ANSWERS)),
        *("--clients", str(clients), "--seconds", str(seconds)),
    ]
    finished = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(finished.stdout)


def stored(engine, survey_id: int) -> int:
    """How many responses the survey has in the database."""
    with engine.connect() as connection:
        return connection.scalar(
            select(func.count()).select_from(Response).where(Response.survey_id == survey_id)
        )


def measure(url: str, survey_id: int, args: argparse.Namespace) -> list[tuple[dict, dict]]:
    """(bare, app) figures for each number of clients, with servers started once."""
    app_env = {
        "FEEDBACK_ENV": "production",
        "FEEDBACK_SECRET_KEY": secrets.token_hex(32),
        "FEEDBACK_DATABASE_URL": url,
        "FEEDBACK_SESSION_COOKIE_SECURE": "false",
    }
    app_spec = f"feedback:create_app({APP_CONFIG!r})"
    bare_spec = f"bare_app:create_app({url!r}, {survey_id})"
    engine = create_engine(url)
    figures = []
    with (
        gunicorn(app_spec, "/privacy", app_env, args) as app_base,
        gunicorn(bare_spec, "/bare", {}, args) as bare,
    ):
        for mode, base in (("bare", bare), ("app", app_base)):
            drive(base, mode, WARM_UP_CLIENTS, WARM_UP_SECONDS)  # compile templates, fill pools
        for clients in args.clients:
            pair = []
            for mode, base in (("bare", bare), ("app", app_base)):
                before = stored(engine, survey_id)
                figure = drive(base, mode, clients, args.seconds)
                figure["stored"] = stored(engine, survey_id) - before
                pair.append(figure)
            figures.append(tuple(pair))
    engine.dispose()
    return figures


def report(figures: list[tuple[dict, dict]], args: argparse.Namespace) -> bool:
    """Print the table; returns True when every acknowledged response was stored exactly once."""
    print(
        f"\nLoad benchmark: {args.seconds:g} s per run, gunicorn {args.workers} workers × "
        f"{args.threads} threads (gthread), {os.cpu_count()} CPUs shared with the load client\n"
    )
    print(
        f"{'Clients':>7} {'Server':<5} {'Resp/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'Requests':>8} {'Errors':>6} {'Acked':>6} {'Stored':>6} {'Ratio':>7}  Aims"
    )
    exact = True
    for bare, app in figures:
        ratio = app["rate"] / bare["rate"] if bare["rate"] else 0.0
        for figure in (bare, app):
            exact &= figure["stored"] == figure["acknowledged"]
            aims = ""
            if figure is app:
                met = (
                    app["rate"] >= TARGET_RATE
                    and app["p95"] < TARGET_P95_MS
                    and ratio >= TARGET_RATIO
                )
                aims = "met" if met else "NOT MET"
            print(
                f"{figure['clients']:>7} {figure['mode']:<5} {figure['rate']:>7.1f} "
                f"{figure['p50']:>7.0f} {figure['p95']:>7.0f} {figure['p99']:>7.0f} "
                f"{figure['requests']:>8} {figure['errors']:>6} {figure['acknowledged']:>6} "
                f"{figure['stored']:>6} {(ratio if figure is app else 1.0):>6.3f}×  {aims}"
            )
            if figure is app and app["acknowledged"]:
                print(
                    f"{'':>15}a whole response (start page to confirmation): "
                    f"p50 {app['journey_p50'] / 1000:.1f} s, p95 {app['journey_p95'] / 1000:.1f} s"
                )
            for sample in figure["error_samples"]:
                print(f"{'':>15}{sample}")
    print(
        f"\nAims: ≥ {TARGET_RATE} responses/s, p95 < {TARGET_P95_MS} ms, ≥ {TARGET_RATIO:g}× the "
        "bare rate. Latencies are per HTTP request; an app response takes "
        f"{_requests_per_response(figures)} requests (start page to confirmation), a bare one 2."
    )
    print(
        "Every acknowledged response stored exactly once: "
        + ("yes" if exact else "NO (see Acked and Stored)")
    )
    return exact


def _requests_per_response(figures: list[tuple[dict, dict]]) -> str:
    app = figures[0][1]
    return f"{app['requests'] / app['acknowledged']:.0f}" if app["acknowledged"] else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--clients", type=lambda v: [int(n) for n in v.split(",")], default=[50, 200]
    )
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/")
    parser.add_argument("--database", default="feedback_load")
    args = parser.parse_args(argv)

    name = args.database
    _on_server(args.postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _on_server(args.postgres, f'CREATE DATABASE "{name}"')
    try:
        url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
        survey_id = prepare(url)
        figures = measure(url, survey_id, args)
    finally:
        _on_server(args.postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0 if report(figures, args) else 1


if __name__ == "__main__":
    sys.exit(main())
