"""How fast a survey's per-question results are computed, against counting in Python.

    .venv/bin/python bench/report_speed.py [--responses 100000] [--only sqlite|postgresql]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/] [--seed 2026]

For each database (a scratch SQLite file, and a scratch PostgreSQL database `feedback_bench`
created on the server and dropped afterwards) the schema is built with the migrations, then a
survey of 20 questions of every type gets `--responses` responses with their answers, by bulk
insert (executemany on SQLite, COPY on PostgreSQL), and the tables are analysed.

Then, best of 3 runs each:
- report: `feedback.reports.results.survey_results` (GROUP BY in SQL), as the results page
  and `flask reports survey` compute it;
- filtered report: the same with an audience filter (for information);
- naive: every answer row of the survey (question, response, choice, number) loaded into
  Python, and the same figures computed there: counts, n, mean, median, minimum, maximum.
Both give the same figures (checked). Targets: report under 1 s, and at least 10 times faster
than naive.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade
from sqlalchemy import create_engine, make_url, select, text

from feedback import create_app
from feedback.definitions import question_definition, survey_from_definition
from feedback.extensions import db
from feedback.models import Answer, Audience, Channel, Locality, Response, Survey, SurveyStatus
from feedback.reports.filters import ResultFilters
from feedback.reports.results import survey_results
from surveys.model import Option, Question, Section, SurveyDefinition
from surveys.types import get_type

REPEATS = 3
BATCH = 20_000
TARGET_SECONDS = 1.0
TARGET_RATIO = 10
BENCH_DATABASE = "feedback_bench"
TEXTS = ["Too slow", "Brilliant support from school", "Nobody called back", "OK", "Better now"]


def bench_definition() -> SurveyDefinition:
    """20 questions: every type, scales most of all, as a real survey has them."""
    options = tuple(Option(f"option-{n}", f"Option {n}") for n in range(1, 6))
    kinds = (
        ["agreement"] * 4
        + ["satisfaction"] * 3
        + ["yes_no"] * 3
        + ["single_choice"] * 2
        + ["multiple_choice"] * 2
        + ["rating"] * 2
        + ["number"] * 2
        + ["short_text", "long_text"]
    )
    questions = tuple(
        Question(
            key=f"q{number:02d}-{kind.replace('_', '-')}",
            type=kind,
            text=f"Question {number} ({kind})",
            options=options if get_type(kind).has_custom_options else (),
            allow_other=kind == "single_choice",
            required=False,
        )
        for number, kind in enumerate(kinds, 1)
    )
    return SurveyDefinition(
        slug="report-bench",
        title="Report speed bench",
        purpose="",
        what_happens_next="",
        audiences=(),
        sections=(Section(title="All questions", questions=questions),),
    )


def answer_values(question, kind, rng: random.Random) -> list[tuple]:
    """(choice, number, text) rows for one answer; none when the question was skipped."""
    if rng.random() < 0.1:
        return []
    if kind.name == "rating":
        score = rng.randint(0, 10)
        return [(str(score), score, None)]
    if kind.name == "number":
        return [(None, rng.randint(0, 52), None)]
    if not kind.is_choice:
        return [(None, None, rng.choice(TEXTS))]
    values = [option.value for option in kind.options_for(question)]
    chosen = rng.sample(values, rng.randint(1, 3)) if kind.multiple else [rng.choice(values)]
    return [(value, None, "Something else" if value == "other" else None) for value in chosen]


def generate(survey: Survey, count: int, seed: int) -> Iterator[tuple[list[dict], list[tuple]]]:
    """Batches of (response rows, answer rows) with ids given, for bulk insert."""
    rng = random.Random(seed)
    questions = [(q.id, question_definition(q), get_type(q.type)) for q in survey.questions]
    audiences = [*db.session.scalars(select(Audience.id)), None]
    localities = [*db.session.scalars(select(Locality.id)), None]
    start = datetime(2026, 1, 1)
    answer_id = 0
    for first in range(1, count + 1, BATCH):
        responses, answers = [], []
        for response_id in range(first, min(first + BATCH, count + 1)):
            responses.append(
                {
                    "id": response_id,
                    "survey_id": survey.id,
                    "reference": f"B{response_id:08d}",
                    "submission_token": f"bench-{response_id}",
                    "submitted_at": start + timedelta(minutes=5 * response_id),
                    "channel": rng.choice(list(Channel)).value,
                    "audience_id": rng.choice(audiences),
                    "locality_id": rng.choice(localities),
                }
            )
            for question_id, question, kind in questions:
                for choice, number, text_value in answer_values(question, kind, rng):
                    answer_id += 1
                    answers.append(
                        (answer_id, response_id, question_id, choice, number, text_value)
                    )
        yield responses, answers


def load(survey: Survey, count: int, seed: int) -> int:
    """Insert the responses and answers in bulk; returns how many answer rows there are."""
    connection = db.session.connection()
    postgres = connection.dialect.name == "postgresql"
    total = 0
    for responses, answers in generate(survey, count, seed):
        connection.execute(Response.__table__.insert(), responses)
        if postgres:
            cursor = connection.connection.driver_connection.cursor()
            columns = "id, response_id, question_id, choice, number, text"
            with cursor.copy(f"COPY answer ({columns}) FROM STDIN") as copy:
                for row in answers:
                    copy.write_row(row)
        else:
            keys = ("id", "response_id", "question_id", "choice", "number", "text")
            rows = [dict(zip(keys, row, strict=True)) for row in answers]
            connection.execute(Answer.__table__.insert(), rows)
        total += len(answers)
    db.session.commit()
    return total


@dataclass
class NaiveQuestion:
    """One question's figures counted in Python."""

    respondents: set[int] = field(default_factory=set)
    choices: Counter = field(default_factory=Counter)
    numbers: list[Decimal] = field(default_factory=list)

    def summary(self) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
        """Mean, median, minimum and maximum of the numbers (None when there are none)."""
        if not self.numbers:
            return None
        ordered = sorted(self.numbers)
        mean = sum(ordered) / len(ordered)
        return mean, statistics.median(ordered), ordered[0], ordered[-1]


