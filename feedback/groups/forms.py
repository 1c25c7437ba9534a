"""Forms for a group's contact details, inviting members and accepting an invitation."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovTextInput
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, Optional, Regexp

from feedback.auth.services import MIN_PASSWORD_LENGTH
from feedback.manage.forms import strip
from feedback.settings.forms import EMAIL_MAX, EMAIL_PATTERN

NAME_MAX = 200
PHONE_MAX = 40
PHONE_PATTERN = r"\A\+?[0-9][0-9 ]*\Z"
EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.org"


def _email_field(label: str, *required) -> StringField:
    return StringField(
        label,
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            *required,
            Length(
                max=EMAIL_MAX, message=f"The email address must be {EMAIL_MAX} characters or fewer"
            ),
            Regexp(EMAIL_PATTERN, message=EMAIL_FORMAT),
        ],
    )


def _name_field(label: str, *required) -> StringField:
    return StringField(
        label,
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            *required,
            Length(max=NAME_MAX, message=f"The name must be {NAME_MAX} characters or fewer"),
        ],
    )


class ContactForm(FlaskForm):
    """Who to contact about a group: every field optional."""

    contact_name = _name_field("Contact name (optional)", Optional())
    contact_email = _email_field("Contact email (optional)", Optional())
    contact_phone = StringField(
        "Contact phone (optional)",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            Optional(),
            Length(
                max=PHONE_MAX, message=f"The phone number must be {PHONE_MAX} characters or fewer"
            ),
            Regexp(
                PHONE_PATTERN,
                message="Enter a phone number using only numbers, spaces and a + at the start, "
                "like 01632 960 001 or +44 1632 960 001",
            ),
        ],
    )


class InviteForm(FlaskForm):
    """The name and email of someone to invite to a group."""

    name = _name_field("Name", DataRequired("Enter the name of the person to invite"))
    email = _email_field(
        "Email address", DataRequired("Enter the email address of the person to invite")
    )


class AcceptForm(FlaskForm):
    """A password, typed twice, to accept an invitation."""

    password = PasswordField(
        "Create a password",
        widget=GovPasswordInput(),
        validators=[
            InputRequired("Enter a password"),
            Length(
                min=MIN_PASSWORD_LENGTH,
                message=f"Your password must be at least {MIN_PASSWORD_LENGTH} characters",
            ),
        ],
    )
    confirm = PasswordField(
        "Type the password again",
        widget=GovPasswordInput(),
        validators=[
            InputRequired("Enter your password again"),
            EqualTo("password", message="The passwords do not match: type the same password twice"),
        ],
    )
