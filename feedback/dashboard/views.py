"""The staff overview: closing the loop, KPIs at a glance, open surveys, reviews and actions."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user

from feedback.auth.permissions import roles_required
from feedback.coproduction.services import coproduction_summary
from feedback.dashboard import bp, services
from feedback.kpis.services import kpi_statuses
from feedback.manage.services import long_date
from feedback.models.columns import utcnow
from feedback.yousaid.loop import loop_measures


@bp.get("/")
@roles_required()
def index():
    """Every staff member's overview (group members have none: they start at their reviews)."""
    today = utcnow().date()
    return render_template(
        "dashboard/index.html",
        loop=loop_measures(),
        kpis=services.rag_summary(kpi_statuses()),
        coproduction=coproduction_summary(),
        surveys=services.open_surveys(current_user),
        reviews_waiting=services.reviews_waiting(current_user),
        overdue=services.overdue_actions(current_user, today),
        long_date=long_date,
    )
