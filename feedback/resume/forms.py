"""The form for a come-back-later code: forgiving of case, spaces and dashes."""

from __future__ import annotations

from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import StringField, SubmitField, ValidationError

from feedback.resume.services import normalise_code

EMPTY_MESSAGE = lazy_gettext("Enter your code, like 7KQX-4M2P-9HTW")
FORMAT_MESSAGE = lazy_gettext(
    "Enter your code in the right format: 12 letters and numbers, like 7KQX-4M2P-9HTW"
)


class CodeForm(FlaskForm):
    """The code a respondent was shown when they saved their answers."""

    code = StringField(lazy_gettext("Your code"), widget=GovTextInput())
    submit = SubmitField(lazy_gettext("Continue"), widget=GovSubmitInput())

    def validate_code(self, field: StringField) -> None:
        if not (field.data or "").strip():
            raise ValidationError(EMPTY_MESSAGE)
        if normalise_code(field.data) is None:
            raise ValidationError(FORMAT_MESSAGE)
