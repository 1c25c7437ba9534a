"""Forms for the settings pages. Field names match the model attributes they change."""

from __future__ import annotations

import re

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovTextInput
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

DESCRIPTION_MAX = 1_000
EMAIL_MAX = 254
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+\Z")


def _strip(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


def _name_field(label: str, what: str, limit: int) -> StringField:
    return StringField(
        label,
        widget=GovTextInput(),
        filters=[_strip],
        validators=[
            DataRequired(f"Enter the {label.lower()} of the {what}"),
            Length(max=limit, message=f"{label} must be {limit:,} characters or fewer"),
        ],
    )


def _description_field(hint: str = "") -> TextAreaField:
    return TextAreaField(
        "Description",
        description=hint,
        widget=GovCharacterCount(),
        filters=[_strip],
        validators=[
            Length(
                max=DESCRIPTION_MAX,
                message=f"Description must be {DESCRIPTION_MAX:,} characters or fewer",
            )
        ],
    )


class AudienceForm(FlaskForm):
    """An audience surveys are written for."""

    name = _name_field("Name", "audience", 120)
    description = _description_field("Who this audience includes, in a sentence or two.")


class LocalityForm(FlaskForm):
    """A part of the local area."""

    name = _name_field("Name", "locality", 120)


class PledgeForm(FlaskForm):
    """A pledge of the Co-Production Charter."""

    title = _name_field("Title", "pledge", 200)
    description = _description_field("What the partnership promises, in plain English.")


class AreaForm(FlaskForm):
    """One of the 13 areas of weakness."""

    name = _name_field("Name", "area of weakness", 200)
    description = _description_field("What good looks like in this area.")


class GroupForm(FlaskForm):
    """A co-production group."""

    name = _name_field("Name", "group", 200)
    description = _description_field("Who the group is and how it works with the partnership.")
    contact_email = StringField(
        "Contact email (optional)",
        description="A shared inbox for the group, not a personal address.",
        widget=GovTextInput(),
        filters=[_strip],
        validators=[
            Optional(),
            Length(max=EMAIL_MAX, message=f"Contact email must be {EMAIL_MAX} characters or fewer"),
            Regexp(
                EMAIL_PATTERN,
                message="Enter an email address in the correct format, like name@example.org",
            ),
        ],
    )


FORMS: dict[str, type[FlaskForm]] = {
    "audiences": AudienceForm,
    "localities": LocalityForm,
    "pledges": PledgeForm,
    "areas": AreaForm,
    "groups": GroupForm,
}
"""The form for each kind of reference data, by the kind's slug."""
