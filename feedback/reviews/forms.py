"""Forms for review rounds: starting one, commenting, answering a comment and signing off.

Choice fields are filled in by the views; messages that depend on the data (a blank comment, a
reason, a group the user is not in) come from `feedback.reviews.services` as `ReviewError`.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
)
from wtforms import (
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, ValidationError
from wtforms.widgets import CheckboxInput

from feedback.manage.forms import strip
from feedback.models import Resolution
from feedback.reviews.services import BLANK_COMMENT, blank_reason

TEXT_MAX = 5_000
WHOLE_SURVEY = 0
"""The question choice that means the comment is about the whole draft."""


def _text_area(label: str, noun: str, required: str | None = None) -> TextAreaField:
    validators = [Length(max=TEXT_MAX, message=f"{noun} must be {TEXT_MAX:,} characters or fewer")]
    if required:
        validators.insert(0, DataRequired(required))
    return TextAreaField(label, widget=GovTextArea(), filters=[strip], validators=validators)


def _group_radios(label: str, message: str) -> RadioField:
    return RadioField(
        label,
        widget=GovRadioInput(),
        coerce=int,
        invalid_choice_message=message,
        invalid_value_message=message,
    )


class StartRoundForm(FlaskForm):
    """The groups a new round is open to, and a note for them."""

    groups = SelectMultipleField(
        "Which groups should review it?",
        widget=GovCheckboxesInput(),
        option_widget=CheckboxInput(),
        coerce=int,
        invalid_choice_message="Select groups from the list",
        invalid_value_message="Select groups from the list",
    )
    note = _text_area("A note for the reviewers (optional)", "The note")
    submit = SubmitField("Start the review", widget=GovSubmitInput())


class CommentForm(FlaskForm):
    """A comment on the draft or one of its questions, with any suggested wording."""

    group = _group_radios("Which group are you commenting for?", "Select one of your groups")
    question = SelectField(
        "What is your comment about?",
        widget=GovSelect(),
        coerce=int,
        default=WHOLE_SURVEY,
        invalid_choice_message="Select a question from the list",
    )
    body = _text_area("Your comment", "Your comment", required=BLANK_COMMENT)
    suggested_wording = _text_area("Suggested wording (optional)", "The suggested wording")
    submit = SubmitField("Send comment", widget=GovSubmitInput())


class ResolveForm(FlaskForm):
    """Whether the author accepted a comment, and why."""

    resolution = RadioField(
        "Did you accept the comment?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice(Resolution.ACCEPTED.value, "Accepted: we changed the draft"),
            SelectChoice(Resolution.DECLINED.value, "Declined: we kept the draft as it was"),
        ],
        invalid_choice_message="Select whether you accepted or declined the comment",
    )
    reason = _text_area("Why?", "The reason")
    submit = SubmitField("Save answer", widget=GovSubmitInput())

    def validate_reason(self, field: TextAreaField) -> None:
        if not field.data:
            chosen = next((r for r in Resolution if r.value == self.resolution.data), None)
            raise ValidationError(blank_reason(chosen))


class SignOffForm(FlaskForm):
    """Signing a round off for one of the user's groups, with any objection on record."""

    group = _group_radios("Which group are you signing off for?", "Select one of your groups")
    objection = _text_area("Anything you object to (optional)", "The objection")
    submit = SubmitField("Sign off", widget=GovSubmitInput())
