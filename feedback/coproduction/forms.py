"""The co-production record form: the level reached and the stages families took part in.

`CoproductionRecordForm` is used on its own for a survey, and as a base class for the action
form (subclass it and add fields; its field names `level` and `stages` stay). Render its two
fields with the `record_fields` macro in coproduction/_record_fields.html.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSubmitInput,
)
from wtforms import RadioField, SelectChoice, SelectMultipleField, SubmitField
from wtforms.validators import Optional
from wtforms.widgets import CheckboxInput

from feedback.coproduction.record import (
    LEVEL_HINTS,
    LEVEL_NAMES,
    STAGE_HINTS,
    STAGE_NAMES,
    Recorded,
)
from feedback.models.coproduction import Level, Stage

NOT_RECORDED = ""
NEEDS_GROUPS = frozenset({Level.ENGAGE, Level.CO_PRODUCE})
"""Levels that mean families worked on it: the record must name a group and a stage."""

LEVEL_CHOICES = [
    *(SelectChoice(level.value, LEVEL_NAMES[level]) for level in Level),
    SelectChoice(NOT_RECORDED, "Not recorded"),
]
STAGE_CHOICES = [SelectChoice(stage.value, STAGE_NAMES[stage].capitalize()) for stage in Stage]
LEVEL_ITEM_HINTS = [*(LEVEL_HINTS[level] for level in Level), "Clear the record."]
STAGE_ITEM_HINTS = [STAGE_HINTS[stage] for stage in Stage]

MESSAGES = {
    "level": "Select the level families reached",
    "stages": "Select the stages families took part in",
    "groups": "Engage and co-produce need at least one group that took part",
}


class LevelField(RadioField):
    """Radios for the level: a submitted form with none chosen means not recorded."""

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist:
            self.data = NOT_RECORDED
            return
        super().process_formdata(valuelist)


def record_data(subject: Recorded) -> dict:
    """The subject's record as form data, to pass as `data=` when building the form."""
    level = subject.coproduction_level
    return {
        "level": level.value if level else NOT_RECORDED,
        "stages": [stage.value for stage in subject.stages],
    }


class CoproductionRecordForm(FlaskForm):
    """The level on the ladder (radios, each rung explained) and the stages (checkboxes).

    Validation: engage or co-produce needs at least one group (see `groups_taking_part`) and
    one stage; stages need a level. Build it with `data=record_data(subject)` and pass
    `has_groups=` (whether the subject has groups); a subclass that chooses groups on the same
    form overrides `groups_taking_part` instead. `no_groups_message` says where to add groups.
    """

    level = LevelField(
        "How far were families involved?",
        widget=GovRadioInput(),
        choices=LEVEL_CHOICES,
        default=NOT_RECORDED,
        validators=[Optional()],
        invalid_choice_message=MESSAGES["level"],
    )
    stages = SelectMultipleField(
        "At which stages did families take part?",
        widget=GovCheckboxesInput(),
        option_widget=CheckboxInput(),
        choices=STAGE_CHOICES,
        description="Select all that apply.",
        invalid_choice_message="Select stages from the list",
        invalid_value_message="Select stages from the list",
    )
    submit = SubmitField("Save the record", widget=GovSubmitInput())

    def __init__(
        self, *args, has_groups: bool = False, no_groups_message: str | None = None, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.has_groups = has_groups
        self.no_groups_message = no_groups_message or MESSAGES["groups"]

    def groups_taking_part(self) -> bool:
        """Whether at least one group took part (override when the form chooses the groups)."""
        return self.has_groups

    @property
    def chosen_level(self) -> Level | None:
        """The level chosen, or None for not recorded."""
        return Level(self.level.data) if self.level.data else None

    @property
    def chosen_stages(self) -> list[Stage]:
        """The stages chosen, in the order work happens."""
        chosen = set(self.stages.data or [])
        return [stage for stage in Stage if stage.value in chosen]

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.level.errors or self.stages.errors:
            return False
        level, stages = self.chosen_level, self.chosen_stages
        if level is None and stages:
            self.level.errors.append(MESSAGES["level"])
            return False
        if level in NEEDS_GROUPS:
            if not stages:
                self.stages.errors.append(MESSAGES["stages"])
                valid = False
            if not self.groups_taking_part():
                self.level.errors.append(self.no_groups_message)
                valid = False
        return valid

    def apply_record(self, subject: Recorded) -> None:
        """Write the chosen level and stages to a survey or an action (the caller commits)."""
        subject.coproduction_level = self.chosen_level
        subject.stages = self.chosen_stages

    def level_params(self) -> dict:
        """GOV.UK radio parameters giving each rung of the ladder its hint."""
        return {
            "fieldset": {
                "legend": {"text": self.level.label.text, "classes": "govuk-fieldset__legend--m"}
            },
            "hint": {"text": "The highest rung of the ladder families reached."},
            "items": [{"hint": {"text": hint}} for hint in LEVEL_ITEM_HINTS],
        }

    def stages_params(self) -> dict:
        """GOV.UK checkbox parameters giving each stage its hint."""
        return {
            "fieldset": {
                "legend": {"text": self.stages.label.text, "classes": "govuk-fieldset__legend--m"}
            },
            "hint": {"text": self.stages.description},
            "items": [{"hint": {"text": hint}} for hint in STAGE_ITEM_HINTS],
        }
