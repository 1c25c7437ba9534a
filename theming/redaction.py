"""Redaction: personal details in a comment replaced with bracketed placeholders.

Run before a comment is shown anywhere outside the review screens. In order:
1. email addresses → [email];
2. dates of birth → [date of birth]: a date after "born", "DOB", "date of birth" or "birthday"
   (even "born in 2015"), and any full date with a day, month and year ("12/03/2015",
   "12.03.15", "3rd March 2015"), since that is what a date of birth looks like;
3. UK phone numbers (mobile, landline, freephone; "+44", "(0)", spaces, dashes, brackets)
   → [phone];
4. UK postcodes, in any case, with or without the space → [postcode];
5. names from the configurable list (schools, staff), whole words, in any case → [school] for
   entries naming a school, college or academy, else [name];
6. other schools' names ("Oakwood Primary School", "St Mary's") → [school];
7. people's names → [name]: a title and what follows ("Mr Smith", "Mrs J. Patel", "Dr Okafor");
   a name after "my son", "our daughter", "her teacher", "our caseworker", "called", "named",
   "my name is"; a forename from `data/forenames.txt` with the surname after it ("Sharon Bell"),
   on its own ("I spoke to Callum"), or with "'s" ("Callum's teacher").

Forenames that are also everyday words ("Will", "May", "Grace") count only where the words
around them make them a name, and SEND words (EHC, SENCO, CAMHS, SENDIASS, Ofsted, NHS,
council...) are never taken for names. HTML is left as it is: redaction does not escape text;
templates do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from theming.language import english_lexicon
from theming.tokens import word_set

EMAIL = "[email]"
PHONE = "[phone]"
POSTCODE = "[postcode]"
DATE_OF_BIRTH = "[date of birth]"
NAME = "[name]"
SCHOOL = "[school]"
_PLACEHOLDERS = frozenset((EMAIL, PHONE, POSTCODE, DATE_OF_BIRTH, NAME, SCHOOL))

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:19|20)\d{2}\b"
_NUMERIC_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b"
_FULL_DATE = re.compile(
    rf"\b(?:{_NUMERIC_DATE}|{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR})",
    re.IGNORECASE,
)
_BIRTH_DATE = re.compile(
    rf"""
    \b(?P<lead>(?:born|dob|d\.o\.b|date\s+of\s+birth|birthday)\.?
        (?:\s+(?:is|was|on|in))*\s*[:–-]?\s*(?:on\s+|in\s+)?(?:the\s+)?)
    (?P<date>{_NUMERIC_DATE}
        |{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?
        |{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?
        |{_YEAR})
    """,
    re.IGNORECASE | re.VERBOSE,
)

_PHONE = re.compile(
    r"""
    (?<![\w+])
    (?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)   # +44, 0044, +44 (0), 0 or (0
    (?:\d[\s().-]{0,2}){8,9}\d                # nine or ten more digits, spaced as people like
    (?!\d)
    """,
    re.VERBOSE,
)

_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE)
"""A UK postcode: outward code, optional space, inward code (whose letters never include
C, I, K, M, O or V, so "10am" and "6pm" are safe)."""

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

_SCHOOL_WORDS = word_set(
    """school academy college primary infants infant juniors junior nursery high grammar"""
)
_GENERIC_SCHOOL_WORDS = _SCHOOL_WORDS | word_set(
    """special secondary mainstream local independent free middle upper lower sixth form further
    education community new old current previous next specialist residential alternative
    catholic church faith state private village resource base pupil referral unit hospital
    trust city county technical university provision centre"""
)
"""Words in "a special school" or "the High School" that do not name one school."""
_SAINTS = frozenset(("st", "st.", "saint"))
_SCHOOL_HINT = re.compile(
    r"\b(?:School|Academy|College|Primary|Infants?|Juniors?|Nursery|High|Grammar|St|Saint)\b"
)
"""Cheap test for text that may name a school (the full search is slower)."""
_SCHOOL_CONNECTORS = frozenset(("of", "and", "the", "c", "e"))
"""Small words inside a school's name: "St Mary's C of E Primary"."""

_TITLES = word_set("mr mrs ms mx miss dr doctor prof professor sir dame")
_SURE_TITLES = word_set("mr mrs ms mx")
"""Titles always followed by a name, even when typed in lower case ("mrs smith")."""

_RELATIONS = word_set(
    """son daughter child boy girl kid grandson granddaughter grandchild nephew niece brother
    sister stepson stepdaughter stepchild twin husband wife partner friend baby toddler
    youngest eldest teacher senco sendco caseworker worker keyworker ta assistant head
    headteacher principal paediatrician consultant therapist physio nurse doctor gp
    psychologist officer coordinator co-ordinator manager adviser advisor mentor tutor lsa
    practitioner clinician psychiatrist counsellor coach driver escort"""
)
"""Words a name often follows: "my son Callum", "our caseworker Sarah"."""
_NAMING_WORDS = frozenset(("called", "named", "nicknamed"))
_POSSESSIVES = word_set("my his her their our your")
_MY_NAME = frozenset(("name", "name's", "name’s"))
_TRIGGERS = _RELATIONS | _NAMING_WORDS

_NOT_NAMES = (
    word_set(
        """i i'm i've i'd i'll me my mine we us our you your he him his she her they them their
        it its this that these those the a an and but or so if then than as at by for from in
        into of on onto to with without about after before during since until up down out
        over under again also just only even still yet not no nor is am are was were be been
        being has have had do does did done will would shall should can could may might must
        there here when where why how what which who whom whose all any both each every few
        more most other some such very too ok okay yes please thanks thank hello hi dear mum
        mam dad mummy daddy nan nana gran grandma grandad grandpa auntie uncle ehc ehcp ehcps
        sen send senco sendco camhs cahms sendiass sendias iass ipsea ofsted nhs council salt
        ot adhd asd autism gp ep pa ta lsa sencos social services service care health
        education local authority team school schools academy college hospital board trust
        forum parent parents carer carers support offer plan panel centre center children
        child young people family families partnership department unit clinic tribunal
        mediation transport respite portage year key stage class january february march april
        may june july august september october november december monday tuesday wednesday
        thursday friday saturday sunday christmas easter"""
    )
    | _TITLES
)
"""Capitalised words that are never someone's name here: pronouns, small words, SEND words,
services, months, days and titles."""
_MONTHS = word_set("april may june august")
_SENTENCE_OPENERS = "\"'“‘(-*•"
_SENTENCE_ENDS = ".!?:;\n"
_SURNAMES_MAX = 2
_INITIALS_MAX = 3


def redact(text: str, names: Iterable[str] = ()) -> str:
    """`text` with personal details replaced by [email], [phone], [postcode], [date of birth],
    [school] and [name] (see the module docstring for what counts)."""
    if "@" in text:
        text = _EMAIL.sub(EMAIL, text)
    text = _BIRTH_DATE.sub(lambda match: match.group("lead") + DATE_OF_BIRTH, text)
    if _DIGIT.search(text):
        text = _FULL_DATE.sub(DATE_OF_BIRTH, text)
        text = _PHONE.sub(PHONE, text)
        text = _POSTCODE.sub(POSTCODE, text)
    listed = _listed_names(tuple(names))
    if listed is not None:
        text = listed.sub(_listed_placeholder, text)
    if _SCHOOL_HINT.search(text):
        text = _replace(text, _school_spans(text), SCHOOL)
    return _replace(text, _name_spans(text), NAME)


@lru_cache(maxsize=16)
def _listed_names(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching any of `names` as whole words, longest first, in any case."""
    entries = sorted({" ".join(name.split()) for name in names if name.strip()}, key=len)
    if not entries:
        return None
    alternatives = (
        r"\s+".join(re.escape(word).replace("'", "['’]") for word in entry.split())
        for entry in reversed(entries)
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _listed_placeholder(match: re.Match[str]) -> str:
    start = match.start()
    if start and match.string[start - 1 : match.end() + 1].lower() in _PLACEHOLDERS:
        return match.group()  # the inside of a placeholder, for a listed name such as "Phone"
    words = {word.lower() for word in _WORD.findall(match.group())}
    return SCHOOL if words & _SCHOOL_WORDS else NAME


def _replace(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    if not spans:
        return text
    parts = []
    position = 0
    for start, end in spans:
        if start < position:
            continue
        parts.extend((text[position:start], placeholder))
        position = end
    parts.append(text[position:])
    return "".join(parts)


@cache
def _forenames() -> dict[str, bool]:
    """Known forenames, lower-cased, each with whether it is also an everyday word."""
    lines = resources.files("theming").joinpath("data/forenames.txt").read_text("utf-8")
    names = {}
    for line in lines.splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            names[name.rstrip("*").lower()] = name.endswith("*")
    return names


def _forename(word: str) -> bool | None:
    """None if `word` is not a known forename, else whether it is also an everyday word.

    A double-barrelled name counts by its first part ("Amelia-Rose").
    """
    return _forenames().get(word.lower().split("-")[0])


def is_forename(word: str) -> bool:
    """True for a capitalised known forename that is not also an everyday word ("Callum",
    "Amelia-Rose"; not "Will" or "Grace")."""
    return word[:1].isupper() and _forename(word) is False


def _school_spans(text: str) -> list[tuple[int, int]]:
    """Spans of schools' names: capitalised words ending in a school word ("Oakwood Academy",
    "St Mary's C of E Primary School") or after "St" ("St Mary's"), with at least one word that
    is not generic ("the High School" and "a Special School" stay)."""
    words = list(_WORD.finditer(text))
    spans = []
    i = 0
    while i < len(words):
        first = i
        while i < len(words) and _in_school_name(words, i, text, first):
            i += 1
        run = _trim_connectors(words[first:i])
        if run and _names_a_school(run):
            saint_only = _bare(run[-1].group()).lower() not in _SCHOOL_WORDS
            spans.append((run[0].start(), run[-1].end() if saint_only else _bare_end(run[-1])))
        i = max(i, first + 1)
    return spans


def _in_school_name(words: list[re.Match[str]], i: int, text: str, first: int) -> bool:
    word = words[i].group()
    if i > first and not _joined(text, words[i - 1], words[i]):
        return False
    if word.lower() in _SCHOOL_CONNECTORS:
        return i > first
    return word[0].isupper() and (word.lower() not in _NOT_NAMES or word.lower() in _SCHOOL_WORDS)


def _trim_connectors(run: list[re.Match[str]]) -> list[re.Match[str]]:
    while run and run[-1].group().lower() in _SCHOOL_CONNECTORS:
        run = run[:-1]
    return run


def _names_a_school(run: list[re.Match[str]]) -> bool:
    lowered = [_POSSESSIVE.sub("", word.group()).lower() for word in run]
    saint = lowered[0] in _SAINTS and len(lowered) > 1
    school = any(word in _SCHOOL_WORDS for word in lowered)
    distinctive = any(
        word not in _GENERIC_SCHOOL_WORDS
        and word not in _SCHOOL_CONNECTORS
        and word not in _SAINTS
        and not match.group().isupper()
        for word, match in zip(lowered, run, strict=True)
    )
    return distinctive and (school or saint)


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of people's names (see the module docstring)."""
    words = list(_WORD.finditer(text))
    spans = []
    i = 0
    while i < len(words):
        word = words[i].group()
        lower = word.lower()
        found = None
        if lower in _TITLES:
            found = _after_title(words, i, text)
        elif lower in _TRIGGERS or (lower in _MY_NAME and _is_my_name(words, i, text)):
            found = _after_trigger(words, i, text)
        elif word[0].isupper():
            found = _forename_at(words, i, text)
        if found is None:
            i += 1
            continue
        start, last = found
        spans.append((words[start].start(), _bare_end(words[last])))
        i = last + 1
    return spans


def _after_title(words: list[re.Match[str]], i: int, text: str) -> tuple[int, int] | None:
    """ "Mrs J. Patel", "Dr Okafor", "mr smith": the title and the name after it."""
    j = i + 1
    while j < len(words) and j - i <= _INITIALS_MAX and _is_initial(words[j].group()):
        j += 1
    if j >= len(words) or not _joined(text, words[j - 1], words[j]):
        return None
    word = _bare(words[j].group())
    lower = word.lower()
    if word[0].isupper():
        named = lower in _forenames() or lower not in _NOT_NAMES
    else:
        named = lower not in _NOT_NAMES and (
            words[i].group().lower() in _SURE_TITLES or lower not in english_lexicon()
        )
    if not named:
        return None
    return i, _with_surnames(words, j, text)


def _after_trigger(words: list[re.Match[str]], i: int, text: str) -> tuple[int, int] | None:
    """ "my son Callum", "our caseworker Sarah", "called Sharon", "my name is Dawn"."""
    trigger = words[i].group().lower()
    j = i + 1
    if j < len(words) and trigger == "name" and words[j].group() == "is":
        j += 1
    if j >= len(words) or not _joined(text, words[j - 1], words[j], comma=True):
        return None
    word = _bare(words[j].group())
    everyday = _forename(word)
    if word.islower() and (trigger in _RELATIONS or trigger in _NAMING_WORDS):
        named = everyday is False  # "my son callum", but never "my son will"
    else:
        lower = word.lower()
        named = everyday is not None or (lower not in _NOT_NAMES and lower not in english_lexicon())
    if not named:
        return None
    return j, _with_surnames(words, j, text)


def _forename_at(words: list[re.Match[str]], i: int, text: str) -> tuple[int, int] | None:
    """A capitalised known forename: "Callum", "Sharon Bell", "Grace's"; "Will" and "May" only
    with a surname, with "'s", or (not for months) in the middle of a sentence."""
    word = words[i].group()
    bare = _bare(word)
    everyday = _forename(bare)
    if everyday is None or not bare[0].isupper() or bare.isupper():
        return None
    last = _with_surnames(words, i, text)
    if everyday and last == i:
        month = bare.lower() in _MONTHS
        possessive = bare != word
        if month or not (possessive or not _starts_sentence(text, words[i].start())):
            return None
    return i, last


def _with_surnames(words: list[re.Match[str]], i: int, text: str) -> int:
    """The index of the last word of a name starting at `i`: up to two capitalised surnames."""
    last = i
    while (
        last + 1 < len(words)
        and last - i < _SURNAMES_MAX
        and _bare(words[last].group()) == words[last].group()
        and _joined(text, words[last], words[last + 1])
        and _is_surname(words[last + 1].group())
    ):
        last += 1
    return last


def _is_surname(word: str) -> bool:
    bare = _bare(word)
    return bare[0].isupper() and not bare.isupper() and bare.lower() not in _NOT_NAMES


def _is_my_name(words: list[re.Match[str]], i: int, text: str) -> bool:
    """True when the "name" or "name's" at `i` follows "my", "her"...: "my name is"."""
    if i == 0:
        return False
    return words[i - 1].group().lower() in _POSSESSIVES and _joined(text, words[i - 1], words[i])


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _joined(text: str, left: re.Match[str], right: re.Match[str], comma: bool = False) -> bool:
    """True when only a space (or an initial's dot, or with `comma` a comma) separates words."""
    gap = text[left.end() : right.start()]
    return gap in (" ", ". ") or (comma and gap == ", ")


def _bare(word: str) -> str:
    """`word` without a possessive "'s"."""
    return _POSSESSIVE.sub("", word) or word


def _bare_end(match: re.Match[str]) -> int:
    """Where `match` ends, before any possessive "'s" (which stays: "[name]'s teacher")."""
    return match.start() + len(_bare(match.group()))


def _starts_sentence(text: str, position: int) -> bool:
    """True when `position` is the first word of the text, a line or a sentence."""
    skip = " \t" + _SENTENCE_OPENERS
    position -= 1
    while position >= 0 and text[position] in skip:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_ENDS
