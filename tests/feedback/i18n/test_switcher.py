"""The language switcher: respondents choose English, Urdu or Polish; staff pages stay English."""

from __future__ import annotations

import pytest

from tests.factories import login_as
from tests.pages import page


def test_choosing_a_language_keeps_it_for_the_session_and_goes_back(client):
    chosen = client.get("/language/pl?next=/privacy")
    assert chosen.status_code == 302
    assert chosen.headers["Location"] == "/privacy"
    with client.session_transaction() as session:
        assert session["language"] == "pl"
    privacy = page(client.get("/privacy"))
    assert '<h1 class="govuk-heading-xl">Informacja o prywatności</h1>' in privacy


def test_an_unknown_language_is_refused_and_changes_nothing(client):
    client.get("/language/ur")
    assert client.get("/language/fr").status_code == 400
    with client.session_transaction() as session:
        assert session["language"] == "ur"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example", "", "privacy"]
)
def test_only_a_path_on_this_site_is_followed(client, next_url):
    chosen = client.get("/language/ur", query_string={"next": next_url})
    assert chosen.headers["Location"] == "/"


def test_public_pages_show_each_language_in_itself_with_the_current_one_marked(client):
    client.get("/language/ur")
    html = page(client.get("/privacy"))
    assert '<nav class="app-language-switcher" aria-label="زبان">' in html
    assert 'href="/language/en?next=/privacy" lang="en" hreflang="en">English</a>' in html
    assert 'href="/language/pl?next=/privacy" lang="pl" hreflang="pl">Polski</a>' in html
    assert '<span class="app-language-switcher__current" lang="ur" aria-current="true">اردو' in html


def test_the_switcher_returns_to_the_same_page_with_its_query(client):
    html = page(client.get("/you-said-we-did/?status=done"))
    assert 'href="/language/pl?next=/you-said-we-did/?status%3Ddone"' in html


def test_staff_pages_stay_in_english_without_a_switcher(client, app):
    client.get("/language/ur")
    sign_in = page(client.get("/sign-in"))
    assert '<html lang="en" class="govuk-template">' in sign_in
    assert "app-language-switcher" not in sign_in
    assert "Skip to main content" in sign_in
    login_as(client, app)
    overview = page(client.get("/manage/surveys"))
    assert '<html lang="en"' in overview and "app-language-switcher" not in overview
