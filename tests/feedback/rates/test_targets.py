"""Entering target populations in the grid, and uploading them as a CSV file."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from feedback.models import Role
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.rates.helpers import audience_ids, locality_ids, set_targets, stored_targets
from tests.pages import page, visible_text

PARENTS = "parents-and-carers"
YOUNG = "children-and-young-people"


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


@pytest.fixture
def officer(client, app):
    return login_as(client, app, Role.OFFICER)


def _field(app, audience: str, locality: str | None) -> str:
    audience_id = audience_ids(app)[audience]
    return f"target_{audience_id}_{locality_ids(app)[locality] if locality else 'all'}"


def _grid(app, figures: dict[tuple[str, str | None], str]) -> dict[str, str]:
    return {_field(app, audience, locality): size for (audience, locality), size in figures.items()}


def _post_grid(client, app, survey_id: int, figures: dict[tuple[str, str | None], str]):
    return client.post(f"/manage/rates/surveys/{survey_id}/targets", data=_grid(app, figures))


def _upload(client, survey_id: int, content: str | bytes, filename: str = "targets.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return client.post(
        f"/manage/rates/surveys/{survey_id}/targets/upload",
        data={"targets_file": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


# The grid --------------------------------------------------------------------------------------


def test_the_grid_saves_the_figures_given_and_leaves_blanks_unset(client, app, survey_id, officer):
    response = _post_grid(
        client,
        app,
        survey_id,
        {(PARENTS, None): "1,450", (PARENTS, "north"): "400", (PARENTS, "east"): " 0 "},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == f"/manage/rates/surveys/{survey_id}"
    assert stored_targets(app, survey_id) == [
        (PARENTS, None, 1450),
        (PARENTS, "east", 0),
        (PARENTS, "north", 400),
    ]
    shown = visible_text(client.get(response.headers["Location"]))
    assert "The targets have been saved" in shown


def test_saving_again_replaces_the_targets_without_duplicating_any(client, app, survey_id, officer):
    _post_grid(client, app, survey_id, {(PARENTS, None): "1450", (PARENTS, "north"): "400"})
    _post_grid(client, app, survey_id, {(PARENTS, None): "1500"})
    _post_grid(client, app, survey_id, {(PARENTS, None): "1600"})
    assert stored_targets(app, survey_id) == [(PARENTS, None, 1600)]


def test_the_grid_shows_the_stored_figures(client, app, survey_id, officer):
    set_targets(app, survey_id, {(PARENTS, None): 1450, (PARENTS, "west"): 300})
    html = page(client.get(f"/manage/rates/surveys/{survey_id}/targets"))
    assert f'id="{_field(app, PARENTS, None)}"' in html
    assert (
        f'name="{_field(app, PARENTS, None)}" type="text" spellcheck="false" value="1450"' in html
    )
    assert f'name="{_field(app, PARENTS, "west")}" type="text" spellcheck="false" value="300"' in (
        html
    )
    assert "Parents and carers, North" in html  # each box's label, for screen readers


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12.5", "Enter the target for Parents and carers in North as a whole number, like 1450"),
        ("lots", "Enter the target for Parents and carers in North as a whole number, like 1450"),
        ("-3", "The target for Parents and carers in North must be 0 or more"),
    ],
)
def test_a_figure_that_is_not_a_whole_number_is_refused(
    client, app, survey_id, officer, typed, message
):
    set_targets(app, survey_id, {(PARENTS, None): 900})
    response = _post_grid(
        client, app, survey_id, {(PARENTS, None): "1000", (PARENTS, "north"): typed}
    )
    assert response.status_code == 200
    html = page(response)
    assert "<title>Error: Target populations" in html
    assert f'href="#{_field(app, PARENTS, "north")}">{message}</a>' in html
    assert f"Error: {message}" in visible_text(response)
    assert f'value="{typed}"' in html, "what was typed is shown again"
    assert stored_targets(app, survey_id) == [(PARENTS, None, 900)]


def test_locality_figures_must_add_up_to_the_figure_for_all_localities(
    client, app, survey_id, officer
):
    every = {(PARENTS, slug): "100" for slug in ("north", "south", "east", "west")}
    response = _post_grid(client, app, survey_id, {**every, (PARENTS, None): "450"})
    message = (
        "The locality figures for Parents and carers add up to 400, but the figure for all "
        "localities is 450. Make them agree, or leave the figure for all localities blank"
    )
    assert f'href="#{_field(app, PARENTS, None)}">{message}</a>' in page(response)
    assert stored_targets(app, survey_id) == []

    assert _post_grid(client, app, survey_id, {**every, (PARENTS, None): "400"}).status_code == 302
    assert len(stored_targets(app, survey_id)) == 5


def test_some_locality_figures_must_not_add_up_to_more_than_all_localities(
    client, app, survey_id, officer
):
    figures = {(PARENTS, "north"): "300", (PARENTS, "south"): "250", (PARENTS, None): "500"}
    response = _post_grid(client, app, survey_id, figures)
    assert (
        "The locality figures for Parents and carers add up to 550, which is more than the "
        "figure for all localities (500)"
    ) in visible_text(response)
    assert stored_targets(app, survey_id) == []

    figures[(PARENTS, None)] = "550"
    assert _post_grid(client, app, survey_id, figures).status_code == 302


def test_a_survey_with_two_audiences_has_a_column_for_each(client, app, officer):
    definition = replace(every_type_definition("two"), audiences=(PARENTS, YOUNG))
    survey_id = make_survey(app, definition)
    response = _post_grid(client, app, survey_id, {(PARENTS, None): "1000", (YOUNG, "south"): "70"})
    assert response.status_code == 302
    assert stored_targets(app, survey_id) == [(YOUNG, "south", 70), (PARENTS, None, 1000)]
    text = visible_text(client.get(f"/manage/rates/surveys/{survey_id}/targets"))
    assert "Locality Parents and carers Children and young people" in text


# The CSV file ----------------------------------------------------------------------------------


def test_a_file_sets_targets_by_name_or_slug_in_any_case(client, app, survey_id, officer):
    set_targets(app, survey_id, {(PARENTS, "west"): 5})
    content = (
        "Audience,Locality,Size\r\n"
        "parents and carers,All localities,1450\r\n"
        "PARENTS-AND-CARERS, north ,400\r\n"
        ' Parents and Carers ,South,"1,050"\r\n'
        ",,\r\n"
        "Parents and carers,West,\r\n"
    )
    response = _upload(client, survey_id, "\ufeff" + content)
    assert response.status_code == 302
    assert stored_targets(app, survey_id) == [
        (PARENTS, None, 1450),
        (PARENTS, "north", 400),
        (PARENTS, "south", 1050),
    ]
    assert "3 targets uploaded" in visible_text(client.get(response.headers["Location"]))


def test_a_file_in_windows_1252_is_read(client, app, officer):
    definition = replace(every_type_definition("two"), audiences=(PARENTS, YOUNG))
    survey_id = make_survey(app, definition)
    content = "audience,locality,size\r\nChildren and young people,North,80\r\n"
    content += "Parents and carers,,900\r\n"
    assert _upload(client, survey_id, content.encode("cp1252")).status_code == 302
    assert stored_targets(app, survey_id) == [(YOUNG, "north", 80), (PARENTS, None, 900)]


@pytest.mark.parametrize(
    ("content", "problems"),
    [
        (
            "audience,locality,size\nParents and carers,North,12.5\nParents and carers,South,-4\n"
            "Parents and carers,East,many\n",
            [
                "Row 2, column ‘size’: ‘12.5’ is not a whole number",
                "Row 3, column ‘size’: ‘-4’ must be 0 or more",
                "Row 4, column ‘size’: ‘many’ is not a whole number",
            ],
        ),
        (
            "audience,locality,size\nGrandparents,,10\nEducation settings,,20\n,North,5\n",
            [
                "Row 2, column ‘audience’: ‘Grandparents’ is not an audience we know. Use "
                "‘Parents and carers’",
                "Row 3, column ‘audience’: ‘Education settings’ is not an audience of this "
                "survey. Use ‘Parents and carers’",
                "Row 4, column ‘audience’: enter the audience",
            ],
        ),
        (
            "audience,locality,size\nParents and carers,Middle,10\n",
            [
                "Row 2, column ‘locality’: ‘Middle’ is not a locality we know. Use ‘North’, "
                "‘South’, ‘East’, ‘West’, or leave it blank for all localities"
            ],
        ),
        (
            "audience,locality,size\nParents and carers,North,10\nparents-and-carers,north,12\n",
            [
                "Row 3, columns ‘audience’ and ‘locality’: Parents and carers in North is "
                "already on row 2"
            ],
        ),
        (
            "audience,size,colour\nParents and carers,10,red\n",
            [
                "Row 1: ‘colour’ is not a column we know. Use the columns audience, locality "
                "and size"
            ],
        ),
        ("audience,locality\nParents and carers,North\n", ["Row 1: the file has no ‘size’ column"]),
        (
            "audience,locality,size\nParents and carers,,450\nParents and carers,North,100\n"
            "Parents and carers,South,100\nParents and carers,East,100\n"
            "Parents and carers,West,100\n",
            [
                "Rows 2, 3, 4, 5 and 6, column ‘size’: The locality figures for Parents and "
                "carers add up to 400, but the figure for all localities is 450. Make them "
                "agree, or leave the figure for all localities blank"
            ],
        ),
        (
            "audience,locality,size\nParents and carers,North,10,extra\n",
            ["Row 2: it has more cells than the header row"],
        ),
        (
            "audience,locality,size\nParents and carers,North,\n",
            [
                "The file has no figures in it. Put a size on at least one row; to remove "
                "every target, clear them in the table instead"
            ],
        ),
    ],
)
def test_a_file_with_problems_changes_nothing_and_says_where_each_is(
    client, app, survey_id, officer, content, problems
):
    set_targets(app, survey_id, {(PARENTS, None): 900})
    response = _upload(client, survey_id, content)
    assert response.status_code == 200
    text = visible_text(response)
    count = len(problems)
    assert (
        f"The selected file has {count} problem{'s' if count > 1 else ''}, so no targets were "
        "changed"
    ) in text
    for problem in problems:
        assert problem in text
    assert "<title>Error: Target populations" in page(response)
    assert stored_targets(app, survey_id) == [(PARENTS, None, 900)]


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "targets.csv", "The selected file is empty"),
        (b"audience,size\n", "targets.xlsx", "The selected file must be a CSV file (.csv)"),
        (b"a" * 1_000_001, "targets.csv", "The selected file must be smaller than 1 MB"),
        (b"\x81\x8d\x8f", "targets.csv", "The file is not text we can read"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused(
    client, app, survey_id, officer, content, filename, message
):
    response = _upload(client, survey_id, content, filename)
    assert response.status_code == 200
    assert message in visible_text(response)
    assert stored_targets(app, survey_id) == []


def test_no_file_chosen(client, app, survey_id, officer):
    response = client.post(
        f"/manage/rates/surveys/{survey_id}/targets/upload",
        data={},
        content_type="multipart/form-data",
    )
    assert "Select a CSV file of targets" in visible_text(response)


def test_the_download_lists_every_target_to_fill_in_and_uploads_back(
    client, app, survey_id, officer
):
    set_targets(app, survey_id, {(PARENTS, None): 1450, (PARENTS, "east"): 300})
    download = client.get(f"/manage/rates/surveys/{survey_id}/targets.csv")
    assert (
        download.headers["Content-Disposition"] == 'attachment; filename="every-type-targets.csv"'
    )
    assert download.data.decode("utf-8-sig") == (
        "audience,locality,size\r\n"
        "Parents and carers,,1450\r\n"
        "Parents and carers,North,\r\n"
        "Parents and carers,South,\r\n"
        "Parents and carers,East,300\r\n"
        "Parents and carers,West,\r\n"
    )
    set_targets(app, survey_id, {})
    assert _upload(client, survey_id, download.data).status_code == 302
    assert stored_targets(app, survey_id) == [(PARENTS, None, 1450), (PARENTS, "east", 300)]