def naive_counts(survey: Survey) -> dict[int, NaiveQuestion]:
    """Every answer row of the survey loaded into Python, and counted there."""
    rows = db.session.execute(
        select(Answer.question_id, Answer.response_id, Answer.choice, Answer.number)
        .join(Response, Response.id == Answer.response_id)
        .where(Response.survey_id == survey.id)
    ).all()
    questions: dict[int, NaiveQuestion] = defaultdict(NaiveQuestion)
    for question_id, response_id, choice, number in rows:
        question = questions[question_id]
        question.respondents.add(response_id)
        if choice is not None:
            question.choices[choice] += 1
        if number is not None:
            question.numbers.append(number)
    return questions


def check_same(results, naive: dict[int, NaiveQuestion]) -> None:
    """The report and the naive count agree on every count, n and number summary."""
    for question in results.questions:
        counted = naive.get(question.id, NaiveQuestion())
        assert question.n == len(counted.respondents), question.key
        assert {o.value: o.count for o in question.options if o.count} == dict(counted.choices)
        summary = question.summary
        expected = counted.summary()
        got = summary and (summary.mean, summary.median, summary.minimum, summary.maximum)
        assert got == expected, question.key


def best_of(run: Callable[[], object]) -> tuple[float, object]:
    """The fastest of REPEATS runs (each with a fresh session), and what the last one gave."""
    times, outcome = [], None
    for _ in range(REPEATS):
        db.session.remove()
        started = time.perf_counter()
        outcome = run()
        times.append(time.perf_counter() - started)
    return min(times), outcome


def measure(url: str, responses: int, seed: int) -> dict:
    app = create_app({"ENV": "development", "SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade()
        survey = survey_from_definition(bench_definition(), SurveyStatus.CLOSED)
        db.session.commit()
        started = time.perf_counter()
        answers = load(survey, responses, seed)
        load_seconds = time.perf_counter() - started
        survey_id = survey.id
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE" if "postgresql" in url else "ANALYZE"))

        def report():
            return survey_results(db.session.get(Survey, survey_id))

        def filtered():
            parents = ResultFilters(audience="parents-and-carers")
            return survey_results(db.session.get(Survey, survey_id), parents)

        report_seconds, results = best_of(report)
        filtered_seconds, _ = best_of(filtered)
        naive_seconds, naive = best_of(lambda: naive_counts(db.session.get(Survey, survey_id)))
        check_same(results, naive)
        db.session.remove()
        db.engine.dispose()
    return {
        "answers": answers,
        "load": load_seconds,
        "report": report_seconds,
        "filtered": filtered_seconds,
        "naive": naive_seconds,
    }


def _on_server(server_url: str, statement: str) -> None:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    figures = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{folder}/bench.db"
            figures["SQLite"] = measure(url, args.responses, args.seed)
    if args.only in (None, "postgresql"):
        server = args.postgres
        _on_server(server, f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        _on_server(server, f'CREATE DATABASE "{BENCH_DATABASE}"')
        try:
            url = make_url(server).set(database=BENCH_DATABASE)
            figures["PostgreSQL"] = measure(
                url.render_as_string(hide_password=False), args.responses, args.seed
            )
        finally:
            _on_server(server, f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')

    print(f"\n{args.responses:,} responses to a survey of 20 questions (best of {REPEATS})\n")
    print(
        f"{'Database':<11} {'Answers':>10} {'Load':>7} {'Report':>8} {'Filtered':>9} "
        f"{'Naive':>8} {'Ratio':>7}  Targets (< {TARGET_SECONDS:g} s, ≥ {TARGET_RATIO}×)"
    )
    for name, figure in figures.items():
        ratio = figure["naive"] / figure["report"]
        met = figure["report"] < TARGET_SECONDS and ratio >= TARGET_RATIO
        print(
            f"{name:<11} {figure['answers']:>10,} {figure['load']:>6.1f}s "
            f"{figure['report']:>7.3f}s {figure['filtered']:>8.3f}s {figure['naive']:>7.3f}s "
            f"{ratio:>6.1f}×  {'met' if met else 'NOT MET'}"
        )
    print("\nThe report and the naive count agree on every figure (checked).")


if __name__ == "__main__":
    main()
