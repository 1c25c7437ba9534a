"""The interface catalogs: extract, update, check and compile them (`scripts/translations`).

`pybabel extract` (babel.cfg) writes every marked string to a messages.pot in a temporary folder
(it is never committed); each language's `feedback/translations/<code>/LC_MESSAGES/messages.po`
is brought up to date with it (new strings come in blank, never as fuzzy guesses, and strings
no longer used are dropped); then every string not properly translated is listed, and the
catalogs are compiled to `.mo` files (git ignores them; `scripts/setup` compiles them too).
"""

from __future__ import annotations

import re
import sys
import tempfile
from contextlib import chdir
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from feedback.config import DEFAULTS

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "feedback" / "translations"
KEYWORDS = ("lazy_gettext", "lazy_ngettext:1,2", "N_")
"""Marker functions besides pybabel's own (`_`, `gettext`, `ngettext`…)."""
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
_TAG = re.compile(r"</?[a-z][a-z0-9]*")


def languages() -> list[str]:
    """The languages with a catalog: every interface language offered but English."""
    return [code.strip() for code in DEFAULTS["LANGUAGES"].split(",") if code.strip() != "en"]


def po_path(language: str) -> Path:
    """Where the catalog of `language` is kept."""
    return TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def extract(pot: Path) -> Catalog:
    """Every marked string of the app, written to `pot` and returned."""
    keywords = [arg for keyword in KEYWORDS for arg in ("-k", keyword)]
    with chdir(ROOT):  # so the catalogs name files relative to the project
        _pybabel(
            "extract", "-F", "babel.cfg", *keywords, "--sort-by-file", "--add-location=file",
            "--project", "Co-production Feedback", "-o", str(pot), ".",
        )  # fmt: skip
    return read(pot)


def read(path: Path) -> Catalog:
    """The catalog (or template) at `path`."""
    with path.open("rb") as file:
        return read_po(file)


def update(pot: Path, language: str) -> None:
    """Bring the catalog of `language` up to date with the template `pot` (made if missing)."""
    if not po_path(language).exists():
        _pybabel("init", "-i", str(pot), "-d", str(TRANSLATIONS), "-l", language)
        return
    _pybabel(
        "update", "-i", str(pot), "-d", str(TRANSLATIONS), "-l", language,
        "--no-fuzzy-matching", "--ignore-obsolete",
    )  # fmt: skip


def _forms(value: str | tuple | list | None) -> list[str]:
    if isinstance(value, tuple | list):
        return [str(form or "") for form in value]
    return [value or ""]


def _problem(source: Message, translated: Message | None) -> str | None:
    """Why `translated` is not a usable translation of `source`, or None when it is."""
    if translated is None or not all(form.strip() for form in _forms(translated.string)):
        return "not translated"
    if translated.fuzzy:
        return "marked fuzzy (a guess): check it and remove the fuzzy flag"
    originals = _forms(source.id)
    allowed = {name for text in originals for name in _PLACEHOLDER.findall(text)}
    required = set.intersection(*({*_PLACEHOLDER.findall(text)} for text in originals))
    tags = sorted(_TAG.findall(originals[0]))
    for form in _forms(translated.string):
        used = set(_PLACEHOLDER.findall(form))
        if not required <= used <= allowed:
            return f"placeholders differ: {sorted(used)} for {sorted(allowed)}"
        if sorted(_TAG.findall(form)) != tags:
            return "HTML tags differ from the English"
    return None


def problems(template: Catalog, catalog: Catalog) -> dict[str, str]:
    """Each string of `template` that `catalog` does not translate properly, with why."""
    found = {}
    for source in template:
        if not source.id:
            continue
        problem = _problem(source, catalog.get(source.id))
        if problem:
            found[source.id[0] if isinstance(source.id, tuple) else source.id] = problem
    return found


def compile_all() -> None:
    """Compile every catalog to its `.mo` file (fuzzy entries are left out)."""
    _pybabel("compile", "-d", str(TRANSLATIONS))


def main() -> int:
    """Extract, update, report and compile; 1 when any language has strings left to translate."""
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / "messages.pot"
        template = extract(pot)
        left = 0
        for language in languages():
            update(pot, language)
            missing = problems(template, read(po_path(language)))
            left += len(missing)
            print(f"{language}: {len(template) - len(missing)} of {len(template)} translated")
            for msgid, problem in missing.items():
                print(f"  {problem}: {msgid!r}")
    compile_all()
    if left:
        print(f"Translate these in {TRANSLATIONS.relative_to(ROOT)}/<language>/LC_MESSAGES/")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
