"""Forms for actions: the action itself (both halves and its co-production record) and updates.

Whether "we did", the owner and the status are complete is checked when the action is published
(`feedback.actions.rules.publish_problems`), so a draft can be saved half-written.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput

from feedback.actions.rules import REASON_NEEDED, STATUS_NEEDED, due_date_problem
from feedback.actions.services import MAX_QUOTES, ActionDetails
from feedback.coproduction.forms import CoproductionRecordForm
from feedback.manage.forms import DateInputField, strip
from feedback.models import OWNER_LABELS, ActionStatus, Owner

TITLE_MAX = 200
TEXT_MAX = 5_000
QUOTE_MAX = 1_000
URL_MAX = 500

STATUS_CHOICES = [SelectChoice(status.value, status.label) for status in ActionStatus]
OWNER_CHOICES = [SelectChoice(owner.value, label) for owner, label in OWNER_LABELS.items()]
BAD_URL = "Enter a web address starting with http:// or https://, like https://www.example.org"


def _text_area(label: str, noun: str, limit: int = TEXT_MAX, required: str | None = None):
    validators = [DataRequired(required)] if required else []
    validators.append(Length(max=limit, message=f"{noun} must be {limit:,} characters or fewer"))
    return TextAreaField(label, widget=GovTextArea(), filters=[strip], validators=validators)


def _checkboxes(label: str, noun: str) -> SelectMultipleField:
    message = f"Select {noun} from the list"
    return SelectMultipleField(
        label,
        widget=GovCheckboxesInput(),
        option_widget=CheckboxInput(),
        coerce=int,
        invalid_choice_message=message,
        invalid_value_message=message,
    )


def _status_radios() -> RadioField:
    return RadioField(
        "What is its status?",
        widget=GovRadioInput(),
        choices=STATUS_CHOICES,
        validators=[DataRequired(STATUS_NEEDED)],
        invalid_choice_message=STATUS_NEEDED,
    )


def quote_lines(text: str | None) -> list[str]:
    """The example comments typed one to a line, blank lines left out."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def is_web_address(text: str) -> bool:
    """True for an absolute http or https address with a host."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text


class ActionForm(CoproductionRecordForm):
    """Both halves of an action, its links, example comments and co-production record.

    `today` and the stored due date and status (`was`) decide the due-date rule: a date in the
    past is refused unless the action is done, whenever the date or the status is new.
    """

    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a title for the action"),
            Length(max=TITLE_MAX, message=f"The title must be {TITLE_MAX} characters or fewer"),
        ],
    )
    you_said = _text_area("You said", "‘You said’", required="Enter what people said (‘You said’)")
    themes = _checkboxes("Which themes does it answer? (optional)", "themes")
    surveys = _checkboxes("Which surveys did people say it in? (optional)", "surveys")
    pledges = _checkboxes("Which Charter pledges does it keep? (optional)", "pledges")
    areas = _checkboxes("Which areas of weakness does it address? (optional)", "areas")
    quotes = TextAreaField("Example comments (optional)", widget=GovTextArea())
    we_did = _text_area("We did", "‘We did’")
    owner = RadioField(
        "Which organisation owns it?",
        widget=GovRadioInput(),
        choices=OWNER_CHOICES,
        validators=[Optional()],
        invalid_choice_message="Select the organisation from the list",
    )
    status = _status_radios()
    not_doing_reason = _text_area("Why will it not be done?", "The reason")
    due_on = DateInputField("Due date (optional)", noun="the due date")
    evidence_url = StringField(
        "Link to evidence (optional)",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            Optional(),
            Length(max=URL_MAX, message=f"The link must be {URL_MAX} characters or fewer"),
        ],
    )
    easy_read = _text_area("Easy read summary (optional)", "The easy read summary", 2_000)
    groups = _checkboxes("Which groups are co-producing it?", "groups")
    submit = SubmitField("Save", widget=GovSubmitInput())

    def __init__(
        self,
        *args,
        today: date,
        was: tuple[date | None, ActionStatus | None] = (None, None),
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.was = was

    def groups_taking_part(self) -> bool:
        return bool(self.groups.data)

    def validate_quotes(self, field: TextAreaField) -> None:
        lines = quote_lines(field.data)
        if len(lines) > MAX_QUOTES:
            raise ValidationError(
                f"Enter up to {MAX_QUOTES} example comments, each on its own line"
            )
        for number, line in enumerate(lines, 1):
            if len(line) > QUOTE_MAX:
                raise ValidationError(
                    f"Example comment {number} must be {QUOTE_MAX:,} characters or fewer"
                )

    def validate_not_doing_reason(self, field: TextAreaField) -> None:
        if self.status.data == ActionStatus.NOT_DOING.value and not field.data:
            raise ValidationError(REASON_NEEDED)

    def validate_due_on(self, field: DateInputField) -> None:
        status = ActionStatus(self.status.data) if self.status.data in set(ActionStatus) else None
        if (field.data, status) == self.was:
            return
        if problem := due_date_problem(field.data, status, self.today):
            raise ValidationError(problem)

    def validate_evidence_url(self, field: StringField) -> None:
        if field.data and not is_web_address(field.data):
            raise ValidationError(BAD_URL)

    def details(self) -> ActionDetails:
        """What was entered, for `feedback.actions.services`."""
        status = ActionStatus(self.status.data)
        return ActionDetails(
            title=self.title.data,
            you_said=self.you_said.data or "",
            we_did=self.we_did.data or "",
            easy_read=self.easy_read.data or "",
            owner=Owner(self.owner.data) if self.owner.data else None,
            status=status,
            not_doing_reason=(self.not_doing_reason.data or "")
            if status is ActionStatus.NOT_DOING
            else "",
            due_on=self.due_on.data,
            evidence_url=self.evidence_url.data or "",
            theme_ids=self.themes.data or [],
            survey_ids=self.surveys.data or [],
            pledge_ids=self.pledges.data or [],
            area_ids=self.areas.data or [],
            group_ids=self.groups.data or [],
            quotes=quote_lines(self.quotes.data),
            level=self.chosen_level,
            stages=self.chosen_stages,
        )


class UpdateForm(FlaskForm):
    """A dated entry in the action's log, and the status it leaves the action in."""

    body = _text_area("What has happened?", "The update", required="Enter what has happened")
    status = _status_radios()
    submit = SubmitField("Add update", widget=GovSubmitInput())

    def __init__(self, *args, today: date, due_on: date | None, current: ActionStatus, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.due_on = due_on
        self.current = current

    def validate_status(self, field: RadioField) -> None:
        if field.data not in set(ActionStatus) or field.data == self.current.value:
            return
        if due_date_problem(self.due_on, ActionStatus(field.data), self.today):
            raise ValidationError(
                "The due date has passed, so the status can only change to done. "
                "Change the due date first"
            )
