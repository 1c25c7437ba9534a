"""The list of actions: status, owner, due date, overdue in words, published or draft, sign-offs,
and filters by status and survey."""

from __future__ import annotations

import re

from feedback.manage.services import long_date
from feedback.models import ActionStatus, Owner, Role
from feedback.models.columns import utcnow
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.actions.helpers import day, editor, make_action, sign_off, start_review
from tests.pages import visible_text

INDEX = "/manage/actions/"


def rows(response) -> list[str]:
    """Each table row's text."""
    html = response.get_data(as_text=True)
    cells = re.findall(r"<tr.*?</tr>", html, re.S)[1:]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in cells]


def test_each_action_shows_where_it_stands(client, app):
    email = login_as(client, app, Role.OFFICER)
    pcf = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    late = make_action(app, "Late plans", due_on=day(-12), group_ids=[pcf, youth])
    round_id = start_review(app, late, [pcf, youth], email)
    sign_off(app, round_id, pcf, editor(app, pcf, "pcf@example.org"))
    make_action(app, "Clearer letters", status=ActionStatus.DONE, owner=Owner.NHS,
                due_on=day(-40), published_at=utcnow())  # fmt: skip
    make_action(app, "Short breaks", status=ActionStatus.PLANNED, owner=None)
    assert rows(client.get(INDEX)) == [
        "Short breaks Planned Not chosen yet No due date – Draft No groups",
        f"Clearer letters Done The NHS (integrated care board) {long_date(day(-40))} Finished "
        f"Published {long_date(day(0))} No groups",
        f"Late plans In progress The council {long_date(day(-12))} Overdue by 12 days Draft "
        "1 of 2 groups",
    ]
    assert "3 actions" in visible_text(client.get(INDEX))


def test_filters_narrow_the_list_and_say_so(client, app):
    login_as(client, app, Role.VIEWER)
    survey = make_survey(app)
    other = make_survey(app, every_type_definition("other-survey"))
    make_action(app, "About the survey", survey_ids=[survey])
    make_action(app, "About the other", survey_ids=[other], status=ActionStatus.DONE)
    make_action(app, "About nothing", status=ActionStatus.DONE)

    by_survey = client.get(INDEX, query_string={"survey": survey})
    assert [row.split(" In progress")[0] for row in rows(by_survey)] == ["About the survey"]
    assert "1 action matching the filters" in visible_text(by_survey)
    by_status = client.get(INDEX, query_string={"status": "done"})
    assert [row.split(" Done")[0] for row in rows(by_status)] == [
        "About nothing",
        "About the other",
    ]
    both = client.get(INDEX, query_string={"status": "planned", "survey": survey})
    assert "No actions match the filters." in visible_text(both)
    ignored = client.get(INDEX, query_string={"status": "paused", "survey": "9" * 20})
    assert ignored.status_code == 200
    assert len(rows(ignored)) == 3
    html = by_survey.get_data(as_text=True)
    assert f'<option value="{survey}" selected>' in html
