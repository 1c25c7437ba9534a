"""Forms for building surveys, with GOV.UK widgets and error messages."""

from __future__ import annotations

from datetime import date

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovDateInput,
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    Field,
    Form,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput

from feedback.manage.services import RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN, SurveyDetails
from surveys.rules import TITLE_MAX
from surveys.types import QUESTION_TYPES

IMPORT_MAX_BYTES = 1_000_000
YES_NO = [SelectChoice("yes", "Yes"), SelectChoice("no", "No")]


def strip(value: str | None) -> str | None:
    """Leading and trailing spaces never count."""
    return value.strip() if isinstance(value, str) else value


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class DateInputField(Field):
    """An optional date typed into GOV.UK day, month and year boxes.

    `noun` names the date in error messages, like "the opening date".
    """

    widget = GovDateInput()

    def __init__(self, label: str, noun: str, **kwargs) -> None:
        super().__init__(label, **kwargs)
        self.noun = noun

    def _value(self) -> str:
        return self.data.isoformat() if self.data else ""

    def process_formdata(self, valuelist: list[str]) -> None:
        parts = [value.strip() for value in valuelist[:3]]
        parts += [""] * (3 - len(parts))
        self.raw_data = parts
        self.data = None
        if not any(parts):
            return
        missing = [
            name for name, part in zip(("day", "month", "year"), parts, strict=True) if not part
        ]
        if missing:
            raise ValueError(f"{_capitalised(self.noun)} must include a {' and a '.join(missing)}")
        if not all(part.isascii() and part.isdigit() for part in parts):
            raise ValueError(f"{_capitalised(self.noun)} must be a real date")
        if len(parts[2]) != 4:
            raise ValueError(f"The year of {self.noun} must include 4 numbers")
        day, month, year = (int(part) for part in parts)
        try:
            self.data = date(year, month, day)
        except ValueError:
            raise ValueError(f"{_capitalised(self.noun)} must be a real date") from None


def _checkboxes(label: str, **kwargs) -> SelectMultipleField:
    return SelectMultipleField(
        label, widget=GovCheckboxesInput(), option_widget=CheckboxInput(), **kwargs
    )


def error_summary(form: Form, extra: list[dict] | None = None) -> dict:
    """Parameters for govukErrorSummary: each field's first error, linked to its first input."""
    items = []
    for field in form:
        if field.errors:
            target = f"{field.id}-day" if isinstance(field, DateInputField) else field.id
            items.append({"text": field.errors[0], "href": f"#{target}"})
    return {"titleText": "There is a problem", "errorList": items + (extra or [])}


def has_errors(form: Form) -> bool:
    """True when any field has an error (without caching `form.errors`)."""
    return any(field.errors for field in form)


def add_error(form: Form, name: str, message: str) -> None:
    """Give field `name` an error, unless it already has one (its first error is the one shown)."""
    field = form[name]
    if not field.errors:
        field.errors = [*field.errors, message]


# Surveys -------------------------------------------------------------------------------------


def retention_months(raw: str | None) -> int:
    """A retention period typed as a whole number of months; ValidationError otherwise."""
    if not raw:
        raise ValidationError("Enter how many months to keep written answers and contact details")
    if not (raw.isascii() and raw.isdigit()):
        raise ValidationError("Enter the number of months as a whole number, like 24")
    months = int(raw)
    if not RETENTION_MIN <= months <= RETENTION_MAX:
        raise ValidationError(
            f"Enter a number of months between {RETENTION_MIN} and {RETENTION_MAX}"
        )
    return months


