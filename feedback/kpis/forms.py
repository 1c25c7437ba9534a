"""Forms for the KPI register, with GOV.UK widgets and error messages."""

from __future__ import annotations

from decimal import Decimal

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    HiddenField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput

from feedback.kpis.entry import ValueProblem, parse_value
from feedback.kpis.importing import NOTE_MAX
from feedback.kpis.register import KpiDetails
from feedback.manage.forms import strip
from feedback.models import KpiDirection, KpiPeriod, KpiSource, KpiUnit

UNITS = [
    SelectChoice(KpiUnit.PERCENT.value, "Percentage"),
    SelectChoice(KpiUnit.COUNT.value, "Count"),
    SelectChoice(KpiUnit.DAYS.value, "Days"),
]
DIRECTIONS = [
    SelectChoice(KpiDirection.UP.value, "Higher is better"),
    SelectChoice(KpiDirection.DOWN.value, "Lower is better"),
]
PERIODS = [
    SelectChoice(KpiPeriod.MONTH.value, "Each month"),
    SelectChoice(KpiPeriod.QUARTER.value, "Each quarter (financial: Q1 is April to June)"),
    SelectChoice(KpiPeriod.YEAR.value, "Each year (financial: April to March)"),
]
SOURCES = [
    SelectChoice(KpiSource.ANSWERS.value, "Worked out from survey answers"),
    SelectChoice(KpiSource.RESPONSE_RATE.value, "Worked out from survey response rates"),
    SelectChoice(KpiSource.ENTERED.value, "Entered or imported each period"),
    SelectChoice(
        KpiSource.THEMES_ANSWERED.value,
        "Worked out from actions: themes in closed surveys with a published response",
    ),
    SelectChoice(
        KpiSource.DAYS_TO_REPLY.value,
        "Worked out from actions: median days from a survey closing to its first response",
    ),
    SelectChoice(
        KpiSource.ACTIONS_OVERDUE.value, "Worked out from actions: open actions past their due date"
    ),
]
NUMBER_NAMES = {
    "target": "target",
    "amber_threshold": "amber threshold",
    "comparator": "comparator",
}
COMPUTED = (KpiSource.ANSWERS.value, KpiSource.RESPONSE_RATE.value)
LOOP_MEASURES = {
    KpiSource.THEMES_ANSWERED.value: (KpiUnit.PERCENT, KpiDirection.UP, "a percentage"),
    KpiSource.DAYS_TO_REPLY.value: (KpiUnit.DAYS, KpiDirection.DOWN, "in days"),
    KpiSource.ACTIONS_OVERDUE.value: (KpiUnit.PERCENT, KpiDirection.DOWN, "a percentage"),
}
"""Closing-the-loop sources: the unit and direction each one's values have."""
NONE_CHOSEN = ""


def _text(label: str, limit: int, required: str | None = None, hint: str = "") -> StringField:
    validators = [DataRequired(required)] if required else [Optional()]
    validators.append(Length(max=limit, message=f"{label} must be {limit:,} characters or fewer"))
    return StringField(
        label, widget=GovTextInput(), filters=[strip], description=hint, validators=validators
    )


def _radios(label: str, choices: list[SelectChoice], message: str) -> RadioField:
    return RadioField(
        label,
        widget=GovRadioInput(),
        choices=choices,
        validators=[DataRequired(message)],
        invalid_choice_message=message,
    )


def _number(label: str, hint: str = "") -> StringField:
    return StringField(label, widget=GovTextInput(), filters=[strip], description=hint)


def _optional_id(value: str | None) -> int | None:
    return int(value) if value else None


