"""Demo target populations, invitation batches and open-link funnel counts."""

from __future__ import annotations

from feedback.models import Survey


def load_rates(surveys: dict[str, Survey], seed: int) -> None:
    """Add targets, invitations and funnel counts for the demo `surveys` (by slug)."""
