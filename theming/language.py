"""A light language detector, good enough to flag comments that are not in English.

No models and no downloads: the script a comment is written in settles most languages (Urdu,
Arabic, Bengali, Punjabi...); for Latin-script text, common function words and letters typical
of one language (Polish "ą ę ł ś ż", Romanian "ș ț"...) are weighed against English function
words and the English lexicon that ships with TextBlob. When in doubt the answer is English, so
short comments such as "ok", "Great!" or "No" are never flagged.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from textblob.en import lexicon as _pattern_lexicon

from theming.tokens import word_set

ENGLISH = "en"
UNDETERMINED = "und"
OTHER = "other"

_SCRIPTS = (
    # (first code point, last code point, language): a script that all but settles the language.
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0750, 0x077F, "ar"),
    (0x08A0, 0x08FF, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0D80, 0x0DFF, "si"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1200, 0x139F, OTHER),
    (0x3040, 0x30FF, "ja"),
    (0x3400, 0x4DBF, "zh"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
    (0xFB50, 0xFDFF, "ar"),
    (0xFE70, 0xFEFF, "ar"),
)
_SCRIPT_STARTS = [start for start, _, _ in _SCRIPTS]

_URDU_LETTERS = frozenset("ٹڈڑںےۓہھۂ")
"""Arabic-script letters Urdu uses and Arabic does not."""
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_KANA = (0x3040, 0x30FF)

_ENGLISH_WORDS = word_set(
    """a about after again all also am an and any are as at back be because been before being
    but by can could did do does doing done don't down each even ever every for from get gets
    getting go going good got great had has have having he her here him his how i if in into
    is it its just know like lot made make many me more most much my need needs never no not
    now of off ok okay on once one only or other our out over please really said same school
    see she so some still such than thank thanks that the their them then there these they
    this those through to too under until up us very want was way we well were what when
    where which while who why will with would yes yet you your"""
)
"""Common English words: a few of these in a comment make it English."""

_FOREIGN_WORDS = {
    "pl": """ale być bardzo by czy dla dobrze dziecko gdy jak jest jestem już ma mam mój moja
        moje na nie nic od po przez się syn córka szkoła szkole tak też to tylko w we z za że
        żeby""",
    "ro": """acest această am are ca care cu de din este fiul fiica foarte în la mai nu pe pentru
        sa să școala și un una""",
    "lt": """ir kad yra mano sūnus dukra mokykla labai bet su į ne taip kaip tai jis ji""",
    "pt": """ao com da das do dos ele ela em escola está filho filha meu minha muito não os para
        por que se sim uma""",
    "es": """con del el ella en es escuela está hijo hija la las los mi muy para pero por que se
        sí su una y""",
    "fr": """avec ce cette dans des est et il elle je la le les mais mon ma ne nous pas pour que
        qui sur très un une école fils fille""",
    "de": """aber auch das der die ein eine er es ich ist mein meine mit nicht schule sehr sie
        sohn tochter und wir""",
    "so": """aad ayaa iyo waxaa wuxuu waa ku ka in ma ah uu ay hooyo wiilkayga gabadhayda
        iskuulka caawimaad""",
    "tr": """bir bu çok da de değil için ile ve okul oğlum kızım ama gibi daha""",
}
_FOREIGN_INDEX: dict[str, tuple[str, ...]] = {}
"""Each foreign function word (English words left out), with the languages that use it."""
for _language, _words in _FOREIGN_WORDS.items():
    for _word in set(_words.split()) - _ENGLISH_WORDS:
        _FOREIGN_INDEX[_word] = (*_FOREIGN_INDEX.get(_word, ()), _language)

_FOREIGN_LETTERS = {
    letter: language
    for language, letters in {
        "pl": "ąćęłńśźż",
        "ro": "ăâîșțşţ",
        "lt": "ėįųū",
        "pt": "ãõ",
        "es": "ñ¿¡",
        "de": "ß",
        "tr": "ğı",
    }.items()
    for letter in letters
}
"""Letters typical of one language; letters English borrows (é in café) are left out."""

_LETTERS = re.compile(r"[^\W\d_]+")
_KNOWN_SHARE = 0.5
"""Longer Latin-script text with fewer than half its words in the English lexicon is not English."""
_FEW_WORDS = 3


def detect_language(text: str) -> str:
    """The language `text` is written in, as a short code.

    "en" for English (and when in doubt), "und" when there are no letters at all (blank, emoji,
    numbers), a code such as "ur", "ar", "bn", "pl" or "ro" when the script or the words say so,
    or "other" for text that is clearly not English but not recognised.
    """
    if not text.isascii():
        by_script = _language_by_script(text)
        if by_script is not None:
            return by_script
    found = _LETTERS.findall(text)
    if not found:
        return UNDETERMINED
    return _latin_language(found)


@cache
def english_lexicon() -> dict[str, str]:
    """TextBlob's English lexicon (pattern's): about 94,000 words, each with its usual Penn tag.

    A plain copy of pattern's lazily loaded dictionary, which is several times slower to read.
    """
    return dict(_pattern_lexicon)


def is_english(language: str) -> bool:
    """True unless `language` says the text is in another language (blank text counts)."""
    return language in (ENGLISH, UNDETERMINED)


def _language_by_script(text: str) -> str | None:
    """The language of text mostly written in a non-Latin script; None for Latin-script text."""
    latin = 0
    others: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        index = bisect.bisect_right(_SCRIPT_STARTS, code) - 1
        if index >= 0 and code <= _SCRIPTS[index][1]:
            language = _SCRIPTS[index][2]
            others[language] = others.get(language, 0) + 1
        else:
            latin += 1
    if not others or sum(others.values()) <= latin:
        return None
    language = max(others, key=others.__getitem__)
    if language == "ar" and _URDU_LETTERS.intersection(text):
        return "ur"
    if language == "ru" and _UKRAINIAN_LETTERS.intersection(text.lower()):
        return "uk"
    if language == "zh" and any(_KANA[0] <= ord(char) <= _KANA[1] for char in text):
        return "ja"
    return language


def _latin_language(found: list[str]) -> str:
    """English unless another language's words or letters outweigh the English words.

    Acronyms (SENCO, CAMHS) count as English words the lexicon does not know.
    """
    lowered = [word.lower() for word in found]
    english = sum(word in _ENGLISH_WORDS for word in lowered)
    if english * 2 > len(lowered):
        return ENGLISH  # no other language can have more words here
    scores: dict[str, int] = {}
    for word in lowered:
        languages = _FOREIGN_INDEX.get(word, ())
        if not word.isascii():
            languages = {*languages, *(_FOREIGN_LETTERS[c] for c in word if c in _FOREIGN_LETTERS)}
        for language in languages:
            scores[language] = scores.get(language, 0) + 1
    best = max(scores, key=scores.__getitem__, default=OTHER)
    best_score = scores.get(best, 0)
    if best_score and best_score >= english:
        return best
    if len(found) >= _FEW_WORDS and english < len(found) / 4:
        lexicon = english_lexicon()
        known = sum(
            lower in lexicon or (word.isupper() and len(word) > 1)
            for word, lower in zip(found, lowered, strict=True)
        )
        if known < len(found) * _KNOWN_SHARE:
            return best
    return ENGLISH
