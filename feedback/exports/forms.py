"""Forms of the API token pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from feedback.api.tokens import NAME_MAX


def _strip(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


class TokenForm(FlaskForm):
    """A new API token's name."""

    name = StringField(
        "Name of the new token",
        description="Say what will use it, so you know what stops working if you revoke it. "
        "For example, ‘Power BI board dashboard’.",
        widget=GovTextInput(),
        filters=[_strip],
        validators=[
            DataRequired("Enter a name for the token"),
            Length(max=NAME_MAX, message=f"The name must be {NAME_MAX} characters or fewer"),
        ],
    )
