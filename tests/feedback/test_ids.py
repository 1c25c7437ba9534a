"""Ids in URLs: a number too big for any row is a page not found, on every database."""

import pytest

from tests.factories import login_as


@pytest.mark.parametrize(
    "path",
    [
        "/manage/surveys/3000000000",
        "/manage/surveys/99999999999999999999",
        "/manage/analysis/comments/99999999999999999999",
        "/manage/reviews/3000000000",
    ],
)
def test_an_id_too_big_for_any_row_is_not_found(app, client, path):
    login_as(client, app)
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)
