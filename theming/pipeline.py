"""The language pipeline: one comment in, a `TextAnalysis` out. Offline and pure.

For each comment, in order:
1. Clean: Unicode NFC, line endings made "\\n", control characters dropped, runs of spaces made
   one, at most one blank line in a row, then cut to `COMMENT_MAX` characters at a word boundary
   (`truncated` says so). `TextAnalysis.text` is this cleaned text, HTML tags and all: the
   pipeline never produces HTML and templates escape what they show.
2. Read: HTML tags are dropped from the text the parser reads (so "<b>help</b>" is the word
   "help", and sentences are of this readable text). The language is detected; a comment not in
   English gets its sentences but no noun phrases and a neutral sentiment: we do not pretend to
   read it, and it is listed for a human.
3. Split sentences with NLTK's untrained Punkt tokenizer, told about common abbreviations, after
   splitting at line breaks (a list of points is several sentences).
4. Per sentence: tokenise once (`theming.tokens.sentence_tokens`), tag with TextBlob's pattern
   tagger, take noun phrases from pattern's noun-phrase chunk rule, and score sentiment with
   pattern's lexicon and a few SEND words (`theming.sentiment`). Each sentence is tokenised and
   tagged once.

The comment's polarity is the mean over all its opinion words, which is what `PatternAnalyzer`
gives for the whole text (except that a "not" no longer reaches into the next sentence). We
prefer it to a mean of sentence polarities: a sentence with no opinion words ("We moved here in
May.") does not dilute the comment, and a sentence of three complaints outweighs one "thanks".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from textblob import _text as pattern_text

from theming.language import detect_language, english_lexicon, is_english
from theming.model import SentenceAnalysis, TextAnalysis
from theming.redaction import is_forename
from theming.sentiment import NEUTRAL, opinion_scores, sentiment_of
from theming.tokens import sentence_tokens, word_set

COMMENT_MAX = 5_000
"""Comments are cut to this many characters, the survey's long-text limit."""
_WORD_BOUNDARY_WITHIN = 100
"""A cut backs up to the last space when there is one within this many characters."""

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
"""Control characters (and the byte-order mark); tabs, vertical tabs and form feeds become
spaces instead, and "\x85" a line break."""
_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_AROUND_BREAK = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,500}>", re.DOTALL)

_ABBREVIATIONS = word_set("dr mr mrs ms mx prof st e.g i.e etc vs approx cf dept esp inc jr sr")
"""Words Punkt should not end a sentence after. "no" (as in "No. 10") is left out on purpose:
"The answer was no." ends a sentence far more often in comments."""

_SENTENCE_END = re.compile(r"[.?!]")
_CLOSING = ".?!\"')]}’”*:;@ "
"""What may follow the last sentence end of a line (Punkt's "after" characters)."""

_NOUN_PHRASE = re.compile(r"(?!C)N*[DC]*M*N+")
"""pattern's noun-phrase chunk rule, over one letter per token: nouns (N), determiners and
numbers (D), conjunctions (C, never first), adjectives (M); anything else (x) ends a chunk.
Unlike pattern, adverbs end a chunk too ("caseworker never rings" is not a noun phrase), and so
do pronouns. "speech and language therapy" is one noun phrase."""
_TAG_CLASS = {
    **dict.fromkeys(("NN", "NNS", "NNP", "NNPS"), "N"),
    **dict.fromkeys(("DT", "WDT", "PDT", "CD"), "D"),
    "CC": "C",
    **dict.fromkeys(("JJ", "JJR", "JJS"), "M"),
}
_PARTICIPLES = frozenset(("VBN", "VBG", "VBD"))
_OBJECT_STARTS = frozenset(("DT", "PDT", "PRP$"))
_QUANTIFIERS = frozenset(("more", "less", "fewer", "much", "many", "enough"))
_DEFAULT_TAGS = ("NN", "NNP", "CD")
"""Tags for unknown words: lower-case, capitalised, numeric (as pattern's English parser)."""
_SUBJECTS = frozenset(
    case(word) for word in ("i", "we", "they", "you") for case in (str.lower, str.title, str.upper)
)
_PHRASE_WORDS_MAX = 4
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LEADING_WORDS = word_set(
    """a an the this that these those some any no every each all both either neither another
    other such same own more most less least many much few several enough various certain lot
    lots kind sort"""
)
"""Words a noun phrase does not start with ("the school" → "school", "more support" →
"support"); pronouns and possessives ("my son" → "son") never join a noun phrase."""
_VAGUE_NOUNS = word_set(
    """lot lots thing things stuff nothing something anything everything everyone anyone someone
    nobody somebody anybody everybody none one ones way ways bit kind sort time times day
    days week weeks month months year years today yesterday tomorrow people person yes ok
    okay etc"""
)
"""Nouns too vague to be a noun phrase on their own."""
_TITLES = word_set("mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof.")
"""A noun phrase with a personal title or a known forename (`theming.redaction.is_forename`) is
someone's name, never a theme: it is left out. Other names (places, surnames alone) can remain,
so show noun phrases through `redact` outside the review screens."""


