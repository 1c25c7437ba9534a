"""The Charter pledge scorecard: for every staff role at /manage/pledges/, and for the public
(no sign-in, small numbers hidden) at /charter/."""

from __future__ import annotations

from flask import Response, render_template, request, url_for
from flask_login import current_user

from feedback.auth.permissions import roles_required
from feedback.charts import chart_download
from feedback.coproduction.record import LEVEL_NAMES, first_involved_label, record_line
from feedback.exports.files import csv_chunks
from feedback.manage.services import long_date
from feedback.published.services import suppression_threshold
from feedback.scorecard import bp, services
from feedback.scorecard.display import CSV_HEADINGS, csv_rows, trend_charts
from feedback.settings.services import can_edit_settings, has_example_pledges
from stats.suppression import SUPPRESSED

CSV_NAME = "charter-pledge-scorecard.csv"


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every scorecard template can use."""
    return {
        "long_date": long_date,
        "record_line": record_line,
        "level_names": LEVEL_NAMES,
        "first_involved_label": first_involved_label,
        "suppressed": SUPPRESSED,
    }


# Staff -----------------------------------------------------------------------------------------


@bp.get("/manage/pledges/")
@roles_required()
def index():
    """Every pledge with its measures, themes, actions and co-production record."""
    return render_template(
        "scorecard/index.html",
        cards=services.scorecard(services.staff_reader(current_user)),
        may_edit=can_edit_settings(current_user),
        example_charter=has_example_pledges(),
    )


@bp.get("/manage/pledges/scorecard.csv")
@roles_required()
def download():
    """Every wave of every measure as CSV."""
    cards = services.scorecard(services.staff_reader(current_user))
    return Response(
        csv_chunks(CSV_HEADINGS, csv_rows(cards)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{CSV_NAME}"'},
    )


@bp.get("/manage/pledges/<slug>")
@roles_required()
def pledge(slug: str):
    """One pledge in full, with a trend chart for each measure asked more than once."""
    card = services.pledge_card(slug, services.staff_reader(current_user))
    charts = trend_charts(card)
    if (found := chart_download(charts, request.args)) is not None:
        return found
    return render_template(
        "scorecard/pledge.html",
        card=card,
        charts={chart.id: chart for chart in charts},
        may_edit=can_edit_settings(current_user),
        back_url=url_for(".index"),
    )


# Public ----------------------------------------------------------------------------------------


@bp.get("/charter/")
def public_index():
    """The Charter's pledges and how each is kept, from published results and actions."""
    return render_template(
        "scorecard/public_index.html",
        cards=services.scorecard(services.public_reader()),
        threshold=suppression_threshold(),
    )


@bp.get("/charter/<slug>")
def public_pledge(slug: str):
    """One pledge as the public may see it, with trend charts."""
    card = services.pledge_card(slug, services.public_reader())
    charts = trend_charts(card, SUPPRESSED)
    if (found := chart_download(charts, request.args)) is not None:
        return found
    return render_template(
        "scorecard/public_pledge.html",
        card=card,
        charts={chart.id: chart for chart in charts},
        threshold=suppression_threshold(),
        back_url=url_for(".public_index"),
    )
