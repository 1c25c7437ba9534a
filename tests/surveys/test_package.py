"""The survey engine stays pure Python: no web framework, no database."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_engine_pulls_in_neither_flask_nor_sqlalchemy():
    script = (
        "import sys, surveys, surveys.definition, surveys.routing, surveys.rules, surveys.types\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'flask', 'sqlalchemy'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
