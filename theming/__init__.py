"""Free-text theming: pure, offline language processing for survey comments.

Never imports Flask or SQLAlchemy. `analyse` reads one comment (sentences, noun phrases,
sentiment, language); `redact` replaces personal details with placeholders; `words` gives the
lower-cased word tokens; `detect_language` names a comment's language. The data passed around
is defined in `theming.model`.
"""

from theming.language import detect_language
from theming.pipeline import COMMENT_MAX, analyse
from theming.redaction import redact
from theming.tokens import words

__all__ = ["COMMENT_MAX", "analyse", "detect_language", "redact", "words"]
