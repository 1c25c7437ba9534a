"""`flask kpis ...`: manage the KPI register."""

from __future__ import annotations

from flask.cli import AppGroup

kpis_cli = AppGroup("kpis", help="Manage the KPI register.")
