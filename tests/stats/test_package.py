"""The stats package stays pure: standard library only, no web framework, no database."""

import subprocess
import sys
from pathlib import Path

import stats

ROOT = Path(__file__).resolve().parents[2]


def test_importing_stats_pulls_in_neither_flask_nor_sqlalchemy():
    script = (
        "import importlib, pkgutil, sys, stats\n"
        "for module in pkgutil.walk_packages(stats.__path__, 'stats.'):\n"
        "    importlib.import_module(module.name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'flask', 'sqlalchemy'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": ""},
    )
    assert result.stdout.strip() == "[]"


def test_the_package_is_not_the_standard_library_statistics_module():
    import statistics

    assert statistics.median([1, 2, 3]) == 2
    assert stats.__name__ == "stats"


def test_the_package_exports_what_reports_need():
    for name in (
        "wilson_interval",
        "percent",
        "two_proportion_test",
        "ProportionChange",
        "suppress_table",
        "SuppressedTable",
        "suppress_counts",
        "publishable_percent",
        "SUPPRESSED",
    ):
        assert name in stats.__all__
        assert hasattr(stats, name)
