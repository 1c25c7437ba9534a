"""The codebook pages: themes by area with counts; add, edit, merge, retire; all audited."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Area, CodebookTheme, Role
from tests.factories import login_as, make_survey
from tests.feedback.analysis.helpers import (
    QUEUE,
    add_comments,
    audit_rows,
    run_theming,
    suggested,
    themes_of,
)
from tests.pages import visible_text

THEMES = "/manage/analysis/themes"


@pytest.fixture
def officer(app, client) -> str:
    return login_as(client, app, Role.OFFICER)


def area_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Area.id).where(Area.slug == slug))


def theme(app, slug: str) -> dict:
    with app.app_context():
        found = db.session.scalar(select(CodebookTheme).where(CodebookTheme.slug == slug))
        return {
            "label": found.label,
            "area": found.area.slug,
            "description": found.description,
            "phrases": found.phrases,
            "retired": found.retired,
            "merged_into": found.merged_into.slug if found.merged_into else None,
        }


def row_cells(response, slug: str) -> list[str]:
    """The visible text of each cell in the codebook table's row for theme `slug`."""
    html = response.get_data(as_text=True)
    row = re.search(rf'<tr class="govuk-table__row" id="theme-{slug}">(.*?)</tr>', html, re.S)[1]
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


def test_the_codebook_lists_every_area_with_its_themes_and_exact_counts(app, client, officer):
    survey = make_survey(app)
    first, _second = add_comments(
        app,
        survey,
        "We waited two years for an autism assessment.",
        "Still no autism assessment after eighteen months.",
    )
    run_theming(app)
    client.post(f"{QUEUE}/{first}/themes/autism-adhd-assessment/accept")

    response = client.get(THEMES)
    text = visible_text(response)
    assert "1. Strategy and leadership" in text and "13. " in text
    label, phrases, accepted, suggested_count, _actions = row_cells(
        response, "autism-adhd-assessment"
    )
    assert label.startswith("Autism and ADHD assessment Getting an autism")  # with its description
    assert int(phrases) == len(theme(app, "autism-adhd-assessment")["phrases"])
    assert accepted.split()[0] == "1" and suggested_count == "1"


