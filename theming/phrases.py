"""Negation-aware key-phrase matching over normalised text.

Text and phrases are normalised the same way (`terms`): lower-cased words (`theming.tokens`),
light suffix folding ("assessments" → "assessment", "waited"/"waiting"/"waits" → "wait"),
prefixes joined ("co-production" and "co production" → "coproduction"), and number words
written as digits ("twenty weeks" = "20 weeks"). In a key phrase "#" stands for any number:
"week #" matches "week 31" and "# months" matches "eighteen months". Punctuation that ends a
clause (. ; : ! ? and brackets; not commas, which split lists such as "education, health and
care") becomes a boundary that no phrase crosses.

A phrase matches when its terms appear in order inside one clause, with at most one other word
between consecutive terms ("annual review" matches "annual EHCP review"). Negation never blocks
a match: "no named contact" is about a named contact. Each match records whether it was negated
(a negating word such as "no", "never" or "didn't" shortly before it), for sentiment and review.
Where one match lies inside a longer one ("social care" inside "adult social care"),
`longest_only` keeps the longer: the more specific phrase wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from theming.tokens import words

BOUNDARY = "|"
"""The term that stands for the end of a clause; phrases never match across it."""

NUMBER = "#"
"""In a key phrase, stands for any number."""

_NUMBER_PLACEHOLDER = "anynumberplaceholder"

MAX_GAP = 1
"""How many other words may sit between two consecutive terms of a phrase."""

NEGATION_WINDOW = 3
"""How many words before a match are searched for a negating word."""

_CLAUSE_END = re.compile(r"[.;:!?()\[\]{}\n\r\t•–—]+")
"""Clause-ending punctuation. A dot inside a number ("2.5") splits it too, harmlessly."""

_JOINED_PREFIXES = frozenset({"co", "multi", "inter", "non", "pre", "re", "sub"})
"""Prefixes written with or without a hyphen or space: "co-production" = "coproduction"."""

_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        )
    )
    if value >= 2
}
"""Number words read as digits. "one" is left alone: "no one", "one to one"."""

_IRREGULAR = {
    "children": "child",
    "buses": "bus",
    "taxis": "taxi",
    "diagnoses": "diagnosis",
    "analyses": "analysis",
    "crises": "crisis",
    "women": "woman",
    "men": "man",
    "heard": "hear",
    "lives": "life",
    "ages": "age",
    "wages": "wage",
    "planning": "planning",
    "planned": "planned",
}

_UNDOUBLE = frozenset("bgmnprt")
"""Final doubled letters undone after a suffix is cut: "planned" → "plan", "stopping" → "stop"."""

_NEGATING_WORDS = (
    "no",
    "not",
    "never",
    "nobody",
    "none",
    "nothing",
    "nowhere",
    "neither",
    "nor",
    "without",
    "lack",
    "lacking",
    "cannot",
    "hardly",
    "barely",
    "instead",
    "refused",
)

_stems: dict[str, str] = {}


def stem(word: str) -> str:
    """The folded form of one lower-case word: plural and verb endings and a final "e" cut."""
    folded = _stems.get(word)
    if folded is None:
        folded = _stems[word] = _fold(word)
    return folded


def _fold(word: str) -> str:
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) >= 6:
        return _undouble(word[:-3])
    elif word.endswith("ed") and len(word) >= 5:
        return _undouble(word[:-2])
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def _undouble(word: str) -> str:
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] in _UNDOUBLE:
        return word[:-1]
    return word


NEGATORS = frozenset(stem(word) for word in _NEGATING_WORDS)
"""Terms that negate what follows. Any word ending in "n't" negates too ("didn't", "won't")."""


def is_negator(term: str) -> bool:
    """True for a term that negates what follows ("no", "never", "didn't", ...)."""
    return term in NEGATORS or term.endswith("n't")


def terms(text: str) -> list[str]:
    """The normalised terms of `text`, with `BOUNDARY` between clauses (never at either end)."""
    found: list[str] = []
    for clause in _CLAUSE_END.split(text):
        clause_terms = _clause_terms(clause)
        if clause_terms:
            if found:
                found.append(BOUNDARY)
            found.extend(clause_terms)
    return found


def _clause_terms(clause: str) -> list[str]:
    folded: list[str] = []
    joining = ""
    for word in words(clause):
        if joining:
            word = joining + word
            joining = ""
        elif word in _JOINED_PREFIXES:
            joining = word
            continue
        folded.append(stem(word))
    if joining:
        folded.append(joining)
    return folded


def phrase_terms(phrase: str) -> tuple[str, ...]:
    """A key phrase normalised as text is ("#" kept for any number); empty if it has no words."""
    marked = phrase.replace(NUMBER, f" {_NUMBER_PLACEHOLDER} ")
    return tuple(
        NUMBER if term == _NUMBER_PLACEHOLDER else term
        for term in terms(marked)
        if term != BOUNDARY
    )


@dataclass(frozen=True)
class PhraseMatch:
    """One phrase found in a text: whose it is (`key`), the phrase, where, and if negated."""

    key: str
    phrase: str
    start: int
    end: int
    negated: bool

    @property
    def size(self) -> int:
        """How many words the phrase has."""
        return self.phrase.count(" ") + 1


@dataclass(frozen=True)
class _Entry:
    key: str
    phrase: str
    rest: tuple[str, ...]
    """The phrase's terms after its first two."""


