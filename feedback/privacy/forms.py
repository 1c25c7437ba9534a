"""The erasure form: a response reference, and a honeypot field people never see."""

from __future__ import annotations

from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import StringField, SubmitField, ValidationError

from feedback.privacy.erasure import normalise_reference

EMPTY_MESSAGE = lazy_gettext("Enter your reference, like K7QX-4M2P")
FORMAT_MESSAGE = lazy_gettext(
    "Enter your reference in the right format: 8 letters and numbers, like K7QX-4M2P"
)
HONEYPOT = "website"
"""The hidden field's name: people leave it blank, form-filling robots fill it in."""


class ReferenceForm(FlaskForm):
    """The reference from the confirmation page of a survey."""

    reference = StringField(
        lazy_gettext("Your reference"),
        widget=GovTextInput(),
        description=lazy_gettext(
            "You were given it on the page that thanked you for your answers, like K7QX-4M2P."
        ),
    )
    website = StringField(lazy_gettext("Leave this blank"))
    submit = SubmitField(lazy_gettext("Continue"), widget=GovSubmitInput())

    def validate_reference(self, field: StringField) -> None:
        if not (field.data or "").strip():
            raise ValidationError(EMPTY_MESSAGE)
        normalised = normalise_reference(field.data)
        if normalised is None:
            raise ValidationError(FORMAT_MESSAGE)
        field.data = normalised

    @property
    def is_robot(self) -> bool:
        """True when the hidden field was filled in."""
        return bool((self.website.data or "").strip())
