"""The Urdu and Polish catalogs translate every interface string, placeholders and tags intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from feedback import i18n_catalogs as catalogs


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Catalog:
    return catalogs.extract(Path(tmp_path_factory.mktemp("pot")) / "messages.pot")


def test_the_engine_and_the_interface_are_extracted(template):
    for msgid in ("Select an answer", "Strongly agree", "Skip to main content", "About you"):
        assert msgid in template


@pytest.mark.parametrize("language", catalogs.languages())
def test_every_string_is_translated(template, language):
    problems = catalogs.problems(template, catalogs.read(catalogs.po_path(language)))
    assert problems == {}, f"Run scripts/translations and translate these: {problems}"


def test_a_translation_that_drops_a_placeholder_or_a_tag_is_caught(template):
    catalog = Catalog(locale="pl")
    catalog.add("Closes on %(date)s", "Zamknięcie")
    catalog.add("Your reference is<br><strong>%(reference)s</strong>", "Numer: %(reference)s")
    problems = catalogs.problems(template, catalog)
    assert problems["Closes on %(date)s"].startswith("placeholders differ")
    assert problems["Your reference is<br><strong>%(reference)s</strong>"].startswith("HTML tags")
    assert problems["Skip to main content"] == "not translated"