_ONE_WORD = ""
"""Where one-word phrases are filed, in place of a second term."""


class PhraseMatcher:
    """Finds many phrases at once. Build it once; `find` costs little more than one pass.

    `entries` are (key, phrase) pairs: the key says whose phrase it is, e.g. a theme's slug.
    The same phrase may belong to several keys; each key gets its own match.
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._index: dict[str, dict[str, list[_Entry]]] = {}
        """Phrases by first term, then by second term (`_ONE_WORD` for one-word phrases)."""
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for key, phrase in entries:
            normalised = phrase_terms(phrase)
            if not normalised or (key, normalised) in seen:
                continue
            seen.add((key, normalised))
            second = normalised[1] if len(normalised) > 1 else _ONE_WORD
            by_second = self._index.setdefault(normalised[0], {})
            by_second.setdefault(second, []).append(
                _Entry(key, " ".join(normalised), normalised[2:])
            )

    def find(self, text_terms: Sequence[str]) -> list[PhraseMatch]:
        """Every phrase in `text_terms` (from `terms`), in order of where it starts."""
        found: list[PhraseMatch] = []
        index = self._index
        size = len(text_terms)
        for start, term in enumerate(text_terms):
            tables = [index[term]] if term in index else []
            if NUMBER in index and term.isdigit():
                tables.append(index[NUMBER])
            if not tables:
                continue
            ends: list[tuple[_Entry, int]] = []
            for table in tables:
                ends.extend((entry, start + 1) for entry in table.get(_ONE_WORD, ()))
                ends.extend(_longer_matches(table, text_terms, start + 1, size))
            if ends:
                negated = _negated(text_terms, start)
                found.extend(
                    PhraseMatch(entry.key, entry.phrase, start, end, negated) for entry, end in ends
                )
        return found


def _longer_matches(
    table: dict[str, list[_Entry]], text_terms: Sequence[str], position: int, size: int
) -> list[tuple[_Entry, int]]:
    """Phrases of two or more words from `table` that follow the first word, with their ends.

    Each phrase's second word is taken at its first place in the gap window, as in `_match_rest`.
    """
    ends: list[tuple[_Entry, int]] = []
    tried: set[int] = set()
    for at in range(position, min(position + MAX_GAP + 1, size)):
        second = text_terms[at]
        if second == BOUNDARY:
            break
        candidates = table.get(second, [])
        if second.isdigit():
            candidates = candidates + table.get(NUMBER, [])
        for entry in candidates:
            if id(entry) in tried:
                continue
            tried.add(id(entry))
            end = _match_rest(text_terms, at + 1, entry.rest)
            if end:
                ends.append((entry, end))
    return ends


def _match_rest(text_terms: Sequence[str], position: int, rest: tuple[str, ...]) -> int:
    """Where the match ends if `rest` follows from `position` (gaps allowed), else 0."""
    size = len(text_terms)
    for wanted in rest:
        for offset in range(MAX_GAP + 1):
            index = position + offset
            if index >= size or text_terms[index] == BOUNDARY:
                return 0
            found = text_terms[index]
            if found == wanted or (wanted == NUMBER and found.isdigit()):
                position = index + 1
                break
        else:
            return 0
    return position


def _negated(text_terms: Sequence[str], start: int) -> bool:
    for index in range(start - 1, max(start - NEGATION_WINDOW, 0) - 1, -1):
        term = text_terms[index]
        if term == BOUNDARY:
            return False
        if is_negator(term):
            return True
    return False


def longest_only(matches: Iterable[PhraseMatch]) -> list[PhraseMatch]:
    """`matches` without any lying inside a match of more words (of any key), by start.

    "social care" inside "adult social care" goes; two matches of as many words both stay.
    """
    ordered = sorted(matches, key=lambda match: (match.start, match.end))
    starts = [match.start for match in ordered]
    widest = max((match.end - match.start for match in ordered), default=0)
    kept: list[PhraseMatch] = []
    for match in ordered:
        size = match.size
        around = ordered[
            bisect_left(starts, match.end - widest) : bisect_right(starts, match.start)
        ]
        if not any(other.end >= match.end and other.size > size for other in around):
            kept.append(match)
    return kept
