"""The home page lists the surveys people can answer today, by audience; and the privacy page."""

from datetime import date

from feedback.models import SurveyStatus
from tests.feedback.respond.journey import (
    make_survey_with,
    text,
    today,
    update_survey,
)


def _section(page: str, heading: str) -> str:
    """The part of the home page under an audience heading, up to the next heading."""
    after = page.split(f'<h2 class="govuk-heading-l">{heading}</h2>', 1)[1]
    return after.split('<h2 class="govuk-heading-l">', 1)[0]


def test_home_lists_open_surveys_under_each_of_their_audiences(client, app):
    make_survey_with(app, "parents-only", title="Short breaks survey")
    shared = make_survey_with(
        app,
        "shared",
        title="Transport to school",
        purpose="How do you get to school?",
        audiences=("parents-and-carers", "children-and-young-people"),
    )
    update_survey(app, shared, opens_on=today(), closes_on=date(2099, 1, 5))

    page = text(client.get("/"))

    parents = _section(page, "Parents and carers")
    young_people = _section(page, "Children and young people")
    assert "Short breaks survey" in parents
    assert "Short breaks survey" not in young_people
    for section in (parents, young_people):
        assert '<a class="govuk-link" href="/surveys/shared">Transport to school</a>' in section
        assert "How do you get to school?" in section
        assert "Closes on 5 January 2099" in section
    assert page.count("Transport to school") == 2
    assert "Education settings" not in page


def test_home_hides_surveys_that_are_not_open_today(client, app):
    make_survey_with(app, "in-draft", SurveyStatus.DRAFT, title="Still being written")
    make_survey_with(app, "in-review", SurveyStatus.IN_REVIEW, title="Being reviewed")
    make_survey_with(app, "closed", SurveyStatus.CLOSED, title="Closed by staff")
    make_survey_with(app, "archived", SurveyStatus.ARCHIVED, title="Long gone")
    later = make_survey_with(app, "later", title="Opens tomorrow")
    update_survey(app, later, opens_on=today(1))
    ended = make_survey_with(app, "ended", title="Closed yesterday")
    update_survey(app, ended, closes_on=today(-1))
    last_day = make_survey_with(app, "last-day", title="Last day today")
    update_survey(app, last_day, opens_on=today(-1), closes_on=today())

    page = text(client.get("/"))

    for hidden in (
        "Still being written",
        "Being reviewed",
        "Closed by staff",
        "Long gone",
        "Opens tomorrow",
        "Closed yesterday",
    ):
        assert hidden not in page
    assert "Last day today" in page


def test_home_says_what_the_service_is_and_when_nothing_is_open(client):
    page = text(client.get("/"))
    assert "Have your say on SEND support" in page
    assert "Your answers are anonymous" in page
    assert "There are no surveys open right now" in page


def test_privacy_notice_covers_what_people_need_to_know(client):
    response = client.get("/privacy")
    page = text(response)
    assert response.status_code == 200
    assert "<title>Privacy notice" in page
    for heading in (
        "Who runs this service",
        "What we collect",
        "Your answers are anonymous",
        "How long we keep your answers",
        "Your rights",
        "Contact us",
    ):
        assert heading in page
    assert "local area SEND partnership" in page
    assert "We do not collect your name" in page
    assert "after 45 minutes without activity" in page


def test_a_survey_for_no_particular_audience_is_listed_for_everyone(client, app):
    make_survey_with(app, "for-all", title="Open to all", audiences=())
    assert "Open to all" in _section(text(client.get("/")), "Everyone")