class KpiForm(FlaskForm):
    """A KPI's definition, owner, unit, direction, period, source, target and thresholds."""

    name = _text("Name", 200, "Enter the name of the KPI")
    definition = TextAreaField(
        "Definition",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter what the KPI measures and how"),
            Length(max=2_000, message="Definition must be 2,000 characters or fewer"),
        ],
    )
    owner = _text("Owner", 200, "Enter who owns the KPI")
    area = SelectField("Area of weakness (optional)", widget=GovSelect(), validate_choice=True)
    unit = _radios("What does it measure?", UNITS, "Select what the KPI measures")
    direction = _radios("Which way is better?", DIRECTIONS, "Select which way is better")
    period = _radios("How often is it measured?", PERIODS, "Select how often it is measured")
    source = _radios("Where do its values come from?", SOURCES, "Select where its values come from")
    audience = SelectField("Audience (optional)", widget=GovSelect(), validate_choice=True)
    target = _number("Target (optional)")
    amber_threshold = _number("Amber threshold (optional)")
    comparator = _number("Comparator (optional)")
    comparator_label = _text("What the comparator is (optional)", 200)
    submit = SubmitField("Save", widget=GovSubmitInput())

    def __init__(self, *args, areas=(), audiences=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.area.choices = [SelectChoice(NONE_CHOSEN, "None"), *areas]
        self.audience.choices = [SelectChoice(NONE_CHOSEN, "Any audience"), *audiences]
        self.numbers: dict[str, Decimal | None] = {}

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        unit = KpiUnit(self.unit.data) if self.unit.data in set(KpiUnit) else None
        if unit is not None:
            valid = self._read_numbers(unit) and valid
        if self.source.data in COMPUTED and unit not in (None, KpiUnit.PERCENT):
            self.unit.errors.append("A KPI worked out from surveys is a percentage")
            valid = False
        valid = self._check_loop_measure(unit) and valid
        if self.comparator.data and not self.comparator_label.data:
            self.comparator_label.errors.append(
                "Say what the comparator is, like ‘National average, 2024’"
            )
            valid = False
        return valid

    def _check_loop_measure(self, unit: KpiUnit | None) -> bool:
        """A closing-the-loop KPI keeps the unit and direction its values have."""
        if self.source.data not in LOOP_MEASURES:
            return True
        needed_unit, needed_direction, words = LOOP_MEASURES[self.source.data]
        valid = True
        if unit not in (None, needed_unit):
            self.unit.errors.append(f"This KPI, worked out from actions, is {words}")
            valid = False
        if self.direction.data and self.direction.data != needed_direction.value:
            better = "Higher" if needed_direction == KpiDirection.UP else "Lower"
            self.direction.errors.append(
                f"Select ‘{better} is better’: that is the good direction for this KPI"
            )
            valid = False
        return valid

    def _read_numbers(self, unit: KpiUnit) -> bool:
        valid = True
        for field in (self.target, self.amber_threshold, self.comparator):
            try:
                number = (
                    parse_value(field.data, unit, NUMBER_NAMES[field.name]) if field.data else None
                )
            except ValueProblem as problem:
                field.errors.append(str(problem))
                valid = False
            else:
                self.numbers[field.name] = number
        target, amber = self.numbers.get("target"), self.numbers.get("amber_threshold")
        if not valid or amber is None:
            return valid
        if target is None:
            self.amber_threshold.errors.append("Enter a target as well as an amber threshold")
            return False
        higher_is_better = self.direction.data == KpiDirection.UP.value
        if (amber > target) if higher_is_better else (amber < target):
            side = "at or below" if higher_is_better else "at or above"
            self.amber_threshold.errors.append(f"The amber threshold must be {side} the target")
            return False
        return True

    def details(self) -> KpiDetails:
        """What was entered, for `feedback.kpis.register`."""
        return KpiDetails(
            name=self.name.data,
            definition=self.definition.data,
            owner=self.owner.data,
            unit=KpiUnit(self.unit.data),
            direction=KpiDirection(self.direction.data),
            period=KpiPeriod(self.period.data),
            source=KpiSource(self.source.data),
            target=self.numbers["target"],
            amber_threshold=self.numbers["amber_threshold"],
            comparator=self.numbers["comparator"],
            comparator_label=(self.comparator_label.data or "")
            if self.numbers["comparator"]
            else "",
            area_id=_optional_id(self.area.data),
            audience_id=_optional_id(self.audience.data),
        )


class KeyForm(FlaskForm):
    """Step 1 of a survey rule: the question key (sent by GET, so without a CSRF token)."""

    class Meta:
        csrf = False

    key = SelectField("Which question?", widget=GovSelect(), validate_choice=True, filters=[strip])


class PositiveForm(FlaskForm):
    """Step 2 of a survey rule: which answers to the question count as positive."""

    key = HiddenField()
    positive = SelectMultipleField(
        "Which answers count as positive?",
        widget=GovCheckboxesInput(),
        option_widget=CheckboxInput(),
        invalid_choice_message="Select answers from the list",
        invalid_value_message="Select answers from the list",
    )
    submit = SubmitField("Save the rule", widget=GovSubmitInput())

    def validate_positive(self, field: SelectMultipleField) -> None:
        if not field.data:
            raise ValidationError("Select at least one answer that counts as positive")


class ValueForm(FlaskForm):
    """A value of an entered KPI for one period."""

    period = SelectField("Period", widget=GovSelect(), validate_choice=True)
    value = _number("Value")
    note = TextAreaField(
        "Note (optional)",
        widget=GovTextArea(),
        filters=[strip],
        description="Where the figure comes from, or anything the board should know.",
        validators=[Length(max=NOTE_MAX, message=f"Note must be {NOTE_MAX:,} characters or fewer")],
    )
    submit = SubmitField("Save value", widget=GovSubmitInput())

    def __init__(self, *args, unit: KpiUnit, periods=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.period.choices = list(periods)
        self.number: Decimal | None = None

    def validate_value(self, field: StringField) -> None:
        try:
            self.number = parse_value(field.data or "", self.unit)
        except ValueProblem as problem:
            raise ValidationError(str(problem)) from None


class ImportForm(FlaskForm):
    """A CSV file of KPI values."""

    values_file = FileField(
        "Upload a CSV file",
        widget=GovFileInput(),
        validators=[FileRequired("Select a CSV file of KPI values")],
    )
    submit = SubmitField("Check the file", widget=GovSubmitInput())


class ConfirmImportForm(FlaskForm):
    """The checked file's text, sent back to import it."""

    content = HiddenField()
    submit = SubmitField("Import these values", widget=GovSubmitInput())
