"""Checking a picture or symbol staff upload for a question: its real type, its size, its alt text.

Pure functions with no Flask or database, so every rule is tested on bytes alone. The type comes
from the file's first bytes ("magic bytes"), never from its name or the type the browser sent,
so an SVG, a PDF or a program renamed to .png is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

ALT_MAX = 250
"""The most characters of alt text: enough to say what a symbol shows, short enough to hear."""

TYPE_MESSAGE = "The picture must be a PNG, JPEG, GIF or WebP file"
ALT_MESSAGE = "Enter alt text that says what the picture shows"
ALT_TOO_LONG = f"The alt text must be {ALT_MAX} characters or fewer"
ALT_WITHOUT_PICTURE = "Choose a picture to go with the alt text, or delete the alt text"
BOTH_MESSAGE = "Choose a new picture or select ‘Remove the picture’, not both"

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def picture_type(data: bytes) -> str | None:
    """The image type of `data` from its first bytes ("image/png"…), or None if not allowed."""
    for signature, mimetype in _SIGNATURES:
        if data.startswith(signature):
            return mimetype
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def size_words(kilobytes: int) -> str:
    """A size limit as people say it: "1 MB" for 1,024 KB, "500 KB" otherwise."""
    if kilobytes >= 1024 and kilobytes % 1024 == 0:
        return f"{kilobytes // 1024} MB"
    return f"{kilobytes:,} KB"


def too_big_message(max_kb: int) -> str:
    """The message for a picture over the limit."""
    return f"The picture must be {size_words(max_kb)} or smaller"


@dataclass(frozen=True)
class PictureProblem:
    """Something wrong with what was entered, on the form field it belongs to."""

    field: str
    """"picture" or "picture_alt"."""
    message: str


def picture_problems(
    upload: bytes | None, alt: str, *, max_kb: int, has_picture: bool, remove: bool
) -> list[PictureProblem]:
    """Every problem with a question's picture as entered; empty when it can be saved.

    upload: the bytes of a newly chosen file (None when no file was chosen).
    alt: the alt text typed (already stripped).
    has_picture: the question already has a picture.
    remove: "Remove the picture" was selected.
    """
    if remove:
        return [PictureProblem("picture", BOTH_MESSAGE)] if upload is not None else []
    problems = []
    if upload is not None:
        if len(upload) > max_kb * 1024:
            problems.append(PictureProblem("picture", too_big_message(max_kb)))
        elif picture_type(upload) is None:
            problems.append(PictureProblem("picture", TYPE_MESSAGE))
    keeps_picture = upload is not None or has_picture
    if keeps_picture and not alt:
        problems.append(PictureProblem("picture_alt", ALT_MESSAGE))
    elif len(alt) > ALT_MAX:
        problems.append(PictureProblem("picture_alt", ALT_TOO_LONG))
    elif alt and not keeps_picture:
        problems.append(PictureProblem("picture", ALT_WITHOUT_PICTURE))
    return problems
