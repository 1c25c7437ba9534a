"""The real app under gunicorn, and respondents that answer it over HTTP as a browser does.

`migrated_database` builds a database of its own (never the shared test one) with `db upgrade`;
`Server` runs gunicorn on a free port; `respond` walks one respondent through a survey with a
cookie jar and the CSRF token of each form, and returns the reference the confirmation shows.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import func, select

from feedback import create_app
from feedback.definitions import survey_from_definition
from feedback.extensions import db
from feedback.models import Response, SurveyStatus
from feedback.models.responses import Answer as AnswerRow
from surveys.model import Question, Section, SurveyDefinition
from tests.conftest import recreate_postgres_database
from tests.factories import every_type_definition

PROJECT_ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
SLUG = "reliability"
ANSWERS = 2
"""Answer rows each stored response has: `listened-to` and `comment`."""
REFERENCE = re.compile(r"Your reference is\s*<br>\s*<strong>\s*([0-9A-Z-]+)\s*</strong>")


def database_url(backend: str, tmp_path: Path) -> str:
    """A new empty database for one test: a PostgreSQL database named for this process, or a
    SQLite file."""
    if backend == "postgresql":
        return recreate_postgres_database(
            os.environ["TEST_DATABASE_URL"], f"feedback_reliability_{os.getpid()}"
        )
    return "sqlite:///" + str(tmp_path / "reliability.db")


def definition() -> SurveyDefinition:
    """A short open survey: a required choice and a required comment."""
    return SurveyDefinition(
        slug=SLUG,
        title="Being listened to",
        purpose="Tell us whether you feel listened to.",
        what_happens_next="We will publish what we heard.",
        audiences=("parents-and-carers",),
        sections=(
            Section(
                title="Being listened to",
                questions=(
                    Question(
                        key="listened-to",
                        type="agreement",
                        text="I feel listened to by the people who support my child.",
                    ),
                    Question(key="comment", type="short_text", text="Tell us why."),
                ),
            ),
        ),
    )


def migrated_database(url: str) -> None:
    """Build the schema on `url` and add the open survey."""
    app = create_app({"ENV": "testing", "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade()
        survey_from_definition(definition(), status=SurveyStatus.OPEN)
        db.session.commit()
        db.engine.dispose()


def stored_responses(url: str) -> dict[str, int]:
    """Each stored response's reference and how many answer rows it has."""
    app = create_app({"ENV": "testing", "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        rows = db.session.execute(
            select(Response.reference, func.count(AnswerRow.id))
            .outerjoin(AnswerRow, AnswerRow.response_id == Response.id)
            .group_by(Response.id, Response.reference)
        ).all()
        references = db.session.scalars(select(Response.reference)).all()
        db.engine.dispose()
    assert len(references) == len(set(references)), "a reference is stored twice"
    return {reference: answers for reference, answers in rows}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn serving `served_app:build()` on `url`, with `workers` gthread workers."""

    def __init__(self, url: str, workers: int = 3, threads: int = 4) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        environment = {**os.environ, "RELIABILITY_DATABASE_URL": url, "PYTHONPATH": "."}
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--worker-class",
                "gthread",
                "--threads",
                str(threads),
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
                "tests.reliability.served_app:build()",
            ],
            cwd=PROJECT_ROOT,
            env=environment,
        )

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "gunicorn exited at start"
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as answer:
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise AssertionError("gunicorn did not start in 90 seconds")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def workers(self) -> list[int]:
        """The process ids of the master's live workers."""
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid and fields[0] != "Z":
                children.append(int(stat.parent.name))
        return children

    def kill_a_worker(self) -> int:
        """SIGKILL one worker (the master starts another); returns its process id."""
        victim = self.workers()[0]
        os.kill(victim, signal.SIGKILL)
        return victim


class _Form(HTMLParser):
    """The page's main form: its action and the fields a respondent fills in."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.in_form = False

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag == "form" and attributes.get("method", "").lower() == "post" and not self.action:
            self.action, self.in_form = attributes.get("action") or "", True
        elif not self.in_form:
            return
        name = attributes.get("name")
        if tag == "input" and name == "csrf_token":
            self.fields[name] = attributes.get("value", "")
        elif name == "answer" and attributes.get("type") in ("radio", "checkbox"):
            self.fields.setdefault(name, attributes.get("value", ""))
        elif tag in ("input", "textarea") and name == "answer":
            self.fields[name] = "Staff listen when I explain what my child needs."

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = False


def respond(base: str, slug: str = SLUG, timeout: float = 60) -> str:
    """Answer the survey as one respondent (start, each question, check, send) and return the
    reference on the confirmation page. Raises on any failure: the response is unacknowledged."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    with opener.open(f"{base}/surveys/{slug}", timeout=timeout) as answer:
        url, html = answer.geturl(), answer.read().decode()
    for _step in range(10):
        if url.endswith("/done"):
            found = REFERENCE.search(html)
            assert found, "the confirmation page shows no reference"
            return found.group(1)
        form = _Form()
        form.feed(html)
        assert form.action is not None, f"no form on {url}"
        body = urllib.parse.urlencode(form.fields).encode()
        target = urllib.parse.urljoin(url, form.action)
        with opener.open(target, data=body, timeout=timeout) as answer:
            url, html = answer.geturl(), answer.read().decode()
    raise AssertionError(f"did not reach the confirmation page; stopped at {url}")


def single_question_surveys(app: Flask) -> dict[str, str]:
    """One open survey per question of `every_type_definition` (so every question type), each
    asking only that question (not even the locality); returns each slug and its question's
    key."""
    keys = {}
    with app.app_context():
        for section in every_type_definition().sections:
            for question in section.questions:
                slug = f"fuzz-{question.key}"
                single = replace(
                    every_type_definition(slug),
                    sections=(replace(section, questions=(replace(question, condition=None),)),),
                )
                survey = survey_from_definition(single, status=SurveyStatus.OPEN)
                survey.ask_locality = False
                keys[slug] = question.key
        db.session.commit()
    return keys


def respond_with_client(client: FlaskClient, slug: str = "fuzz-has-ehcp") -> None:
    """Answer the one-question survey `slug` (asking `has-ehcp`) and send it, in `client`."""
    client.post(f"/surveys/{slug}/start")
    client.post(f"/surveys/{slug}/questions/has-ehcp", data={"answer": "yes"})
    sent = client.post(f"/surveys/{slug}/check")
    assert sent.status_code == 302 and sent.location.endswith("/done"), "sending failed"


class TcpProxy:
    """A TCP relay from a free local port to `upstream`, which a test can cut off (every
    connection dropped, new ones refused) and bring back: a database outage on demand."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.connections: list[socket.socket] = []
        self.listener: socket.socket | None = None

    def start(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and drop every open one."""
        self.listener.close()
        for connection in self.connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        self.connections.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self.connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def answer_every_question(client: FlaskClient, slug: str = SLUG) -> str:
    """Start `slug` in the test `client` and answer each question as `respond` does; returns
    the check-answers URL it reaches."""
    location = client.post(f"/surveys/{slug}/start").location
    while "/questions/" in location:
        form = _Form()
        form.feed(client.get(location).get_data(as_text=True))
        location = client.post(location, data=form.fields).location
    return location
