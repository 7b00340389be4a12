"""Review sign-off: kept in a translator comment, stale by itself when the text changes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import polib
import pytest

from tests.conftest import require_system
from workbench.catalog import review
from workbench.catalog.pofile import parse_catalog, read_catalog, write_catalog

PO = """\
msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

# A note of the translator.
#. paragraph
#: corpus/demo.md:3
msgid "The union protests."
msgstr "Профсоюз протестует."

#: corpus/demo.md:5
msgid "Leaders were detained."
msgstr ""

#: corpus/demo.md:7
msgid "%d leader"
msgid_plural "%d leaders"
msgstr[0] "%d руководитель"
msgstr[1] "%d руководителя"
msgstr[2] "%d руководителей"
"""

DAY = date(2026, 12, 4)







def test_approve_writes_a_translator_comment_and_keeps_the_others() -> None:
    catalog = parse_catalog(PO.encode())
    entry = catalog.find("The union protests.")
    assert review.approve(entry, "Anna K <anna@example.org>", DAY)
    text = str(catalog)
    assert ("# A note of the translator.\n# workbench-review: approved 2026-12-04 "
            f"{review.fingerprint(entry)} by Anna K <anna@example.org>\n#. paragraph") in text
    again = parse_catalog(text.encode()).find("The union protests.")
    assert review.is_approved(again) and review.review_state(again) == "reviewed"
    assert review.sign_off(again) == review.SignOff("Anna K <anna@example.org>", "2026-12-04",
                                                    review.fingerprint(entry))
    assert not review.approve(again, "Someone else")  # already approved: unchanged


def test_a_changed_translation_or_source_makes_the_sign_off_stale() -> None:
    catalog = parse_catalog(PO.encode())
    entry = catalog.find("The union protests.")
    review.approve(entry, "Anna", DAY)
    entry.msgstr = "Профсоюз выражает протест."
    assert review.is_stale(entry) and review.review_state(entry) == "stale"
    entry.msgstr = "Профсоюз протестует."
    assert review.is_approved(entry)
    entry.msgid = "The union protests strongly."
    assert review.is_stale(entry)


def test_fuzzy_makes_a_sign_off_stale_and_plural_forms_count() -> None:
    catalog = parse_catalog(PO.encode())
    plural = catalog.find("%d leader")
    review.approve(plural, "Anna", DAY)
    assert review.is_approved(plural)
    plural.msgstr_plural[2] = "%d лидеров"
    assert review.is_stale(plural)
    entry = catalog.find("The union protests.")
    review.approve(entry, "Anna", DAY)
    entry.flags.append("fuzzy")
    assert review.is_stale(entry)


def test_nothing_to_approve_in_an_empty_or_fuzzy_entry() -> None:
    catalog = parse_catalog(PO.encode())
    with pytest.raises(ValueError, match="only a translated entry"):
        review.approve(catalog.find("Leaders were detained."), "Anna")


def test_reject_sends_back_to_fuzzy_with_a_note_and_drops_the_sign_off() -> None:
    catalog = parse_catalog(PO.encode())
    entry = catalog.find("The union protests.")
    review.approve(entry, "Anna", DAY)
    assert review.reject(entry, "Boris", "too literal:\nsay 'выражает протест'", DAY)
    assert "fuzzy" in entry.flags and review.sign_off(entry) is None
    assert review.rejection(entry) == review.Rejection("Boris", "2026-12-04",
                                                       "too literal: say 'выражает протест'")
    assert review.review_state(entry) == "rejected"
    assert entry.tcomment.startswith("A note of the translator.\n")
    entry.flags.remove("fuzzy")
    review.approve(entry, "Boris", DAY)  # approval replaces the rejection
    assert review.rejection(entry) is None and review.is_approved(entry)


def test_set_approved_keeps_an_existing_sign_off() -> None:
    catalog = parse_catalog(PO.encode())
    entry = catalog.find("The union protests.")
    review.approve(entry, "Anna", DAY)
    assert not review.set_approved(entry, True, "Importer")
    assert review.sign_off(entry).reviewer == "Anna"  # type: ignore[union-attr]
    assert review.set_approved(entry, False, "Importer")
    assert review.sign_off(entry) is None
    assert review.set_approved(entry, True, "Importer", DAY)
    assert review.sign_off(entry).reviewer == "Importer"  # type: ignore[union-attr]
    assert not review.set_approved(catalog.find("Leaders were detained."), True, "Importer")


def test_sign_off_survives_msgmerge(tmp_path: Path) -> None:
    require_system(shutil.which("msgmerge") is not None, "gettext (msgmerge)")
    po = tmp_path / "ru.po"
    po.write_text(PO, encoding="utf-8")
    catalog = read_catalog(po)
    for msgid in ("The union protests.", "%d leader"):
        review.approve(catalog.find(msgid), "Anna", DAY)
    write_catalog(catalog)
    pot = polib.POFile()
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for entry in catalog:
        pot.append(polib.POEntry(msgid=entry.msgid, msgid_plural=entry.msgid_plural,
                                 msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                                 occurrences=entry.occurrences))
    pot.append(polib.POEntry(msgid="A new sentence."))
    pot.save(str(tmp_path / "demo.pot"))
    out = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "-o", str(out), str(po), str(tmp_path / "demo.pot")],
                   check=True)
    merged = read_catalog(out)
    assert review.is_approved(merged.find("The union protests."))
    assert review.is_approved(merged.find("%d leader"))
    assert review.review_state(merged.find("A new sentence.")) == "unreviewed"
