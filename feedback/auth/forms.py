"""Forms for signing in, two-factor codes and changing a password."""

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import EqualTo, InputRequired


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField(
        "Email address",
        widget=GovTextInput(),
        validators=[InputRequired(message="Enter your email address")],
    )
    password = PasswordField(
        "Password",
        widget=GovPasswordInput(),
        validators=[InputRequired(message="Enter your password")],
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class CodeForm(FlaskForm):
    """The 6-digit code from an authenticator app."""

    code = StringField(
        "Code from your authenticator app",
        widget=GovTextInput(),
        validators=[InputRequired(message="Enter the 6-digit code from your authenticator app")],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class PasswordCheckForm(FlaskForm):
    """The current password, to confirm a change to the account's security."""

    current = PasswordField(
        "Your current password",
        widget=GovPasswordInput(),
        validators=[InputRequired(message="Enter your current password")],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class ChangePasswordForm(PasswordCheckForm):
    """The current password and a new one, typed twice."""

    password = PasswordField(
        "New password",
        widget=GovPasswordInput(),
        validators=[InputRequired(message="Enter a new password")],
    )
    confirm = PasswordField(
        "Type the new password again",
        widget=GovPasswordInput(),
        validators=[
            InputRequired(message="Enter the new password again"),
            EqualTo("password", message="The passwords do not match: type the same password twice"),
        ],
    )
    submit = SubmitField("Change password", widget=GovSubmitInput())
