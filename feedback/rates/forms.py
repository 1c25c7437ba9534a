"""Forms for targets (a grid of figures, or a CSV file) and invitation batches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    Field,
    RadioField,
    SelectChoice,
    SelectField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import Length

from feedback.manage.forms import DateInputField, strip
from feedback.models import Audience, Locality
from feedback.rates.invitations import METHODS, NewBatch
from feedback.rates.targets import NegativeCount, TargetKey, parse_count

TARGETS_FILE_MAX_BYTES = 1_000_000
NOTE_MAX = 500


class CountField(Field):
    """A whole number of people typed into a text box ("1,450" is fine); blank gives None.

    `noun` names the figure in error messages, like "the target for North".
    """

    widget = GovTextInput()

    def __init__(self, label: str, noun: str, **kwargs) -> None:
        super().__init__(label, **kwargs)
        self.noun = noun

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else str(self.data)

    def process_formdata(self, valuelist: list[str]) -> None:
        self.data = None
        text = valuelist[0].strip() if valuelist else ""
        if not text:
            return
        try:
            self.data = parse_count(text)
        except NegativeCount:
            raise ValueError(f"{_capitalised(self.noun)} must be 0 or more") from None
        except ValueError:
            raise ValueError(f"Enter {self.noun} as a whole number, like 1450") from None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def target_field_name(key: TargetKey) -> str:
    """The form field of one target figure, like "target_3_all" or "target_3_12"."""
    audience_id, locality_id = key
    return f"target_{audience_id}_{locality_id or 'all'}"


class TargetsForm(FlaskForm):
    """Target populations for each audience: all localities, and each locality (all optional).

    `keys` lists the (audience id, locality id or None) of every field, in order.
    """

    keys: list[TargetKey]
    submit = SubmitField("Save targets", widget=GovSubmitInput())

    def figures(self) -> dict[TargetKey, int]:
        """The figures entered, by (audience id, locality id or None); blanks left out."""
        entered = {key: self[target_field_name(key)].data for key in self.keys}
        return {key: size for key, size in entered.items() if size is not None}


def targets_form(
    audiences: Sequence[Audience],
    localities: Sequence[Locality],
    stored: Mapping[TargetKey, int],
    *,
    bound: bool = True,
) -> TargetsForm:
    """The targets form for these audiences and localities, showing `stored` unless posted
    (`bound`: read the figures posted in this request)."""
    fields = {}
    for audience in audiences:
        for locality in (None, *localities):
            place = locality.name if locality else "all localities"
            key = (audience.id, locality.id if locality else None)
            fields[target_field_name(key)] = CountField(
                f"{audience.name}, {place}",
                noun=f"the target for {audience.name} in {place}",
            )
    form_class = type("SurveyTargetsForm", (TargetsForm,), fields)
    initial = {target_field_name(key): size for key, size in stored.items()}
    form = form_class(data=initial) if bound else form_class(formdata=None, data=initial)
    form.keys = [
        (audience.id, locality.id if locality else None)
        for audience in audiences
        for locality in (None, *localities)
    ]
    return form


class TargetsFileForm(FlaskForm):
    """A CSV file of targets."""

    targets_file = FileField(
        "Upload a CSV file of targets",
        widget=GovFileInput(),
        description="A .csv file smaller than 1 MB.",
        validators=[FileRequired("Select a CSV file of targets")],
    )
    upload = SubmitField("Upload targets", widget=GovSubmitInput())

    def validate_targets_file(self, field: FileField) -> None:
        upload = field.data
        if not (upload.filename or "").lower().endswith(".csv"):
            raise ValidationError("The selected file must be a CSV file (.csv)")
        content = upload.read(TARGETS_FILE_MAX_BYTES + 1)
        if len(content) > TARGETS_FILE_MAX_BYTES:
            raise ValidationError("The selected file must be smaller than 1 MB")
        if not content:
            raise ValidationError("The selected file is empty")
        self.content = content


class InvitationForm(FlaskForm):
    """A batch of invitations. The audience is asked only when the survey has several; with
    one, the batch goes to it."""

    sent_on = DateInputField("Date sent", noun="the date sent")
    invited = CountField("Number invited", noun="the number invited")
    method = RadioField(
        "How were they invited?",
        widget=GovRadioInput(),
        choices=[SelectChoice(value, label) for value, label in METHODS.items()],
        invalid_choice_message="Select how they were invited",
    )
    audience = SelectField(
        "Audience (optional)",
        widget=GovSelect(),
        default="",
        invalid_choice_message="Select an audience from the list",
    )
    locality = SelectField(
        "Locality (optional)",
        widget=GovSelect(),
        default="",
        invalid_choice_message="Select a locality from the list",
    )
    note = TextAreaField(
        "Note (optional)",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            Length(max=NOTE_MAX, message=f"The note must be {NOTE_MAX} characters or fewer")
        ],
    )
    submit = SubmitField("Add invitations", widget=GovSubmitInput())

    def __init__(
        self, audiences: Sequence[Audience], localities: Sequence[Locality], *args, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.audience.choices = [
            SelectChoice("", "All audiences of the survey"),
            *(SelectChoice(str(audience.id), audience.name) for audience in audiences),
        ]
        self.locality.choices = [
            SelectChoice("", "All localities"),
            *(SelectChoice(str(locality.id), locality.name) for locality in localities),
        ]
        self.only_audience = audiences[0].id if len(audiences) == 1 else None
        if len(audiences) < 2:
            del self.audience

    def validate_sent_on(self, field: DateInputField) -> None:
        if field.data is None:
            raise ValidationError("Enter the date the invitations were sent")
        if field.data > date.today():
            raise ValidationError("The date sent must be today or in the past")

    def validate_invited(self, field: CountField) -> None:
        if field.data is None:
            raise ValidationError("Enter the number invited")
        if field.data == 0:
            raise ValidationError("The number invited must be 1 or more")

    def batch(self) -> NewBatch:
        """What was entered, for the services."""
        audience = self.audience.data if "audience" in self else self.only_audience
        return NewBatch(
            sent_on=self.sent_on.data,
            invited=self.invited.data,
            method=self.method.data,
            audience_id=int(audience) if audience else None,
            locality_id=int(self.locality.data) if self.locality.data else None,
            note=self.note.data or "",
        )
