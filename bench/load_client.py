"""The load client: concurrent respondents answering a survey over HTTP, with only the stdlib.

    .venv/bin/python bench/load_client.py --base http://127.0.0.1:8001 --mode app
        --slug load-bench --answers '{"q1": ["agree"]}' --clients 50 --seconds 20

Each client is a thread with its own keep-alive connection. It plays one respondent after
another, each with a fresh cookie jar, as a browser would:
- `app`: GET the survey's start page, POST "Start now" with the CSRF token from the page, then
  for each question page it is sent to, POST the answer (with the page's CSRF token); at check
  answers POST "Send", and follow every redirect. A response counts when the confirmation page
  (with its reference) arrives.
- `bare`: GET the bare form, POST the answers; a response counts when the confirmation arrives.

Clients start together and begin no new response after `--seconds`; a response in flight then is
finished, so every acknowledged response can be checked against the database. The rate is the
responses acknowledged over the time from the start to the last acknowledgement (when a response
takes longer than the window, counting only those inside it would say nothing). Latencies are
per HTTP request. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
REFERENCE = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
MAX_STEPS = 40
"""A journey with more requests than this is going round in circles: an error."""


class JourneyError(RuntimeError):
    """A page the respondent did not expect (an error status, or no confirmation)."""


@dataclass
class Tally:
    """What one client measured."""

    acknowledged: int = 0
    last: float = 0.0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    journeys: list[float] = field(default_factory=list)


class Browser:
    """One keep-alive connection and one respondent's cookies."""

    def __init__(self, host: str, port: int, tally: Tally) -> None:
        self.connection = http.client.HTTPConnection(host, port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.tally = tally

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, str]:
        """(status, Location, body) of one request, timed from sending to the last byte."""
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        self.tally.latencies.append(time.perf_counter() - started)
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value and "max-age=0" not in header.lower():
                self.cookies[name.strip()] = value
            else:
                self.cookies.pop(name.strip(), None)
        location = urlsplit(response.getheader("Location", "")).path
        return response.status, location, text

    def follow(self, method: str, path: str, form: dict | None = None) -> tuple[str, str]:
        """Send a request and follow its redirects; returns the final (path, body)."""
        for _ in range(MAX_STEPS):
            status, location, text = self.request(method, path, form)
            if status in (301, 302, 303):
                method, path, form = "GET", location, None
                continue
            if status != 200:
                raise JourneyError(f"{method} {path}: HTTP {status}")
            return path, text
        raise JourneyError(f"too many redirects from {path}")


def _token(text: str, path: str) -> str:
    found = CSRF.search(text)
    if found is None:
        raise JourneyError(f"no CSRF token on {path}")
    return found.group(1)


def app_journey(browser: Browser, slug: str, answers: dict[str, list[str]]) -> None:
    """One respondent through the real respond flow, from start page to confirmation."""
    path, text = browser.follow("GET", f"/surveys/{slug}")
    begin = {"csrf_token": _token(text, path)}
    path, text = browser.follow("POST", f"/surveys/{slug}/start", begin)
    for _ in range(MAX_STEPS):
        if path.endswith("/done"):
            if not REFERENCE.search(text):
                raise JourneyError("confirmation without a reference")
            return
        form = {"csrf_token": _token(text, path)}
        if "/questions/" in path:
            key = path.rsplit("/", 1)[1]
            form["answer"] = answers.get(key, [])
        elif not path.endswith("/check"):
            raise JourneyError(f"unexpected page {path}")
        path, text = browser.follow("POST", path, form)
    raise JourneyError("the journey did not end")


def bare_journey(browser: Browser, slug: str, answers: dict[str, list[str]]) -> None:
    """One respondent through the bare endpoint: GET the form, POST it, see the reference."""
    browser.follow("GET", "/bare")
    _, text = browser.follow("POST", "/bare", answers)
    if not REFERENCE.search(text):
        raise JourneyError("confirmation without a reference")


JOURNEYS = {"app": app_journey, "bare": bare_journey}


def client(args: argparse.Namespace, answers: dict, start: threading.Barrier, tally: Tally) -> None:
    """Play respondents one after another until the window closes."""
    base = urlsplit(args.base)
    journey = JOURNEYS[args.mode]
    start.wait()
    deadline = time.perf_counter() + args.seconds
    browser = Browser(base.hostname, base.port, tally)
    while time.perf_counter() < deadline:
        browser.cookies = {}
        began = time.perf_counter()
        try:
            journey(browser, args.slug, answers)
        except (JourneyError, OSError, http.client.HTTPException) as error:
            tally.errors += 1
            if len(tally.error_samples) < 3:
                tally.error_samples.append(f"{type(error).__name__}: {error}")
            continue
        finished = time.perf_counter()
        tally.acknowledged += 1
        tally.last = finished
        tally.journeys.append(finished - began)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (0 when there are none)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[rank - 1]


def run(args: argparse.Namespace) -> dict:
    """Run the clients and sum up what they measured."""
    answers = json.loads(args.answers)
    tallies = [Tally() for _ in range(args.clients)]
    barrier = threading.Barrier(args.clients + 1)
    threads = [
        threading.Thread(target=client, args=(args, answers, barrier, tally), daemon=True)
        for tally in tallies
    ]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    latencies = [value for tally in tallies for value in tally.latencies]
    journeys = [value for tally in tallies for value in tally.journeys]
    acknowledged = sum(tally.acknowledged for tally in tallies)
    elapsed = max((tally.last for tally in tallies), default=started) - started
    return {
        "mode": args.mode,
        "clients": args.clients,
        "seconds": args.seconds,
        "acknowledged": acknowledged,
        "elapsed": elapsed,
        "rate": acknowledged / elapsed if elapsed > 0 else 0.0,
        "requests": len(latencies),
        "errors": sum(tally.errors for tally in tallies),
        "error_samples": [s for tally in tallies for s in tally.error_samples][:5],
        "p50": percentile(latencies, 50) * 1000,
        "p95": percentile(latencies, 95) * 1000,
        "p99": percentile(latencies, 99) * 1000,
        "journey_p50": percentile(journeys, 50) * 1000,
        "journey_p95": percentile(journeys, 95) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--mode", choices=sorted(JOURNEYS), required=True)
    parser.add_argument("--slug", required=True)
    parser.add_argument("--answers", required=True, help="JSON: question key to answer values")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    print(json.dumps(run(parser.parse_args())))


if __name__ == "__main__":
    main()