def _sentence_splitter() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(_ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


_PUNKT = _sentence_splitter()


def analyse(text: str) -> TextAnalysis:
    """What the pipeline finds in one comment: sentences, noun phrases, sentiment, language.

    Never fails on text: blank input gives an empty analysis (language "und", counted as
    English so it is not listed for translation), and input of any length is cut to
    `COMMENT_MAX` characters first.
    """
    cleaned, truncated = clean(text)
    readable = _readable(cleaned)
    language = detect_language(readable)
    sentences = split_sentences(readable)
    if not sentences or not is_english(language):
        return TextAnalysis(
            text=cleaned,
            truncated=truncated,
            sentences=tuple(SentenceAnalysis(sentence, NEUTRAL) for sentence in sentences),
            noun_phrases=(),
            sentiment=NEUTRAL,
            language=language,
            is_english=is_english(language),
        )
    analysed = []
    phrases: dict[str, None] = {}
    comment_scores: list[float] = []
    for sentence in sentences:
        tokens = sentence_tokens(sentence)
        phrases.update(dict.fromkeys(noun_phrases(tag(tokens))))
        scores = opinion_scores(tokens)
        comment_scores.extend(scores)
        analysed.append(SentenceAnalysis(sentence, sentiment_of(scores)))
    sentence_polarities = [sentence.sentiment.polarity for sentence in analysed]
    return TextAnalysis(
        text=cleaned,
        truncated=truncated,
        sentences=tuple(analysed),
        noun_phrases=tuple(phrases),
        sentiment=sentiment_of(comment_scores, sentence_polarities),
        language=language,
        is_english=True,
    )


def clean(text: str) -> tuple[str, bool]:
    """`text` tidied and capped at `COMMENT_MAX` characters, and whether it had to be cut.

    NFC normalised; line endings made "\\n"; control characters dropped; spaces, tabs and
    no-break spaces collapsed to one space; each line stripped; at most one blank line in a row.
    """
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
    text = _SPACE_AROUND_BREAK.sub("\n", _SPACES.sub(" ", text))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    if len(text) <= COMMENT_MAX:
        return text, False
    cut = text[:COMMENT_MAX]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary > COMMENT_MAX - _WORD_BOUNDARY_WITHIN:
        cut = cut[:boundary]
    return cut.rstrip(), True


def split_sentences(text: str) -> list[str]:
    """The sentences of cleaned `text`: each line split by Punkt; blank lines are skipped.

    A line with no ".", "?" or "!" before its closing punctuation is one sentence: Punkt would
    say so too, more slowly.
    """
    sentences = []
    for line in text.split("\n"):
        if not _SENTENCE_END.search(line.rstrip(_CLOSING)):
            sentences += [line] if line else []
        else:
            sentences += _PUNKT.tokenize(line)
    return sentences


def tag(tokens: list[str]) -> list[list[str]]:
    """[token, Penn tag] pairs for one sentence, as TextBlob's `PatternTagger` tags them, except
    that a capitalised first word is looked up as an everyday word when it is one ("Long waits":
    an adjective, not the surname Long)."""
    lexicon = english_lexicon()
    first = tokens[0] if tokens else ""
    if len(first) > 1 and first.istitle() and first.lower() in lexicon:
        tagged = pattern_text.find_tags(
            [first.lower(), *tokens[1:]], lexicon=lexicon, default=_DEFAULT_TAGS
        )
        tagged[0][0] = first
        return tagged
    return pattern_text.find_tags(tokens, lexicon=lexicon, default=_DEFAULT_TAGS)


def noun_phrases(tagged: Sequence[Sequence[str]]) -> list[str]:
    """Noun phrases in one tagged sentence ([token, Penn tag] pairs), lower-cased, 1 to 4 words.

    Chunks follow pattern's noun-phrase rule; leading determiners, numbers and quantifiers are
    dropped; longer chunks keep their last four words (the head noun is last). Chunks that are
    only vague nouns ("things", "months"), hold no letters (emoji), or name someone ("Mrs
    Patel", "Callum Reeves") are left out.
    """
    classes = _classes(tagged)
    phrases = []
    for match in _NOUN_PHRASE.finditer(classes):
        chunk = tagged[match.start() : match.end()]
        start = 0
        while start < len(chunk) - 1 and _leads_in(chunk[start]):
            start += 1
        words = [token.lower() for token, _ in chunk[start:]][-_PHRASE_WORDS_MAX:]
        if _VAGUE_NOUNS.issuperset(words) or _names_someone(chunk, words):
            continue
        phrases.append(" ".join(words))
    return phrases


def _classes(tagged: Sequence[Sequence[str]]) -> str:
    """One letter per token for `_NOUN_PHRASE`, mending common tagging slips.

    A participle between a determiner, possessive or adjective and a noun is an adjective ("a
    named contact", "our waiting list", "no agreed plan"). A "noun" after "I", "we", "they" or
    "you", or before a determiner, possessive or "more", is a verb ("we need", "carers need
    more respite", "help my son"). Tokens with no letters (emoji) are in no noun phrase.
    """
    codes = []
    previous_token, previous_tag, previous_code = "", "", "x"
    following = [*tagged[1:], ("", "")][: len(tagged)]  # nothing follows an empty tagging
    for (token, tag), (next_token, next_tag) in zip(tagged, following, strict=True):
        code = _TAG_CLASS.get(tag, "x")
        if code == "x":
            if (
                tag in _PARTICIPLES
                and (previous_code != "x" or previous_tag == "PRP$")
                and _TAG_CLASS.get(next_tag) in ("N", "M")
            ):
                code = "M"
        elif not (token.isalpha() or tag == "CD" or _HAS_LETTER.search(token)):
            code = "x"  # emoji and other symbols
        elif code == "N" and (
            previous_token in _SUBJECTS or next_tag in _OBJECT_STARTS or next_token in _QUANTIFIERS
        ):
            code = "x"  # a verb
        codes.append(code)
        previous_token, previous_tag, previous_code = token, tag, code
    return "".join(codes)


def _names_someone(chunk: Sequence[Sequence[str]], words: list[str]) -> bool:
    """True for a chunk with a personal title or a forename: "Mrs Patel", "Callum Reeves"."""
    return not _TITLES.isdisjoint(words) or any(is_forename(token) for token, _ in chunk)


def _leads_in(tagged_token: Sequence[str]) -> bool:
    """True for a word a noun phrase should not start with."""
    token, tag = tagged_token
    return _TAG_CLASS.get(tag) in ("D", "C") or token.lower() in _LEADING_WORDS


def _readable(cleaned: str) -> str:
    """`cleaned` without HTML tags or comments, for the parser to read."""
    if "<" not in cleaned:
        return cleaned
    return clean(_HTML_TAG.sub(" ", cleaned))[0]
