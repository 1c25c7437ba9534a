"""Publishing and withdrawing results: officers and administrators who manage the survey, only
once it has closed, after seeing exactly what will be public."""

from __future__ import annotations

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import login_as, make_group
from tests.feedback.published.helpers import (
    SLUG,
    TITLE,
    make_closed_survey,
    set_survey,
    survey_value,
    table_rows,
)
from tests.pages import page, visible_text

PUBLISH = f"/results/{SLUG}/publish"
WITHDRAW = f"/results/{SLUG}/withdraw"


@pytest.fixture
def survey_id(app) -> int:
    return make_closed_survey(app, published=False)


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ADMIN])
def test_staff_who_manage_surveys_publish_after_seeing_what_will_be_public(
    client, app, survey_id, role
):
    login_as(client, app, role)
    confirm = client.get(PUBLISH)
    assert confirm.status_code == 200
    html = page(confirm)
    text = visible_text(confirm)
    assert f"Publish the results of ‘{TITLE}’?" in text
    assert "What the public will see" in text
    # The preview is the public page's figures, suppressed.
    rows = table_rows(html, "Data for the chart: Answers to question 5")
    assert ["Disagree", "[c]", "[c]", "[c]"] in rows
    assert (
        "Too few people answered this question to show anything: question 6 "
        "(‘How likely are you to recommend the local offer to another family?’)."
    ) in text
    assert survey_value(app, survey_id, "results_published_at") is None

    response = client.post(PUBLISH)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/results/{SLUG}"
    assert survey_value(app, survey_id, "results_published_at") is not None
    public = visible_text(client.get(response.headers["Location"]))
    assert f"The results of ‘{TITLE}’ are published" in public


def test_the_preview_offers_its_charts_for_download(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    args = {"chart": "question-listened-to", "format": "csv"}
    response = client.get(PUBLISH, query_string=args)
    assert response.status_code == 200
    assert "[c]" in response.get_data(as_text=True)
    assert survey_value(app, survey_id, "results_published_at") is None


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW, SurveyStatus.OPEN])
def test_results_of_a_survey_that_has_not_closed_cannot_be_published(
    client, app, survey_id, status
):
    set_survey(app, survey_id, status=status)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(PUBLISH))
    assert f"The results of ‘{TITLE}’ cannot be published yet" in text
    assert f"‘{TITLE}’ is {status.label.lower()}, so its results cannot be published yet." in text
    assert "Close the survey first" in text
    assert "Publish results</button>" not in page(client.get(PUBLISH))

    response = client.post(PUBLISH)
    assert response.status_code == 400
    assert "cannot be published yet" in visible_text(response)
    assert survey_value(app, survey_id, "results_published_at") is None


def test_an_archived_survey_can_be_published(client, app, survey_id):
    set_survey(app, survey_id, status=SurveyStatus.ARCHIVED)
    login_as(client, app, Role.OFFICER)
    assert client.post(PUBLISH).status_code == 302
    assert client.get(f"/results/{SLUG}").status_code == 200


def test_published_results_say_so_and_offer_withdrawal(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    client.post(PUBLISH)
    published_at = survey_value(app, survey_id, "results_published_at")
    html = page(client.get(PUBLISH))
    assert f"The results of ‘{TITLE}’ are published" in html
    assert f'href="{WITHDRAW}"' in html
    assert client.post(PUBLISH).status_code == 400
    assert survey_value(app, survey_id, "results_published_at") == published_at


def test_withdrawing_takes_the_results_off_the_public_pages(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    client.post(PUBLISH)
    confirm = visible_text(client.get(WITHDRAW))
    assert f"Withdraw the results of ‘{TITLE}’?" in confirm
    assert survey_value(app, survey_id, "results_published_at") is not None

    response = client.post(WITHDRAW)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/manage/reports/surveys/{survey_id}"
    assert survey_value(app, survey_id, "results_published_at") is None
    assert f"The results of ‘{TITLE}’ are no longer public" in visible_text(
        client.get(response.headers["Location"])
    )
    assert client.get(f"/results/{SLUG}").status_code == 404
    assert TITLE not in visible_text(client.get("/results/"))


def test_withdrawing_results_that_are_not_published_changes_nothing(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    assert "are not published" in visible_text(client.get(WITHDRAW))
    assert client.post(WITHDRAW).status_code == 400
    assert survey_value(app, survey_id, "results_published_at") is None


@pytest.mark.parametrize("role", [Role.VIEWER, Role.FORUM_EDITOR])
def test_viewers_and_forum_editors_may_not_publish_or_withdraw(client, app, role):
    group = make_group(app)
    survey_id = make_closed_survey(app, published=False, group_ids=[group])
    login_as(client, app, role, group_ids=[group])
    for url in (PUBLISH, WITHDRAW):
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
    assert survey_value(app, survey_id, "results_published_at") is None


def test_signing_in_is_needed_to_publish(client, app, survey_id):
    response = client.post(PUBLISH)
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]
    assert survey_value(app, survey_id, "results_published_at") is None


def test_an_unknown_survey_is_not_found(client, app):
    login_as(client, app, Role.OFFICER)
    assert client.get("/results/no-such-survey/publish").status_code == 404
    assert client.post("/results/no-such-survey/withdraw").status_code == 404


def test_a_reopened_survey_says_its_results_are_not_public_until_it_closes(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    client.post(PUBLISH)
    set_survey(app, survey_id, status=SurveyStatus.OPEN)
    html = page(client.get(PUBLISH))
    assert f"The results of ‘{TITLE}’ cannot be published yet" in html
    assert "They are not public while the survey is open, and will be public again" in html
    assert f'href="{WITHDRAW}"' in html
    assert client.get(f"/results/{SLUG}").status_code == 404
