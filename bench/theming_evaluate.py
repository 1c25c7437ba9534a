"""How well the theming suggests themes and ranks areas, on comments labelled by hand.

    .venv/bin/python bench/theming_evaluate.py [--errors dev] [--file PATH]

The labelled set (bench/data/labelled_comments.jsonl) was written for this project, NOT taken
from the codebook's examples: comments in four registers (parents and carers, young people,
school staff, inspection-report sentences), each labelled with its theme slugs and one area.

How it is kept honest: every comment has a `split`. The `test` comments (every third comment of
each area in the first batch written) were set aside before any tuning and are only ever
scored: their figures are the headline. The `dev` comments were used to tune the codebook's
phrases and area keywords (by reading `--errors dev`) and are also the learner's training
comments (`theming/data/codebook_training.py`), so dev figures are optimistic. Three later dev
batches were each scored once, as they were written and before anything was tuned on them:
top-1 area 0.79, 0.77 and (mostly inspection and revisit-letter sentences, after the learner
was added) 0.87; a fair guide to accuracy on new text, like the test split. This script
stops if any test comment is a training comment or a codebook example.

Printed for dev and test: the number of comments, top-1 theme accuracy (the best suggested
theme is one of the labelled themes; no suggestion counts as wrong), top-1 and top-3 area
accuracy, and the same by register; then precision and recall per theme on test (a theme is
"suggested" when `classify` lists it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from theming.classify import classify
from theming.codebook import DEFAULT_CODEBOOK
from theming.data.codebook_training import TRAINING_COMMENTS
from theming.model import Classification

LABELLED = Path(__file__).parent / "data" / "labelled_comments.jsonl"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Labelled:
    """One hand-labelled comment."""

    text: str
    themes: frozenset[str]
    area: str
    register: str
    split: str


@dataclass(frozen=True)
class Scored:
    """A labelled comment and what the classifier said about it."""

    comment: Labelled
    result: Classification

    @property
    def top_theme_right(self) -> bool:
        return bool(self.result.themes) and self.result.themes[0].slug in self.comment.themes

    def area_within(self, top: int) -> bool:
        return self.comment.area in self.result.areas[:top]


def load(path: Path) -> list[Labelled]:
    """The labelled comments in `path` (JSON lines)."""
    comments = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            comments.append(
                Labelled(
                    row["text"],
                    frozenset(row["themes"]),
                    row["area"],
                    row["register"],
                    row["split"],
                )
            )
    return comments


def score(comments: list[Labelled]) -> list[Scored]:
    """Classify every comment."""
    return [Scored(comment, classify(comment.text)) for comment in comments]


def leaked(test: list[Labelled]) -> list[str]:
    """Test comments the classifier was trained on: there must be none."""
    trained = {text for text, _, _ in TRAINING_COMMENTS}
    trained.update(example for theme in DEFAULT_CODEBOOK.themes for example in theme.examples)
    return [comment.text for comment in test if comment.text in trained]


def summary(label: str, scored: list[Scored]) -> str:
    """One table row: count, top-1 theme, top-1 and top-3 area accuracy."""
    count = len(scored)
    if not count:
        return f"{label:<28} {0:>5}"
    theme = sum(item.top_theme_right for item in scored) / count
    area1 = sum(item.area_within(1) for item in scored) / count
    area3 = sum(item.area_within(3) for item in scored) / count
    return f"{label:<28} {count:>5} {theme:>12.3f} {area1:>12.3f} {area3:>12.3f}"


def per_theme(scored: list[Scored]) -> list[str]:
    """Precision and recall of each theme's suggestions, as table rows."""
    suggested: Counter[str] = Counter()
    right: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    for item in scored:
        found = {theme.slug for theme in item.result.themes}
        labelled.update(item.comment.themes)
        suggested.update(found)
        right.update(found & item.comment.themes)
    rows = [f"{'theme':<40} {'labelled':>8} {'suggested':>9} {'precision':>9} {'recall':>7}"]
    for theme in DEFAULT_CODEBOOK.themes:
        slug = theme.slug
        precision = f"{right[slug] / suggested[slug]:.2f}" if suggested[slug] else "-"
        recall = f"{right[slug] / labelled[slug]:.2f}" if labelled[slug] else "-"
        rows.append(
            f"{slug:<40} {labelled[slug]:>8} {suggested[slug]:>9} {precision:>9} {recall:>7}"
        )
    hits, shown, wanted = sum(right.values()), sum(suggested.values()), sum(labelled.values())
    rows.append(
        f"{'all themes (micro)':<40} {wanted:>8} {shown:>9} "
        f"{hits / max(shown, 1):>9.2f} {hits / max(wanted, 1):>7.2f}"
    )
    return rows


def errors(scored: list[Scored]) -> list[str]:
    """The comments whose top theme or top area is wrong, for tuning on dev."""
    lines = []
    for item in scored:
        if item.top_theme_right and item.area_within(1):
            continue
        themes = ", ".join(f"{theme.slug} {theme.score:.2f}" for theme in item.result.themes)
        lines.append(
            f"- {item.comment.text}\n    labelled: {sorted(item.comment.themes)} / "
            f"{item.comment.area}\n    got: [{themes}] / {', '.join(item.result.areas[:3])}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=LABELLED, help="labelled JSON lines")
    parser.add_argument("--errors", choices=SPLITS, help="list the mistakes on this split")
    args = parser.parse_args(argv)

    comments = load(args.file)
    by_split = {split: [c for c in comments if c.split == split] for split in SPLITS}
    if leaks := leaked(by_split["test"]):
        print("Test comments found in the training data:", *leaks, sep="\n- ")
        return 1
    if {c.text for c in by_split["dev"]} != {text for text, _, _ in TRAINING_COMMENTS}:
        print("Note: the dev split and theming/data/codebook_training.py differ.")
    started = time.perf_counter()
    scored = {split: score(by_split[split]) for split in SPLITS}
    elapsed = time.perf_counter() - started

    header = f"{'':<28} {'count':>5} {'top-1 theme':>12} {'top-1 area':>12} {'top-3 area':>12}"
    print(f"Labelled comments: {len(comments)} ({args.file})")
    print(f"\nDefault learner, no human decisions (dev is trained on; test is held out)\n{header}")
    for split in SPLITS:
        print(summary(split, scored[split]))
        registers: dict[str, list[Scored]] = defaultdict(list)
        for item in scored[split]:
            registers[item.comment.register].append(item)
        for register in sorted(registers):
            print(summary(f"  {register}", registers[register]))

    print("\nPer theme, test split")
    print("\n".join(per_theme(scored["test"])))

    print(f"\nClassified {sum(len(v) for v in scored.values())} comments in {elapsed:.2f} s")
    if args.errors:
        print(f"\nMistakes on {args.errors}:")
        print("\n".join(errors(scored[args.errors])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
