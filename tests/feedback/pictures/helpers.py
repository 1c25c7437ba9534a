"""Pictures for tests: small files of each allowed type, files that are not, and a helper that
gives a stored question a picture."""

from __future__ import annotations

import base64

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Question

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
"""A 1 by 1 pixel PNG."""
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 16
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
"""A Windows program's first bytes: refused however it is named."""


def give_picture(
    app: Flask, survey_id: int, key: str, data: bytes = PNG, alt: str = "A blue shield"
) -> int:
    """Store `data` as the picture of question `key` of the survey; returns the question's id."""
    with app.app_context():
        question = db.session.scalar(
            select(Question).where(Question.survey_id == survey_id, Question.key == key)
        )
        question.picture, question.picture_type, question.picture_alt = data, "image/png", alt
        db.session.commit()
        return question.id