class SurveyDetailsForm(FlaskForm):
    """A survey's title, wording, audiences, groups and dates."""

    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a title for the survey"),
            Length(max=TITLE_MAX, message=f"The title must be {TITLE_MAX} characters or fewer"),
        ],
    )
    purpose = TextAreaField(
        "What is the survey for? (optional)",
        widget=GovTextArea(),
        filters=[strip],
        description="Respondents read this before they start.",
    )
    what_happens_next = TextAreaField(
        "What happens to the answers? (optional)",
        widget=GovTextArea(),
        filters=[strip],
        description="Say who will read the answers and how people will hear what changed.",
    )
    audiences = _checkboxes(
        "Who is the survey for?",
        coerce=int,
        description="Select all that apply.",
        invalid_choice_message="Select audiences from the list",
        invalid_value_message="Select audiences from the list",
    )
    groups = _checkboxes(
        "Which groups are writing it with you (co-authors)?",
        coerce=int,
        invalid_choice_message="Select groups from the list",
        invalid_value_message="Select groups from the list",
    )
    reviewer_groups = _checkboxes(
        "Which groups are reviewing it?",
        coerce=int,
        invalid_choice_message="Select groups from the list",
        invalid_value_message="Select groups from the list",
    )
    opens_on = DateInputField("Opening date (optional)", noun="the opening date")
    closes_on = DateInputField("Closing date (optional)", noun="the closing date")
    ask_locality = RadioField(
        "Ask respondents which part of the area they live in?",
        widget=GovRadioInput(),
        choices=YES_NO,
        default="yes",
        invalid_choice_message="Select yes if respondents should be asked where they live",
    )
    young_people_mode = RadioField(
        "Use young people’s mode?",
        widget=GovRadioInput(),
        choices=YES_NO,
        default="no",
        invalid_choice_message="Select yes if the survey should use young people’s mode",
    )
    retention_months = StringField(
        "How long to keep written answers and contact details after the survey closes",
        widget=GovTextInput(),
        filters=[strip],
        default=str(RETENTION_DEFAULT),
    )
    submit = SubmitField("Save and continue", widget=GovSubmitInput())

    def __init__(self, *args, groups_required: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.groups_required = groups_required

    def validate_audiences(self, field: SelectMultipleField) -> None:
        if not field.data:
            raise ValidationError("Select at least one audience")

    def validate_groups(self, field: SelectMultipleField) -> None:
        if self.groups_required and not (field.data or self.reviewer_groups.data):
            raise ValidationError("Select at least one of your groups")

    def validate_reviewer_groups(self, field: SelectMultipleField) -> None:
        if set(field.data or ()) & set(self.groups.data or ()):
            raise ValidationError(
                "Select each group once: as a co-author or as a reviewer, not both"
            )

    def validate_closes_on(self, field: DateInputField) -> None:
        opens_on = self.opens_on.data
        if opens_on and field.data and field.data < opens_on:
            raise ValidationError("The closing date must be the same as or after the opening date")

    def validate_retention_months(self, field: StringField) -> None:
        field.data = str(retention_months(field.data))

    def details(self) -> SurveyDetails:
        """What was entered, for the services."""
        return SurveyDetails(
            title=self.title.data,
            purpose=self.purpose.data or "",
            what_happens_next=self.what_happens_next.data or "",
            audience_ids=self.audiences.data or [],
            group_ids=self.groups.data or [],
            reviewer_group_ids=self.reviewer_groups.data or [],
            opens_on=self.opens_on.data,
            closes_on=self.closes_on.data,
            ask_locality=self.ask_locality.data == "yes",
            young_people_mode=self.young_people_mode.data == "yes",
            retention_months=int(self.retention_months.data),
        )


class ImportForm(FlaskForm):
    """A survey definition file exported from this or another installation."""

    definition_file = FileField(
        "Upload a survey definition file",
        widget=GovFileInput(),
        description="A .json file downloaded from a survey’s page with ‘Download definition’.",
        validators=[FileRequired("Select a survey definition file to import")],
    )
    submit = SubmitField("Import survey", widget=GovSubmitInput())

    def validate_definition_file(self, field: FileField) -> None:
        upload = field.data
        if not (upload.filename or "").lower().endswith(".json"):
            raise ValidationError("The selected file must be a .json file")
        content = upload.read(IMPORT_MAX_BYTES + 1)
        if len(content) > IMPORT_MAX_BYTES:
            raise ValidationError("The selected file must be smaller than 1 MB")
        try:
            self.text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("The selected file must be saved as UTF-8 text") from None


class ConfirmForm(FlaskForm):
    """A button that confirms an action (the form carries only the CSRF token)."""


class SectionForm(FlaskForm):
    """A section's title."""

    title = StringField(
        "Section title",
        widget=GovTextInput(),
        filters=[strip],
        description="Respondents see it above each question in the section.",
        validators=[
            DataRequired("Enter a title for the section"),
            Length(
                max=TITLE_MAX, message=f"The section title must be {TITLE_MAX} characters or fewer"
            ),
        ],
    )
    submit = SubmitField("Save section", widget=GovSubmitInput())


# Questions -----------------------------------------------------------------------------------


class QuestionTypeForm(FlaskForm):
    """Step 1 of adding a question: what kind of question it is."""

    type = RadioField(
        "What type of question is it?",
        widget=GovRadioInput(),
        choices=[SelectChoice(kind.name, kind.label) for kind in QUESTION_TYPES.values()],
        invalid_choice_message="Select the type of question",
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class QuestionForm(FlaskForm):
    """Step 2: the question itself. Fields a type does not use are removed (`for_type`)."""

    text = TextAreaField(
        "Question",
        widget=GovTextArea(),
        filters=[strip],
        validators=[DataRequired("Enter the question")],
    )
    hint = TextAreaField(
        "Hint (optional)",
        widget=GovTextArea(),
        filters=[strip],
        description="Help shown under the question, like ‘Select all that apply’.",
    )
    easy_read = TextAreaField(
        "Easy read wording (optional)",
        widget=GovTextArea(),
        filters=[strip],
        description="The question again for respondents who choose easy read. Use short "
        "sentences and everyday words, one idea in each sentence, and ask a question rather "
        "than make a statement, like ‘Do people help you to learn?’",
    )
    picture = FileField(
        "Picture or symbol (optional)",
        widget=GovFileInput(),
        description="Shown next to the question to help people understand it. A PNG, JPEG, "
        "GIF or WebP file.",
    )
    picture_alt = StringField(
        "Alt text for the picture",
        widget=GovTextInput(),
        filters=[strip],
        description="Say what the picture shows, for people who cannot see it, like ‘A child "
        "putting up their hand in class’. Needed when there is a picture.",
    )
    remove_picture = BooleanField("Remove the picture", widget=GovCheckboxInput())
    options = TextAreaField(
        "Answer options",
        widget=GovTextArea(),
        description="Put each option on its own line. Changing an option’s words makes it a new "
        "option, so keep the words the same if the meaning has not changed.",
    )
    allow_other = BooleanField("Add an ‘Other, please specify’ option", widget=GovCheckboxInput())
    minimum = StringField(
        "Lowest number allowed (optional)", widget=GovTextInput(), filters=[strip]
    )
    maximum = StringField(
        "Highest number allowed (optional)", widget=GovTextInput(), filters=[strip]
    )
    required = RadioField(
        "Do respondents have to answer it?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("yes", "Yes, an answer is needed"),
            SelectChoice("no", "No, it is optional"),
        ],
        default="yes",
        invalid_choice_message="Select whether respondents have to answer it",
    )
    asked = RadioField(
        "When should it be asked?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("always", "Always ask"),
            SelectChoice("if", "Only ask this question if…"),
        ],
        default="always",
        invalid_choice_message="Select when the question should be asked",
    )
    condition_answer = SelectField(
        "Which earlier answer decides it?", widget=GovSelect(), validate_choice=False
    )
    condition_operator = RadioField(
        "Ask this question if the respondent",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("is", "gave that answer (is)"),
            SelectChoice("is_not", "did not give that answer (is not)"),
        ],
        default="is",
        invalid_choice_message="Select whether to ask it if the respondent gave that answer",
    )
    pledges = _checkboxes("Which Charter pledges does it measure? (optional)")
    areas = _checkboxes("Which areas of weakness does it measure? (optional)")
    key = StringField(
        "Question key (optional)",
        widget=GovTextInput(),
        filters=[strip],
        description="The key is used to compare answers to the same question across waves of a "
        "survey, so keep it when you copy the survey. Leave it blank to make one from the "
        "question. Use lowercase letters, numbers and hyphens.",
    )
    submit = SubmitField("Save question", widget=GovSubmitInput())

    def for_type(
        self,
        *,
        custom_options: bool,
        number_range: bool,
        conditions: list[SelectChoice],
        pledges: list[SelectChoice],
        areas: list[SelectChoice],
        has_picture: bool = False,
    ) -> QuestionForm:
        """Keep only the fields this type of question uses, and fill in the choices."""
        if not has_picture:
            del self.remove_picture
        if not custom_options:
            del self.options
            del self.allow_other
        if not number_range:
            del self.minimum
            del self.maximum
        if conditions:
            self.condition_answer.choices = [SelectChoice("", "Select an answer"), *conditions]
        else:
            del self.asked
            del self.condition_answer
            del self.condition_operator
        self.pledges.choices = pledges
        self.areas.choices = areas
        return self
