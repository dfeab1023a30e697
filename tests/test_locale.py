"""Vietnamese is the default language: every UI string must have a Vietnamese translation,
and the compiled catalogues shipped in the repo must match their sources."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "provind" / "locale"


def test_it_translates_every_string_into_vietnamese():
    po = polib.pofile(str(LOCALE / "vi" / "LC_MESSAGES" / "django.po"))

    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert len(po.translated_entries()) > 50


@pytest.mark.parametrize("language", ["vi", "en"])
def test_it_ships_compiled_catalogues_that_match_the_sources(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))

    compiled = {(e.msgid, e.msgstr) for e in mo if not e.msgid_plural}
    source = {(e.msgid, e.msgstr) for e in po.translated_entries() if not e.msgid_plural and not e.obsolete}
    assert source <= compiled, "run `make messages` to recompile the .mo files"
