"""The app's pages load in a real browser with GOV.UK styles and scripts working."""

from playwright.sync_api import Page, expect


def test_home_page_is_styled_and_scripts_start(live_server, page: Page):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(live_server.url + "/sign-in")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    font = page.eval_on_selector("h1", "el => getComputedStyle(el).fontFamily")
    assert "GDS Transport" in font or "arial" in font.lower()
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert errors == []
