"""Who sees a comment's raw text: officers and administrators; everyone else sees it redacted."""

from __future__ import annotations

import pytest
from flask_login import AnonymousUserMixin
from sqlalchemy import select

from feedback.analysis.services import display_text
from feedback.extensions import db
from feedback.models import Answer, Role, User
from tests.factories import login_as, make_group, make_staff, make_survey
from tests.feedback.analysis.helpers import add_comments, run_theming

PLANTED = (
    "Mrs Sarah Jones at Oakfield Primary told us to email sarah.jones@example.org or ring "
    "07700 900123. We live at LS1 4AB."
)


@pytest.fixture
def app_config() -> dict:
    return {"REDACT_NAMES": "Oakfield Primary, Mr Patel"}


def shown_to(app, role: Role, answer_id: int) -> str:
    groups = [make_group(app)] if role == Role.FORUM_EDITOR else []
    email = make_staff(app, role, group_ids=groups)
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        return display_text(db.session.get(Answer, answer_id), user)


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ADMIN])
def test_officers_and_admins_see_the_raw_text(app, role):
    (answer_id,) = add_comments(app, make_survey(app), PLANTED)
    assert shown_to(app, role, answer_id) == PLANTED


@pytest.mark.parametrize("role", [Role.VIEWER, Role.FORUM_EDITOR])
def test_everyone_else_sees_personal_details_redacted(app, role):
    (answer_id,) = add_comments(app, make_survey(app), PLANTED)
    text = shown_to(app, role, answer_id)
    for detail in ("Sarah", "Jones", "Oakfield", "sarah.jones@example.org", "07700", "LS1 4AB"):
        assert detail not in text
    assert "[email]" in text and "[phone]" in text and "[postcode]" in text
    assert "told us to" in text


def test_the_public_sees_it_redacted_too(app):
    (answer_id,) = add_comments(app, make_survey(app), PLANTED)
    with app.app_context():
        text = display_text(db.session.get(Answer, answer_id), AnonymousUserMixin())
    assert "sarah.jones@example.org" not in text and "Oakfield" not in text


def test_html_and_script_in_a_comment_are_shown_as_text_never_run(app, client):
    comment = 'They said <script>alert("x")</script> and <b>nothing</b> happened.'
    add_comments(app, make_survey(app), comment)
    run_theming(app)
    login_as(client, app, Role.OFFICER)
    html = client.get("/manage/analysis/comments").get_data(as_text=True)  # as sent, not decoded
    assert "&lt;script&gt;alert(" in html
    assert "<script>alert(" not in html
    assert "&lt;b&gt;nothing&lt;/b&gt;" in html
