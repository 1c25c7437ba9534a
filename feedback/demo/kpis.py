"""The demo KPI register: the improvement plan's KPIs, with entered values per period."""

from __future__ import annotations

from feedback.models import Survey


def load_kpis(surveys: dict[str, Survey], seed: int) -> None:
    """Add the demo KPIs, with rules on the demo `surveys` (by slug) and entered values."""
