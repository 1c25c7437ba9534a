"""The theming package stays pure and offline: no web framework, no database, no downloads."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(script: str, **environment: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", **environment},
    )
    return result.stdout.strip()


def test_importing_theming_pulls_in_neither_flask_nor_sqlalchemy():
    script = (
        "import importlib, pkgutil, sys, theming\n"
        "for module in pkgutil.walk_packages(theming.__path__, 'theming.'):\n"
        "    importlib.import_module(module.name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'flask', 'sqlalchemy'}))"
    )
    assert run(script) == "[]"


def test_the_pipeline_runs_without_any_nltk_or_textblob_data(tmp_path):
    script = (
        "from theming import analyse, redact\n"
        "analysis = analyse('Dr. Okafor was great. The waiting list is awful!')\n"
        "print(len(analysis.sentences), analysis.sentiment.label, analysis.noun_phrases,"
        " redact('Mrs Smith'))"
    )
    output = run(script, NLTK_DATA=str(tmp_path), HOME=str(tmp_path))
    assert output == "2 mixed ('waiting list',) [name]"


def test_the_package_exports_what_other_modules_need():
    import theming

    for name in ("analyse", "redact", "words", "detect_language", "COMMENT_MAX"):
        assert hasattr(theming, name)
