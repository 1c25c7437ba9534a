"""Forms for the codebook pages. The queue's buttons post plain fields (see `views`)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovTextArea, GovTextInput
from wtforms import SelectChoice, SelectField, StringField, TextAreaField, ValidationError
from wtforms.validators import DataRequired, InputRequired, Length

from feedback.analysis.codebook import (
    DESCRIPTION_MAX,
    LABEL_MAX,
    PHRASE_MAX,
    ThemeDetails,
    parse_phrases,
)
from feedback.manage.forms import strip
from feedback.models import Area, CodebookTheme

PHRASES_HINT = (
    "One phrase per line, in the words people use, like ‘named contact’. A phrase still counts "
    "when it is negated, so ‘no named contact’ matches ‘named contact’. The service also "
    "learns from the comments people add the theme to."
)


def _area_choices(areas: list[Area]) -> list[SelectChoice]:
    return [SelectChoice("", "Choose an area")] + [
        SelectChoice(area.id, f"{area.number}. {area.name}") for area in areas
    ]


class ThemeForm(FlaskForm):
    """A theme of the codebook: its label, area, description and key phrases."""

    label = StringField(
        "Name of the theme",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the name of the theme"),
            Length(max=LABEL_MAX, message=f"The name must be {LABEL_MAX} characters or fewer"),
        ],
    )
    area = SelectField(
        "Area of the improvement plan",
        widget=GovSelect(),
        coerce=lambda value: int(value) if value not in (None, "") else None,
        validators=[InputRequired("Select the area this theme belongs to")],
        validate_choice=False,
    )
    description = TextAreaField(
        "Description (optional)",
        description="What comments with this theme are about, in a sentence or two.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            Length(
                max=DESCRIPTION_MAX,
                message=f"The description must be {DESCRIPTION_MAX:,} characters or fewer",
            )
        ],
    )
    phrases = TextAreaField(
        "Key phrases (optional)", description=PHRASES_HINT, widget=GovTextArea(), filters=[strip]
    )

    def __init__(self, areas: list[Area], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.area.choices = _area_choices(areas)
        self._area_ids = {area.id for area in areas}

    def validate_area(self, field: SelectField) -> None:
        if field.data not in self._area_ids:
            raise ValidationError("Select the area this theme belongs to")

    def validate_phrases(self, field: TextAreaField) -> None:
        too_long = [
            phrase for phrase in parse_phrases(field.data or "") if len(phrase) > PHRASE_MAX
        ]
        if too_long:
            raise ValidationError(
                f"Each key phrase must be {PHRASE_MAX} characters or fewer: shorten "
                f"‘{too_long[0][:40]}…’"
            )

    def details(self) -> ThemeDetails:
        """What the officer entered."""
        return ThemeDetails(
            label=self.label.data,
            area_id=self.area.data,
            description=self.description.data or "",
            phrases=parse_phrases(self.phrases.data or ""),
        )

    @staticmethod
    def initial(theme: CodebookTheme) -> dict:
        """The form's starting values for an existing theme."""
        return {
            "label": theme.label,
            "area": theme.area_id,
            "description": theme.description,
            "phrases": "\n".join(theme.phrases),
        }


class MergeForm(FlaskForm):
    """Which theme to merge another into."""

    target = SelectField(
        "Merge into",
        widget=GovSelect(),
        validators=[InputRequired("Select the theme to merge into")],
        validate_choice=False,
    )

    def __init__(self, targets: list[CodebookTheme], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.target.choices = [SelectChoice("", "Choose a theme")] + [
            SelectChoice(theme.slug, f"{theme.label} ({theme.area.name})") for theme in targets
        ]
        self._slugs = {theme.slug for theme in targets}

    def validate_target(self, field: SelectField) -> None:
        if field.data not in self._slugs:
            raise ValidationError("Select the theme to merge into")
