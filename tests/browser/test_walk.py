"""The foundation's whole walk, in a real browser: a co-production officer builds a survey with
every question type and skip logic, opens it, a parent answers it with JavaScript off (making
mistakes and correcting them), and the officer sees the response counted."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from feedback.models import Role
from tests.factories import PASSWORD, make_staff

TITLE = "Short breaks for families"

# (type label on the "choose the type" page, question text, extra form steps)
QUESTIONS = [
    ("Yes, No or Not sure", "Does your child have an EHC plan?", {}),
    ("Satisfaction scale (5-point)", "How satisfied are you with the plan?", {"if": "Yes"}),
    (
        "Single choice (radio buttons)",
        "Which short break have you used most?",
        {"options": "Holiday club\nSaturday club\nOvernight stay", "other": True},
    ),
    (
        "Multiple choice (checkboxes)",
        "How did you hear about short breaks?",
        {"options": "The local offer\nSchool\nAnother parent", "optional": True},
    ),
    ("Agreement scale (5-point, with Don't know)", "Short breaks give my family a rest.", {}),
    ("Rating from 0 to 10", "How would you rate short breaks overall?", {}),
    ("Number", "How many nights of short breaks did you get last year?", {"optional": True}),
    ("Short text (up to 200 characters)", "Sum up short breaks in a word.", {"optional": True}),
    ("Long text (up to 5,000 characters)", "What would make short breaks better?", {}),
]


def sign_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Surveys", exact=True)).to_be_visible()


def add_question(page: Page, type_label: str, text: str, extra: dict) -> None:
    page.get_by_role("button", name=re.compile("^Add a question")).first.click()
    page.get_by_label(type_label, exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Question", exact=True).fill(text)
    if "options" in extra:
        page.get_by_label("Answer options").fill(extra["options"])
    if extra.get("other"):
        page.get_by_label("Add an ‘Other, please specify’ option").check()
    if extra.get("optional"):
        page.get_by_label("No, it is optional").check()
    if "if" in extra:
        page.get_by_label("Only ask this question if…").check()
        select = page.get_by_label("Which earlier answer decides it?")
        option = select.locator("option", has_text=extra["if"]).first
        select.select_option(value=option.get_attribute("value"))
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_text(text).first).to_be_visible()


def build_and_open_survey(page: Page, base: str) -> str:
    page.get_by_role("button", name="Create a survey").click()
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Parents and carers").check()
    locality = page.get_by_role("group", name="Ask respondents which part of")
    locality.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Create survey").click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    survey_url = page.url
    for type_label, text, extra in QUESTIONS:
        add_question(page, type_label, text, extra)
    expect(page.get_by_text("Only if ‘Does your child have an EHC plan?’ is Yes")).to_be_visible()
    page.get_by_role("button", name="Open survey").click()
    page.get_by_role("button", name="Open survey").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(f"‘{TITLE}’ is now open")
    return survey_url


def answer(page: Page, label: str, value: str | None = None) -> None:
    if value is None:
        page.get_by_label(label, exact=True).check()
    else:  # a text box's label also holds the section caption
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Continue").click()


def expect_error(page: Page, message: str) -> None:
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    expect(summary).to_contain_text(message)
    expect(page.locator(".govuk-error-message")).to_contain_text(message)
    assert page.title().startswith("Error: ")


def answer_as_a_parent(page: Page, base: str) -> str:
    page.goto(base + "/")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Start now").click()

    page.get_by_role("button", name="Continue").click()  # forgot to answer
    expect_error(page, "Select yes, no or not sure")
    answer(page, "Yes")
    answer(page, "Satisfied")  # asked only because of "Yes"
    page.get_by_label("Other", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    expect_error(page, "Enter what you mean by ‘Other’")
    page.get_by_label("Tell us what you mean by ‘Other’").fill("Sports club")
    page.get_by_role("button", name="Continue").click()
    answer(page, "School")
    answer(page, "Agree")
    answer(page, "8")
    answer(page, "How many nights of short breaks did you get last year? (optional)", "lots")
    expect_error(page, "Enter a number")
    answer(page, "How many nights of short breaks did you get last year? (optional)", "12")
    page.get_by_role("button", name="Continue").click()  # the short text is optional
    answer(page, "What would make short breaks better?", "More places in the holidays.")

    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    expect(page.get_by_text("Other: Sports club")).to_be_visible()
    page.get_by_role("button", name=re.compile("Submit")).click()
    expect(page.get_by_text("Thank you, your answers have been sent")).to_be_visible()
    return page.locator(".govuk-panel__body").inner_text()


def test_officer_builds_opens_and_sees_a_parents_response(live_server, page, page_without_js):
    base = live_server.url
    email = make_staff(live_server.app, Role.OFFICER, email="walk.officer@example.org")
    sign_in(page, base, email)
    survey_url = build_and_open_survey(page, base)

    confirmation = answer_as_a_parent(page_without_js, base)
    assert re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}", confirmation)

    page.goto(base + "/manage/surveys")
    row = page.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("Open")
    expect(row.get_by_role("cell").last).to_have_text("1")
    page.goto(survey_url)
    responses = page.locator(".govuk-summary-list__row").filter(has_text="Responses")
    expect(responses.locator(".govuk-summary-list__value")).to_have_text("1")
