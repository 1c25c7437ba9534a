"""`response_rates`: responses from every channel against the targets, exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from feedback.extensions import db
from feedback.models import Channel, InvitationBatch, Role, Survey
from feedback.rates.services import Rate, invitation_yields, response_rates
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.rates.helpers import audience_ids, locality_ids, set_targets
from tests.feedback.reports.helpers import add_responses
from tests.pages import visible_text

PARENTS = "parents-and-carers"
YOUNG = "children-and-young-people"


@pytest.fixture
def survey_id(app) -> int:
    """Two audiences; 5 parents in North, 2 young people in North and 1 in South, and 1
    response from no audience in East."""
    definition = replace(every_type_definition("two"), audiences=(PARENTS, YOUNG))
    survey = make_survey(app, definition)
    add_responses(app, survey, 3, {}, audience=PARENTS, locality="north")
    add_responses(app, survey, 2, {}, audience=PARENTS, locality="north", channel=Channel.PAPER)
    add_responses(app, survey, 2, {}, audience=YOUNG, locality="north", channel=Channel.EVENT)
    add_responses(app, survey, 1, {}, audience=YOUNG, locality="south", channel=Channel.IMPORT)
    add_responses(app, survey, 1, {}, locality="east")
    return survey


def rates_of(app, survey_id: int):
    with app.app_context():
        return response_rates(db.session.get(Survey, survey_id))


def test_rates_by_audience_locality_and_overall(app, survey_id):
    young_everywhere = {(YOUNG, slug): 10 for slug in ("north", "south", "east", "west")}
    set_targets(app, survey_id, {(PARENTS, None): 100, (PARENTS, "north"): 30, **young_everywhere})
    rates = rates_of(app, survey_id)

    assert rates.overall == Rate("All audiences", None, None, 9, 140)
    assert rates.overall.percent == pytest.approx(100 * 9 / 140)
    assert rates.audiences == (
        Rate("Parents and carers", PARENTS, None, 5, 100),
        Rate("Children and young people", YOUNG, None, 3, 40),
    )
    north, south, east, west = rates.localities
    assert north == Rate("North", None, "north", 7, 40)
    assert north.percent == 17.5
    assert south == Rate(
        "South", None, "south", 1, None, "No target set for Parents and carers in South"
    )
    assert east.responses == 1 and east.target is None
    assert west == Rate("West", None, "west", 0, None, west.missing)
    cells = {(rate.audience, rate.locality): rate for rate in rates.audience_localities}
    assert cells[(PARENTS, "north")] == Rate("Parents and carers in North", PARENTS, "north", 5, 30)
    assert cells[(YOUNG, "south")].percent == 10.0
    assert cells[(PARENTS, "south")].missing == "No target set"
    assert (rates.other_audience, rates.no_locality) == (1, 0)
    assert not rates.any_over_target


def test_without_every_target_there_is_no_overall_rate(app, survey_id):
    set_targets(app, survey_id, {(PARENTS, None): 100, (YOUNG, "north"): 1})
    rates = rates_of(app, survey_id)
    assert rates.audiences[1].target is None
    assert rates.audiences[1].missing == (
        "No target for all localities, and not every locality has one"
    )
    assert rates.overall.target is None
    assert rates.overall.missing == "No target set for Children and young people"
    assert rates.overall.percent is None
    cells = {(rate.audience, rate.locality): rate for rate in rates.audience_localities}
    assert cells[(YOUNG, "north")].percent == 200.0
    assert rates.any_over_target


def test_no_targets_at_all(app, survey_id):
    rates = rates_of(app, survey_id)
    assert rates.overall.missing == "No target set"
    assert {rate.missing for rate in rates.audiences + rates.localities} == {"No target set"}


def test_a_target_of_zero_gives_no_percentage(app, survey_id):
    set_targets(app, survey_id, {(PARENTS, None): 0, (YOUNG, None): 0})
    rates = rates_of(app, survey_id)
    assert rates.overall.target == 0
    assert rates.overall.percent is None
    assert not rates.audiences[0].over_target


def test_responses_per_invitation_by_audience_only_when_every_batch_names_one(app, survey_id):
    audiences, localities = audience_ids(app), locality_ids(app)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        rates = response_rates(survey)
        to_parents = InvitationBatch(
            survey_id=survey_id,
            sent_on=date(2026, 1, 5),
            invited=50,
            method="email",
            audience_id=audiences[PARENTS],
            locality_id=localities["north"],
        )
        to_young = InvitationBatch(
            survey_id=survey_id,
            sent_on=date(2026, 1, 6),
            invited=40,
            method="school",
            audience_id=audiences[YOUNG],
        )
        db.session.add_all([to_parents, to_young])
        db.session.commit()
        yields = invitation_yields(rates, [to_parents, to_young])
        assert [(y.name, y.responses, y.invited) for y in yields] == [
            ("All invitations", 9, 90),
            ("Parents and carers", 5, 50),
            ("Children and young people", 3, 40),
        ]
        assert yields[0].per_invitation == 0.1
        to_young.audience_id = None
        db.session.commit()
        yields = invitation_yields(rates, [to_parents, to_young])
        assert [y.name for y in yields] == ["All invitations"]
        to_young.locality_id = localities["south"]
        db.session.commit()
        yields = invitation_yields(rates, [to_parents, to_young])
        assert [(y.name, y.responses, y.invited) for y in yields] == [
            ("All invitations", 9, 90),
            ("North", 7, 50),
            ("South", 1, 40),
        ]
        assert invitation_yields(rates, []) == []


def test_a_survey_with_no_audiences_can_have_no_targets(client, app):
    survey_id = make_survey(app, replace(every_type_definition("nobody"), audiences=()))
    add_responses(app, survey_id, 2, {}, locality="north")
    rates = rates_of(app, survey_id)
    reason = "The survey has no audiences, so it can have no targets"
    assert (rates.overall.responses, rates.overall.target, rates.overall.missing) == (
        2,
        None,
        reason,
    )
    assert {(rate.target, rate.missing) for rate in rates.localities} == {(None, reason)}
    login_as(client, app, Role.OFFICER)
    page = visible_text(client.get(f"/manage/rates/surveys/{survey_id}/targets"))
    assert "This survey has no audiences yet." in page
