"""The public "You said, we did" page and entries: no sign-in, published actions only, filters,
links to results only while they are public, and people protected in every quote."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from feedback.models import ActionStatus, Level, Owner, Stage
from tests.factories import make_group
from tests.feedback.yousaid.helpers import make_action, make_closed, set_record, sign_off_action
from tests.pages import page, visible_text

URL = "/you-said-we-did/"
SHORTER_WAITS = "Shorter waits for speech therapy"
LOCAL_OFFER = "A clearer local offer"
NO_APP = "A new app for appointments"
DRAFT = "A secret draft"


@pytest.fixture
def ids(app) -> dict:
    """Three published actions and a draft, on a survey with public results and one without."""
    forum = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    parents = make_closed(
        app,
        "parents-survey",
        date(2026, 3, 31),
        title="Parents survey 2026",
        results_published_at=datetime(2026, 4, 14),
    )
    young = make_closed(
        app,
        "young-people-survey",
        date(2026, 4, 30),
        title="Young people survey 2026",
        audiences=("children-and-young-people",),
    )
    waits = make_action(
        app,
        SHORTER_WAITS,
        slug="shorter-waits",
        survey_ids=[parents],
        pledges=["listen-and-act"],
        areas=["waiting-times"],
        group_ids=[forum],
        due_on=date(2027, 1, 31),
        evidence_url="https://example.org/therapy-plan",
        easy_read="You said you wait too long. We got more therapists.",
        quotes=["Our son Callum waited a year for speech therapy."],
        updates=[
            (datetime(2026, 5, 10, 9), ActionStatus.PLANNED, "Job adverts went out."),
            (datetime(2026, 6, 20, 9), ActionStatus.IN_PROGRESS, "Two therapists started."),
        ],
    )
    sign_off_action(
        app, waits, [(forum, datetime(2026, 5, 1, 10)), (youth, datetime(2026, 5, 1, 16))]
    )
    set_record(app, waits, Level.CO_PRODUCE, [Stage.QUESTIONS, Stage.REPLY])
    offer = make_action(
        app,
        LOCAL_OFFER,
        slug="clearer-local-offer",
        survey_ids=[young],
        pledges=["clear-and-accessible"],
        areas=["local-offer"],
        owner=Owner.COUNCIL,
        status=ActionStatus.DONE,
        done_on=date(2026, 6, 1),
        published_at=datetime(2026, 6, 10, 9),
    )
    no_app = make_action(
        app,
        NO_APP,
        slug="no-app",
        owner=Owner.SCHOOLS,
        status=ActionStatus.NOT_DOING,
        not_doing_reason="The NHS app already books appointments.",
        evidence_url="javascript:alert(1)",
        published_at=datetime(2026, 7, 1, 9),
    )
    draft = make_action(
        app,
        DRAFT,
        slug="secret-draft",
        survey_ids=[parents],
        pledges=["value-every-contribution"],
        published_at=None,
    )
    return {
        "parents": parents,
        "young": young,
        "waits": waits,
        "offer": offer,
        "no_app": no_app,
        "draft": draft,
    }


def _titles(response) -> list[str]:
    text = visible_text(response)
    shown = [(text.find(title), title) for title in (SHORTER_WAITS, LOCAL_OFFER, NO_APP, DRAFT)]
    return [title for position, title in sorted(shown) if position >= 0]


# The list ----------------------------------------------------------------------------------------


def test_anyone_sees_published_actions_newest_first_and_never_a_draft(client, ids):
    response = client.get(URL)
    assert response.status_code == 200
    assert _titles(response) == [NO_APP, LOCAL_OFFER, SHORTER_WAITS]
    text = visible_text(response)
    assert "Showing 3 of 3 published actions" in text
    assert DRAFT not in page(response)
    # The draft's pledge is not offered as a filter either.
    assert "Value every contribution equally" not in text


def test_each_entry_has_both_halves_owner_status_and_dates(client, ids):
    text = visible_text(client.get(URL))
    assert "You said You told us you wait too long for speech therapy." in text
    assert "We did We hired two more speech and language therapists." in text
    assert "Who is doing this The NHS (integrated care board)" in text
    assert "Status: In progress Due by 31 January 2027" in text
    assert "Status: Done Done on 1 June 2026" in text
    assert "Status: Not doing" in text
    assert "Why we are not doing this: The NHS app already books appointments." in text
    assert "Published 3 May 2026" in text


def test_the_status_is_a_tag_with_words(client, ids):
    html = page(client.get(URL))
    assert '<strong class="govuk-tag govuk-tag--green">Done</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--blue">In progress</strong>' in html


def test_results_are_linked_only_while_they_are_public(client, ids):
    html = page(client.get(URL))
    assert 'href="/results/parents-survey"' in html
    assert "Parents survey 2026" in html
    assert "/results/young-people-survey" not in html
    assert "Young people survey 2026 (results not published yet)" in visible_text(client.get(URL))


def test_quotes_are_redacted_and_agreement_names_groups_and_date_only(client, ids):
    text = visible_text(client.get(URL))
    assert "Callum" not in text
    assert "“Our son [name] waited a year for speech therapy.”" in text
    assert "Agreed with the Parent Carer Forum and the Youth Forum on 1 May 2026" in text
    assert "We object to the wording" not in text
    assert "Co-produced with the Parent Carer Forum: questions and reply" in text


def test_only_web_addresses_are_linked_as_evidence(client, ids):
    html = page(client.get(URL))
    assert 'href="https://example.org/therapy-plan"' in html
    assert "javascript:" not in html
    assert visible_text(client.get(URL)).count("See the evidence") == 1


def test_the_easy_read_summary_is_clearly_marked(client, ids):
    html = page(client.get(URL))
    assert "app-easy-read" in html
    assert "Easy read You said you wait too long. We got more therapists." in visible_text(
        client.get(URL)
    )


def test_the_page_points_feed_readers_at_the_atom_feed(client, ids):
    html = page(client.get(URL))
    assert (
        '<link rel="alternate" type="application/atom+xml" title="You said, we did" '
        'href="/you-said-we-did/feed.atom">'
    ) in html


def test_the_page_says_when_nothing_is_published(client, app):
    make_action(app, DRAFT, published_at=None)
    text = visible_text(client.get(URL))
    assert "No actions have been published yet." in text
    assert DRAFT not in text


def test_the_page_takes_no_posts(client, ids):
    assert client.post(URL).status_code == 405


# Filters -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ({"audience": "children-and-young-people"}, [LOCAL_OFFER]),
        ({"audience": "parents-and-carers"}, [SHORTER_WAITS]),
        ({"pledge": "listen-and-act"}, [SHORTER_WAITS]),
        ({"area": "local-offer"}, [LOCAL_OFFER]),
        ({"status": "not_doing"}, [NO_APP]),
        ({"status": "done"}, [LOCAL_OFFER]),
        ({"survey": "parents-survey"}, [SHORTER_WAITS]),
        ({"survey": "parents-survey", "status": "done"}, []),
    ],
)
def test_each_filter_narrows_the_list(client, ids, args, shown):
    response = client.get(URL, query_string=args)
    assert _titles(response) == shown
    text = visible_text(response)
    if shown:
        assert f"Showing {len(shown)} of 3 published actions" in text
    else:
        assert "No published actions match these filters." in text
    assert "Clear filters" in text


def test_filters_offer_only_what_published_actions_have(client, ids):
    text = visible_text(client.get(URL))
    assert "Children and young people" in text
    assert "10. Waiting times" in text and "8. The local offer" in text
    assert "Education settings" not in text


def test_unknown_filter_values_are_ignored(client, ids):
    response = client.get(URL, query_string={"status": "lost", "survey": "secret", "page": "x"})
    assert response.status_code == 200
    assert "Showing 3 of 3 published actions" in visible_text(response)


def test_a_filter_on_a_draft_only_value_shows_everything(client, ids):
    response = client.get(URL, query_string={"pledge": "value-every-contribution"})
    assert "Showing 3 of 3 published actions" in visible_text(response)


# Pages -------------------------------------------------------------------------------------------


def test_more_than_twenty_actions_are_paged(client, app):
    for number in range(25):
        make_action(app, f"Action {number:02d}", published_at=datetime(2026, 5, 1 + number))
    first = visible_text(client.get(URL))
    assert "Showing 1 to 20 of 25 published actions" in first
    assert "Action 24" in first and "Action 05" in first and "Action 04" not in first
    assert 'href="/you-said-we-did/?page=2"' in page(client.get(URL))
    second = visible_text(client.get(URL, query_string={"page": 2}))
    assert "Showing 21 to 25 of 25 published actions" in second
    assert "Action 04" in second and "Action 00" in second and "Action 05" not in second
    beyond = visible_text(client.get(URL, query_string={"page": 9}))
    assert "Showing 21 to 25 of 25 published actions" in beyond


# An entry's page ---------------------------------------------------------------------------------


def test_an_entry_has_its_own_page_with_its_updates_newest_first(client, ids):
    response = client.get(f"{URL}shorter-waits")
    assert response.status_code == 200
    text = visible_text(response)
    assert f'<h1 class="govuk-heading-l">{SHORTER_WAITS}</h1>' in page(response)
    assert "Updates 20 June 2026 (in progress) Two therapists started." in text
    assert text.index("Two therapists started.") < text.index("Job adverts went out.")
    assert "“Our son [name] waited a year for speech therapy.”" in text


def test_a_draft_or_unknown_entry_is_not_found(client, ids):
    for slug in ("secret-draft", "no-such-action"):
        response = client.get(f"{URL}{slug}")
        assert response.status_code == 404
        assert "Page not found" in visible_text(response)
