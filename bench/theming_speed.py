"""How fast the theming pipeline is, measured against TextBlob's own sentiment and noun phrases.

    .venv/bin/python bench/theming_speed.py [--count 100000] [--sample 3000] [--seed 2026]

Comments come from the demo data's comment writer (`feedback.demo`): seeded, realistic answers
to the four demo surveys' free-text questions, mostly two or three sentences.

One core, on `--sample` comments (best of three runs, after a warm-up that loads the lexicons):
- baseline: TextBlob's `PatternAnalyzer` sentiment plus noun phrases from `PatternParser` chunks
  (what TextBlob offers without corpora; this is the floor to beat);
- `theming.analyse`: sentences, per-sentence sentiment, noun phrases, language;
- `theming.classify.classify`: the whole pipeline (analyse, redact, themes, areas), if present;
and each one's speed as a multiple of the baseline's.

Two cores: `--count` comments streamed as JSON lines, in batches of 500, through
`classify_stream` (as `flask themes classify` runs it) in two worker processes (`Pool.imap`
over a generator: the comments are never all in memory). Wall time and peak memory are shown
for a fifth of `--count` and for `--count`, each run in a fresh process. The comments cycle
through a fixed pool and no results are kept, so peak memory should not grow with the number
of comments.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textblob.en.parsers import PatternParser
from textblob.en.sentiments import PatternAnalyzer

from theming.pipeline import analyse

try:
    from theming.classify import classify, classify_stream
except ImportError:  # written by another helper; the bench runs without it
    classify = classify_stream = None

PROCESSES = 2
CHUNK = 500
POOL_SIZE = 5_000
REPEATS = 3
TARGET_PER_SECOND = 1_500
TARGET_SECONDS_100K = 120


def comment_pool(size: int, seed: int) -> list[str]:
    """`size` comments from the demo data's comment writer, answering long-text questions."""
    from feedback.demo.content import SURVEYS

    rng = random.Random(seed)
    writers = [
        (survey.comments, question)
        for survey in SURVEYS
        for section in survey.definition.sections
        for question in section.questions
        if question.type == "long_text"
    ]
    comments = []
    while len(comments) < size:
        bank, question = rng.choice(writers)
        comments.append(bank.write(rng, question, rng.uniform(-1, 1), {}))
    return comments


_ANALYZER = PatternAnalyzer()
_PARSER = PatternParser()


def baseline(text: str) -> tuple[float, list[str]]:
    """TextBlob's sentiment and noun phrases, as it offers them without corpora."""
    polarity = _ANALYZER.analyze(text).polarity
    phrases = []
    for sentence in _PARSER.parse(text).split():
        current: list[str] = []
        for word, _tag, chunk, _relation in sentence:
            if chunk == "I-NP":
                current.append(word)
                continue
            if current:
                phrases.append(" ".join(current).lower())
            current = [word] if chunk == "B-NP" else []
        if current:
            phrases.append(" ".join(current).lower())
    return polarity, phrases


def per_second(function: Callable[[str], object], comments: list[str]) -> float:
    """Comments per second for `function` on one core: the best of `REPEATS` runs."""
    for comment in comments[:50]:
        function(comment)
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        for comment in comments:
            function(comment)
        best = min(best, time.perf_counter() - started)
    return len(comments) / best


def _batches(count: int, seed: int) -> Iterator[list[str]]:
    """`count` comments as JSON lines, `CHUNK` at a time, cycling through a fixed pool."""
    pool = comment_pool(POOL_SIZE, seed)
    comments = itertools.islice(itertools.cycle(pool), count)
    numbered = (json.dumps({"id": n, "text": text}) for n, text in enumerate(comments, start=1))
    while batch := list(itertools.islice(numbered, CHUNK)):
        yield batch


def _classify_batch(lines: list[str]) -> int:
    """Classify a batch of JSON lines as `flask themes classify` does; return how many."""
    return sum(1 for _ in classify_stream(lines))


def _analyse_batch(lines: list[str]) -> int:
    return sum(1 for line in lines if analyse(json.loads(line)["text"]))


def _parallel_run(count: int, seed: int, results: multiprocessing.Queue) -> None:
    """Stream `count` comments through `PROCESSES` workers; report time and peak memory."""
    work = _classify_batch if classify_stream is not None else _analyse_batch
    started = time.perf_counter()
    done = 0
    with multiprocessing.get_context("fork").Pool(PROCESSES) as pool:
        for finished in pool.imap(work, _batches(count, seed)):
            done += finished
        pool.close()
        pool.join()
    seconds = time.perf_counter() - started
    workers_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    feeder_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results.put((done, seconds, workers_kib, feeder_kib))


def parallel(count: int, seed: int) -> tuple[int, float, int, int]:
    """`_parallel_run` in a fresh process, so each count's peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_parallel_run, args=(count, seed, results))
    process.start()
    outcome = results.get()
    process.join()
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="comments for the 2-core run")
    parser.add_argument("--sample", type=int, default=3_000, help="comments for 1-core timing")
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()

    comments = comment_pool(options.sample, options.seed)
    sentences = sum(len(analyse(comment).sentences) for comment in comments) / len(comments)
    characters = sum(map(len, comments)) / len(comments)
    print(
        f"{len(comments):,} demo comments, on average {characters:.0f} characters and "
        f"{sentences:.1f} sentences\n"
    )

    rows = [("baseline: TextBlob sentiment + noun phrases", per_second(baseline, comments))]
    rows.append(("theming.analyse", per_second(analyse, comments)))
    if classify is not None:
        rows.append(("theming.classify (full pipeline)", per_second(classify, comments)))
    print(f"{'One core':<46}{'comments/s':>12}{'× baseline':>12}")
    for name, rate in rows:
        print(f"{name:<46}{rate:>12,.0f}{rate / rows[0][1]:>12.2f}")
    if classify is None:
        print("(theming.classify is not importable yet: the full pipeline line is skipped)")
    full = rows[-1][1]
    verdict = "meets" if full >= TARGET_PER_SECOND else "MISSES"
    print(f"Target ≥ {TARGET_PER_SECOND:,} comments/s on one core: {verdict} it\n")

    work = "classify_stream" if classify_stream is not None else "analyse"
    print(f"Two cores ({PROCESSES} worker processes, {work}, batches of {CHUNK}):")
    print(f"{'comments':>10}{'wall time':>12}{'comments/s':>12}{'worker peak':>14}{'feeder':>10}")
    for count in sorted({max(options.count // 5, 1), options.count}):
        done, seconds, workers_kib, feeder_kib = parallel(count, options.seed)
        print(
            f"{done:>10,}{seconds:>11.1f}s{done / seconds:>12,.0f}"
            f"{workers_kib / 1024:>12.0f}MB{feeder_kib / 1024:>8.0f}MB"
        )
    projected = 100_000 / (done / seconds)
    verdict = "meets" if projected <= TARGET_SECONDS_100K else "MISSES"
    print(
        f"100,000 comments take {projected:.0f}s at this rate: {verdict} the target of "
        f"{TARGET_SECONDS_100K}s. Peak memory should be about the same for both counts."
    )


if __name__ == "__main__":
    main()
