"""Every chart downloads as PNG, SVG and CSV from the page it is on."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from feedback.charts import Column, bar_chart
from feedback.charts.downloads import table_csv
from tests.feedback.charts.sample import add_chart_page
from tests.pages import visible_text


@pytest.fixture
def charts_client(app):
    add_chart_page(app, "/report")
    return app.test_client()


def download(client, query: str):
    response = client.get(f"/report?{query}")
    assert response.status_code == 200, response.status_code
    return response


def test_png_is_an_image_file_named_after_the_chart(charts_client):
    response = download(charts_client, "chart=answers&format=png")
    assert response.mimetype == "image/png"
    assert response.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert response.headers["Content-Disposition"] == 'attachment; filename="answers.png"'


def test_svg_is_a_drawing_with_its_title_and_labels(charts_client):
    response = download(charts_client, "chart=satisfaction&format=svg")
    assert response.mimetype == "image/svg+xml"
    assert response.headers["Content-Disposition"] == 'attachment; filename="satisfaction.svg"'
    svg = response.get_data(as_text=True)
    assert svg.startswith("<svg")
    assert ">Satisfaction by quarter</text>" in svg
    assert ">Target: 60%</text>" in svg


def test_csv_is_the_table_for_spreadsheets(charts_client):
    response = download(charts_client, "audience=parents&chart=answers&format=csv")
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="answers.csv"'
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows == [
        ["Answer", "Percent of 2,000 who answered", "People"],
        ["Strongly agree that the local offer is easy to find and to understand", "61.7", "1234"],
        ["Agree", "25.0", "500"],
        ["Disagree", "[c]", "[c]"],
        ['\'=HYPERLINK("http://evil.example")', "13.3", "266"],
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_csv_text_never_runs_as_a_formula(start):
    rows = [{"label": f"{start}1+1", "n": Decimal("-3.5")}]
    chart = bar_chart(
        "c", f"{start}title", rows, Column("label", f"{start}Answer"), Column("n", "N", "number")
    )
    rows = list(csv.reader(io.StringIO(table_csv(chart).decode("utf-8-sig"))))
    assert rows == [[f"'{start}Answer", "N"], [f"'{start}1+1", "-3.5"]]


def test_the_page_itself_is_served_when_no_chart_is_asked_for(charts_client):
    response = charts_client.get("/report?format=png")
    assert response.mimetype == "text/html"
    assert "Download this chart: PNG" in visible_text(response)


@pytest.mark.parametrize(
    "query",
    ["chart=nonsense&format=png", "chart=answers&format=pdf", "chart=answers", "chart=&format=csv"],
)
def test_unknown_charts_and_formats_are_not_found(charts_client, query):
    response = charts_client.get(f"/report?{query}")
    assert response.status_code == 404
    assert "Page not found" in visible_text(response)
