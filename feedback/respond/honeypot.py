"""The honeypot: a text input that people never see or fill, but form-filling robots do.

Include "respond/_honeypot.html" inside a public form and call `tripped()` when it is posted.
A tripped form stores nothing and leads to the page a person would see next, so the robot
learns nothing; nothing is audited or logged.
"""

from __future__ import annotations

from flask import request

FIELD = "website"
"""The input's name: innocuous, so robots fill it in."""


def tripped() -> bool:
    """True when this request's form has anything in the honeypot."""
    return bool(request.form.get(FIELD, "").strip())
