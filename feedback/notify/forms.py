"""The sign-up form at the end of a survey: one optional email address."""

from __future__ import annotations

from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import StringField, SubmitField, ValidationError

from feedback.auth.services import normalise_email
from feedback.notify.services import is_email_address

EMPTY_MESSAGE = lazy_gettext("Enter your email address, like name@example.com")
FORMAT_MESSAGE = lazy_gettext("Enter an email address in the correct format, like name@example.com")


def _normalised(value: str | None) -> str | None:
    return normalise_email(value) if isinstance(value, str) else value


def _email_address(_form: FlaskForm, field: StringField) -> None:
    """Checked without marking the field required: signing up is optional."""
    if not field.data:
        raise ValidationError(EMPTY_MESSAGE)
    if not is_email_address(field.data):
        raise ValidationError(FORMAT_MESSAGE)


class FollowUpForm(FlaskForm):
    """An email address to hear what was done about a survey."""

    email = StringField(
        lazy_gettext("Email address"),
        description=lazy_gettext(
            "We will only use it to tell you when we publish what we did about this survey. "
            "It is stored apart from your answers, and you can remove it with one click."
        ),
        widget=GovTextInput(),
        filters=[_normalised],
        validators=[_email_address],
    )
    submit = SubmitField(lazy_gettext("Tell me what happened"), widget=GovSubmitInput())
