"""Co-authors and reviewers: a survey names each group's role, and only co-authors change it."""

from feedback.extensions import db
from feedback.models import GroupRole, Role, Survey, SurveyGroup
from tests.factories import login_as, make_group, make_survey
from tests.pages import visible_text


def _details(**changes) -> dict:
    data = {
        "title": "Short breaks survey",
        "audiences": ["1"],
        "ask_locality": "yes",
    }
    data.update(changes)
    return data


def test_an_officer_names_co_authors_and_reviewers_and_the_survey_page_says_which(app, client):
    pcf = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    survey_id = make_survey(app)
    login_as(client, app, Role.OFFICER)
    response = client.post(
        f"/manage/surveys/{survey_id}/details",
        data=_details(groups=[str(pcf)], reviewer_groups=[str(youth)]),
    )
    assert response.status_code == 302
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        assert {link.group.name: link.role for link in survey.group_links} == {
            "Parent Carer Forum": GroupRole.CO_AUTHOR,
            "Youth Forum": GroupRole.REVIEWER,
        }
    text = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Parent Carer Forum (co-author), Youth Forum (reviewer)" in text


def test_a_group_cannot_be_both_co_author_and_reviewer(app, client):
    pcf = make_group(app)
    survey_id = make_survey(app)
    login_as(client, app, Role.OFFICER)
    response = client.post(
        f"/manage/surveys/{survey_id}/details",
        data=_details(groups=[str(pcf)], reviewer_groups=[str(pcf)]),
    )
    assert response.status_code == 200
    assert "Select each group once: as a co-author or as a reviewer, not both" in visible_text(
        response
    )


def test_a_reviewing_groups_editor_sees_the_survey_but_cannot_change_it(app, client):
    pcf = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    survey_id = make_survey(app)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.group_links = [
            SurveyGroup(group_id=pcf, role=GroupRole.CO_AUTHOR),
            SurveyGroup(group_id=youth, role=GroupRole.REVIEWER),
        ]
        db.session.commit()
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth])
    assert client.get(f"/manage/surveys/{survey_id}").status_code == 200
    assert client.get(f"/manage/surveys/{survey_id}/details").status_code == 403
