"""No personal data in logs or addresses: email addresses and what respondents wrote never appear
in a log record or a URL, through answering, signing up for news, staff reading and exporting
comments, erasure and retention."""

from __future__ import annotations

import logging

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import FollowUp, Response, Role, SurveyStatus
from tests.factories import login_as, make_survey
from tests.feedback.analysis.helpers import QUEUE, run_theming
from tests.feedback.privacy.helpers import LONG_AGO, count, set_survey, texts
from tests.feedback.respond.journey import SLUG, YES_PATH, start, submit

EMAIL = "private.parent@example.org"
COMMENT = "My son Jamie waited two years for his assessment"


def test_key_flows_log_no_email_address_or_comment_text(client, app, caplog):
    caplog.set_level(logging.DEBUG)
    survey_id = make_survey(app)
    addresses: list[str] = []

    def visit(response):
        addresses.append(response.request.url)
        addresses.append(response.headers.get("Location", ""))
        return response

    visit(client.get(f"/surveys/{SLUG}"))
    target = start(client)
    for key, data in YES_PATH:
        data = {"answer": COMMENT} if key == "comments" else data
        target = visit(client.post(target, data=data)).headers["Location"]
    visit(submit(client))
    visit(client.post(f"/surveys/{SLUG}/follow-up", data={"email": EMAIL}))
    run_theming(app, survey_id)
    assert COMMENT in texts(app) and count(app, FollowUp) == 1

    staff = app.test_client()
    login_as(staff, app, Role.OFFICER)
    visit(staff.get(QUEUE))
    visit(staff.get(f"/manage/exports/surveys/{survey_id}/responses.csv"))
    visit(staff.get("/manage/notifications/"))

    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=LONG_AGO)
    result = app.test_cli_runner().invoke(args=["retention", "run"])
    assert result.exit_code == 0 and COMMENT not in texts(app)
    with app.app_context():
        reference = db.session.scalars(select(Response.reference)).one()
    visit(client.post("/erase-my-answers", data={"reference": reference}))
    visit(client.post("/erase-my-answers/confirm"))
    assert count(app, Response) == 0

    logged = "\n".join(
        f"{record.getMessage()} {record.exc_text or ''} {record.args!r}"
        for record in caplog.records
    )
    for secret in (EMAIL, "private.parent", "Jamie", COMMENT):
        assert secret not in logged
        assert not [address for address in addresses if secret in address]
        assert secret not in result.output
