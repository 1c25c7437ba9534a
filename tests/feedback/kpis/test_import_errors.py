"""The KPI import page's form errors are listed in the GOV.UK error summary, as the browser
suite's accessibility crawl requires of every form."""

from __future__ import annotations

from feedback.models import Role
from tests.factories import login_as
from tests.pages import page


def test_uploading_nothing_lists_the_error_in_the_summary_linked_to_the_field(client, app):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/import", data={})
    html = page(response)
    assert response.status_code == 400
    assert "<title>Error: " in html
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</div> </div>", 1)[0]
    assert "There is a problem" in summary
    assert 'href="#values_file">Select a CSV file of KPI values</a>' in summary
