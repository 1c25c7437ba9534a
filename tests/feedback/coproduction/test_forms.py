"""The record form as another form reuses it: a subclass that chooses its groups itself."""

from types import SimpleNamespace

from werkzeug.datastructures import MultiDict
from wtforms import SelectChoice, SelectMultipleField

from feedback.coproduction.forms import CoproductionRecordForm, record_data
from feedback.models import Level, Stage


class ActionLikeForm(CoproductionRecordForm):
    """Like the action form: the groups are chosen on the same form."""

    groups = SelectMultipleField("Groups", choices=[SelectChoice("1", "Parent Carer Forum")])

    def groups_taking_part(self) -> bool:
        return bool(self.groups.data)


def _form(app, form_class, data: dict, **kwargs):
    with app.test_request_context(method="POST", data=MultiDict(data)):
        form = form_class(**kwargs)
        return form, form.validate()


def test_a_subclass_checks_the_groups_chosen_on_the_same_form(app):
    form, valid = _form(app, ActionLikeForm, {"level": "co_produce", "stages": ["reply"]})
    assert not valid
    assert form.level.errors == ["Engage and co-produce need at least one group that took part"]

    data = {"level": "co_produce", "stages": ["reply", "idea"], "groups": ["1"]}
    form, valid = _form(app, ActionLikeForm, data)
    assert valid
    action = SimpleNamespace(coproduction_level=None, stages=[])
    form.apply_record(action)
    assert action.coproduction_level is Level.CO_PRODUCE
    assert action.stages == [Stage.IDEA, Stage.REPLY]


def test_the_form_starts_from_the_subjects_record(app):
    subject = SimpleNamespace(coproduction_level=Level.ENGAGE, stages=[Stage.DESIGN])
    assert record_data(subject) == {"level": "engage", "stages": ["design"]}
    blank = SimpleNamespace(coproduction_level=None, stages=[])
    with app.test_request_context():
        form = CoproductionRecordForm(data=record_data(blank))
        assert form.level.data == ""  # "Not recorded" is chosen
        assert form.chosen_level is None


def test_the_message_about_groups_can_say_where_to_add_them(app):
    form, valid = _form(
        app,
        CoproductionRecordForm,
        {"level": "engage", "stages": ["idea"]},
        no_groups_message="Add a group first",
    )
    assert not valid
    assert form.level.errors == ["Add a group first"]
