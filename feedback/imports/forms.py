"""The upload form. Column choices on the preview are plain selects, one per field."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovRadioInput, GovSubmitInput
from wtforms import RadioField, SelectChoice, SubmitField, ValidationError

from feedback.imports.reading import UnreadableFile, check_size, max_bytes
from feedback.imports.services import max_mb
from feedback.models import Channel

CHANNEL_CHOICES = [
    SelectChoice(Channel.IMPORT.value, "From another survey tool, such as SurveyMonkey"),
    SelectChoice(Channel.PAPER.value, "On paper forms"),
    SelectChoice(Channel.EVENT.value, "At an event"),
    SelectChoice(Channel.ONLINE.value, "Online, on another website"),
]


class UploadForm(FlaskForm):
    """A CSV file of responses, and how they were collected."""

    responses_file = FileField(
        "Upload a file of responses",
        widget=GovFileInput(),
        validators=[FileRequired("Select a CSV file of responses")],
    )
    channel = RadioField(
        "How were these responses collected?",
        widget=GovRadioInput(),
        choices=CHANNEL_CHOICES,
        default=Channel.IMPORT.value,
        invalid_choice_message="Select how these responses were collected",
    )
    submit = SubmitField("Upload and check", widget=GovSubmitInput())

    content: bytes = b""

    def validate_responses_file(self, field: FileField) -> None:
        upload = field.data
        if not (upload.filename or "").lower().endswith((".csv", ".txt")):
            raise ValidationError("The selected file must be a CSV file (.csv)")
        self.content = upload.read(max_bytes(max_mb()) + 1)
        try:
            check_size(len(self.content), max_mb())
        except UnreadableFile as unreadable:
            raise ValidationError(str(unreadable)) from None