def test_adding_a_theme(app, client, officer):
    response = client.post(
        f"{THEMES}/new",
        data={
            "label": "Swimming and leisure",
            "area": area_id(app, "local-offer"),
            "description": "Access to pools and leisure centres.",
            "phrases": "swimming pool\n  leisure centre \n\nSwimming Pool\n",
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"{THEMES}#theme-swimming-and-leisure")
    assert theme(app, "swimming-and-leisure") == {
        "label": "Swimming and leisure",
        "area": "local-offer",
        "description": "Access to pools and leisure centres.",
        "phrases": ["swimming pool", "leisure centre"],
        "retired": False,
        "merged_into": None,
    }
    (row,) = audit_rows(app)
    assert (row["user"], row["action"], row["before"]) == (officer, "add-theme", None)
    assert row["after"]["slug"] == "swimming-and-leisure"
    assert "Swimming and leisure" in visible_text(client.get(THEMES))


def test_adding_a_theme_with_mistakes_says_how_to_fix_them(app, client, officer):
    response = client.post(f"{THEMES}/new", data={"label": " ", "area": "", "phrases": "x" * 101})
    assert response.status_code == 200
    text = visible_text(response)
    assert "There is a problem" in text
    assert "Enter the name of the theme" in text
    assert "Select the area this theme belongs to" in text
    assert "Each key phrase must be 100 characters or fewer" in text
    assert "<title>Error: Add a theme" in response.get_data(as_text=True)

    taken = client.post(
        f"{THEMES}/new", data={"label": "annual REVIEWS", "area": area_id(app, "ehc-plan-quality")}
    )
    assert "There is already a theme called ‘annual REVIEWS’" in visible_text(taken)
    assert audit_rows(app) == []


def test_editing_a_theme_renames_it_and_changes_its_phrases(app, client, officer):
    client.get(THEMES)  # seeds the codebook
    form = client.get(f"{THEMES}/short-breaks/edit")
    assert "respite" in visible_text(form)
    response = client.post(
        f"{THEMES}/short-breaks/edit",
        data={
            "label": "Short breaks",
            "area": area_id(app, "joint-commissioning"),
            "description": "Breaks for families.",
            "phrases": "short breaks\nholiday scheme",
        },
    )
    assert response.status_code == 302
    changed = theme(app, "short-breaks")
    assert changed["label"] == "Short breaks"
    assert changed["phrases"] == ["short breaks", "holiday scheme"]
    (row,) = audit_rows(app)
    assert row["action"] == "edit-theme"
    assert row["before"]["label"] == "Short breaks and respite"
    assert row["after"]["phrases"] == ["short breaks", "holiday scheme"]

    # Officer-edited phrases are what the classifier uses next.
    survey = make_survey(app)
    (answer,) = add_comments(app, survey, "The holiday scheme was cancelled again this summer.")
    run_theming(app)
    assert "short-breaks" in suggested(app, answer)


def test_saving_a_theme_unchanged_writes_no_audit(app, client, officer):
    client.get(THEMES)
    current = theme(app, "annual-reviews")
    client.post(
        f"{THEMES}/annual-reviews/edit",
        data={
            "label": current["label"],
            "area": area_id(app, current["area"]),
            "description": current["description"],
            "phrases": "\n".join(current["phrases"]),
        },
    )
    assert audit_rows(app) == []


def test_merging_moves_every_comments_tag_and_retires_the_theme(app, client, officer):
    survey = make_survey(app)
    both, only_source, source_rejected = add_comments(
        app,
        survey,
        "We waited a year on the waiting list for an autism assessment.",
        "The autism assessment has still not happened.",
        "Autism assessment waiting list is far too long.",
    )
    run_theming(app)
    client.post(f"{QUEUE}/{only_source}/themes/autism-adhd-assessment/accept")
    client.post(f"{QUEUE}/{source_rejected}/themes/autism-adhd-assessment/reject")
    client.post(f"{QUEUE}/{source_rejected}/themes/waiting-lists/accept")
    phrases_before = theme(app, "waiting-lists")["phrases"]

    form = client.get(f"{THEMES}/autism-adhd-assessment/merge")
    assert "Merge ‘Autism and ADHD assessment’ into another theme" in visible_text(form)
    response = client.post(
        f"{THEMES}/autism-adhd-assessment/merge",
        data={"target": "waiting-lists"},
        follow_redirects=True,
    )
    assert "Merged ‘Autism and ADHD assessment’ into ‘Waiting lists and delays for support’" in (
        visible_text(response)
    )

    merged = theme(app, "autism-adhd-assessment")
    assert (merged["retired"], merged["merged_into"]) == (True, "waiting-lists")
    assert "autism" in theme(app, "waiting-lists")["phrases"]
    assert theme(app, "waiting-lists")["phrases"][: len(phrases_before)] == phrases_before
    assert "autism-adhd-assessment" not in themes_of(app, both)
    assert themes_of(app, only_source)["waiting-lists"] == ("human", "accepted")
    assert themes_of(app, source_rejected)["waiting-lists"] == ("human", "accepted")
    assert "autism-adhd-assessment" not in themes_of(app, source_rejected)
    actions = [row["action"] for row in audit_rows(app)]
    assert actions[-2:] == ["merge-theme", "merge-into-theme"]
    assert audit_rows(app)[-2]["after"]["merged_into"] == "waiting-lists"
    assert "Merged into Waiting lists and delays for support" in visible_text(client.get(THEMES))


def test_merging_needs_a_target(app, client, officer):
    client.get(THEMES)
    response = client.post(f"{THEMES}/annual-reviews/merge", data={"target": "annual-reviews"})
    assert "Select the theme to merge into" in visible_text(response)
    assert theme(app, "annual-reviews")["retired"] is False


def test_retiring_and_bringing_back_a_theme(app, client, officer):
    client.get(THEMES)
    survey = make_survey(app)
    response = client.post(f"{THEMES}/short-breaks/retire", follow_redirects=True)
    assert "Retired the theme ‘Short breaks and respite’" in visible_text(response)
    assert theme(app, "short-breaks")["retired"] is True

    (answer,) = add_comments(app, survey, "We have had no short breaks or respite for a year.")
    run_theming(app)
    assert "short-breaks" not in suggested(app, answer)
    assert client.post(f"{QUEUE}/{answer}/themes/short-breaks/accept").status_code == 404

    client.post(f"{THEMES}/short-breaks/unretire")
    assert theme(app, "short-breaks")["retired"] is False
    assert [row["action"] for row in audit_rows(app)] == ["retire-theme", "unretire-theme"]


def test_unknown_themes_are_not_found(app, client, officer):
    assert client.get(f"{THEMES}/no-such-theme/edit").status_code == 404
