"""Forms for the administrators' account pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput
from wtforms import RadioField, SelectChoice
from wtforms.validators import DataRequired

from feedback.models import Role

ROLE_NEEDED = "Select a role"


class RoleForm(FlaskForm):
    """A new role for an account."""

    role = RadioField(
        "Role",
        widget=GovRadioInput(),
        choices=[SelectChoice(role.value, role.label) for role in Role],
        validators=[DataRequired(ROLE_NEEDED)],
        invalid_choice_message=ROLE_NEEDED,
    )


class ConfirmForm(FlaskForm):
    """Nothing to fill in: a button, with CSRF protection."""
