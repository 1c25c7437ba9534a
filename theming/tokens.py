"""Tokens, with no corpora and no downloads.

`words` is the bag-of-words view the classifier uses. `sentence_tokens` is what the part-of-speech
tagger and the sentiment lexicon read: punctuation kept, and "don't" split Penn Treebank style
into "do" + "n't". (TextBlob's own tokenizer turns "isn't" into "is n ' t", so its sentiment
misses the negation and scores "isn't good" as positive.)
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
"""A run of letters or digits, with apostrophes inside ("don't"); hyphens and dots split words."""

_POSSESSIVE = "'s"

_SENTENCE_TOKEN = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}                            # e.g.  i.e.  U.S.
    | \b(?i:mrs|mr|ms|dr|prof|st|etc|vs|approx)\.   # titles and abbreviations keep their dot
    | \b[A-Z]\.(?=\s+[A-Z])                         # an initial: J. Patel
    | \d+(?:[.,:/]\d+)+                             # 3.5  10:30  12/03/2015
    | [^\W_]+(?:[-'’][^\W_]+)*                      # words, hyphens and apostrophes inside
    | \.{2,} | …                                    # an ellipsis
    | [:;=][-']?[()\[\]DPp/\\|] | <3                # a few emoticons, which carry sentiment
    | [^\w\s]                                       # any other character on its own
    """,
    re.VERBOSE,
)
_CLITICS = ("'s", "'re", "'ve", "'ll", "'d", "'m")


def word_set(listing: str) -> frozenset[str]:
    """The words of a whitespace-separated `listing`: how the theming modules write word lists."""
    return frozenset(listing.split())


def words(text: str) -> list[str]:
    """The lower-cased words of `text`, in order, with curly apostrophes made straight.

    A possessive or "is" ending is dropped ("child's" → "child", "it's" → "it"); other
    contractions stay whole ("don't", "can't"). Hyphenated words split ("part-time" → "part",
    "time"), so "part-time" and "part time" read the same.
    """
    found = _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))
    return [word[:-2] if word.endswith(_POSSESSIVE) else word for word in found]


def sentence_tokens(sentence: str) -> list[str]:
    """The tokens of one sentence, case kept: words, numbers and punctuation marks.

    Contractions split as the English lexicon expects: "don't" → "do", "n't"; "can't" → "ca",
    "n't"; "cannot" → "can", "not"; "it's" → "it", "'s". Curly apostrophes become straight.
    """
    found = _SENTENCE_TOKEN.findall(sentence)
    if "'" not in sentence and "’" not in sentence and "annot" not in sentence.lower():
        return found
    tokens: list[str] = []
    for token in found:
        if "'" in token or "’" in token:
            tokens.extend(_split_contraction(token.replace("’", "'")))
        elif token.lower() == "cannot":
            tokens.extend((token[:3], token[3:]))
        else:
            tokens.append(token)
    return tokens


def _split_contraction(token: str) -> tuple[str, ...]:
    lower = token.lower()
    if lower.endswith("n't") and len(token) > 3:
        return token[:-3], token[-3:]
    for clitic in _CLITICS:
        if lower.endswith(clitic) and len(token) > len(clitic):
            return token[: -len(clitic)], token[-len(clitic) :]
    return (token,)
