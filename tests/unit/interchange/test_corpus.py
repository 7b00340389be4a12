"""Real files from other tools' own test data (tests/data/interchange/MANIFEST.md), table-driven.

Every memory file is read with the languages it declares; the expected unit counts were counted
by hand from the files. Every PO file that GNU gettext accepts is read and written back byte
for byte; every MO file that msgunfmt accepts is read, and the ones it refuses are refused.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from interchange_helpers import DATA, require_system

from workbench.catalog.pofile import parse_catalog, render_text
from workbench.errors import CatalogError, WorkbenchError
from workbench.export.mo import read_mo
from workbench.tm.tmx import read_tmx
from workbench.tm.xliff import read_xliff

LIMIT = 1 << 30

# file, source language, target languages asked for, units expected per language
MEMORIES = [
    ("omegat/project_save.tmx", "en", ["fr"], {"fr": 5}),  # TMX 1.1, OmegaT's project memory
    ("omegat/test-omegat.tmx", "en", ["be"], {"be": 4}),  # 1.1, lang= not xml:lang, en-GB source
    ("omegat/test-level2.tmx", "en", ["be"], {"be": 4}),
    ("omegat/resegmenting11.tmx", "en", ["fr"], {"fr": 1}),
    ("omegat/test-SMP.tmx", "en", ["be"], {"be": 1}),  # characters beyond the BMP
    ("omegat/test-multiple-tuv14.tmx", "EN-US", ["fr", "de", "es"], {"fr": 2, "de": 2, "es": 2}),
    ("omegat/test-multiple-tuv.tmx", "en-us", ["fr_FR"], {"fr_FR": 2}),  # FR-FR, else FR
    ("omegat/en-US_en-GB_fr_sr.tmx", "en", ["fr", "sr"], {"fr": 1, "sr": 1}),
    ("omegat/project_CN_JP-project_save.tmx", "zh_CN", ["ja"], {"ja": 1}),  # zh-CN source
    ("omegat/ImportTest1A.tmx", "en_US", ["fr_CA"], {"fr_CA": 2}),  # UTF-16
    ("omegat/ImportTest1I.tmx", "en", ["ja"], {"ja": 1}),
    ("omegat/ImportTest2A-0index.tmx", "en-US", ["fr-CA"], {"fr-CA": 7}),  # inline codes, En-uS
    ("omegat/invalid.tmx", "en", ["be"], {}),  # segments made of codes only: nothing to learn
    ("omegat/empty.tmx", "en", ["fr"], {}),
    ("omegat/ExportTest1E.xlf", "en", ["fr_CA"], {"fr_CA": 4}),  # XLIFF 1.0, EN-US/FR-CA
    ("omegat/en-ca.xlf", "en", ["ca"], {"ca": 4}),
    ("omegat/file-XLIFFFilter-tags.xlf", "en", ["be"], {"be": 10}),  # 1.1 namespace, no version
    ("omegat/file-XLIFFFilter1-multiple-file-tag.xlf", "en", ["be"], {}),  # sources only
    ("omegat/ex.14.5.xlf", "en", ["pt"], {}),  # XLIFF 2.0, no targets (spec example)
    ("weblate/memory.tmx", "de", ["cs", "en"], {"cs": 1, "en": 1}),  # DE-DE, CS-CZ
    ("weblate/memory2.tmx", "en", ["sc"], {"sc": 1}),  # TMX 1.1 from OmegaT, via Weblate
    ("weblate/cs.xliff2", "en", ["cs"], {"cs": 1}),
    ("weblate/cs.poxliff.xlf", "en", ["cs"], {"cs": 1}),  # po2xliff: no target-language, header unit
    ("weblate/cs.xliff", "en", ["cs"], {}),  # a template: no version, no languages, no targets
    ("ttk/test_pocount_xliff_states_yes_states.xlf", "en", ["fr"], {"fr": 8}),
    ("okapi/potest.po.normal.tmx", "en", ["fr"], {"fr": 9}),  # Okapi's po2tmx: <ph>%s</ph>
    ("okapi/a_small_test2.tmx", "en_US", ["fr"], {"fr": 1}),  # it, bpt/ept, ph with sub, hi
]


@pytest.mark.parametrize(("name", "source", "targets", "expected"), MEMORIES, ids=[m[0] for m in MEMORIES])
def test_memories_from_other_tools_are_read(name: str, source: str, targets: list[str],
                                            expected: dict[str, int]) -> None:
    path = DATA / name
    reader = read_tmx if path.suffix == ".tmx" else read_xliff
    content = reader(path, source, targets, max_bytes=LIMIT)
    assert {lang: len(units) for lang, units in content.units.items() if units} == expected


def test_inline_codes_keep_what_stands_for_text_and_drop_formatting() -> None:
    units = read_tmx(DATA / "omegat/ImportTest2A-0index.tmx", "en-US", ["fr_CA"], max_bytes=LIMIT).units
    pairs = {u.source: u.target for u in units["fr_CA"]}
    assert pairs["First sentence."] == "Première phrase."  # <it>&lt;b></it> is formatting
    assert pairs["Picture: "] == "Image: "  # an <img> placeholder is markup, not text
    assert any("une portion délimitée" in t for t in pairs.values())  # <hi> keeps its text


def test_okapi_placeholders_come_back_as_the_text_they_stand_for() -> None:
    units = read_tmx(DATA / "okapi/potest.po.normal.tmx", "en", ["fr"], max_bytes=LIMIT).units["fr"]
    pairs = {u.source: u.target for u in units}
    assert pairs["%d file"] == "%d fichier"
    assert pairs["Text with an approved translation %s"] == "Texte avec une traducion approuvée %s"
    [unit] = read_tmx(DATA / "okapi/a_small_test2.tmx", "en", ["fr"], max_bytes=LIMIT).units["fr"]
    assert (unit.source, unit.target) == ("Click  to start.", "Cliquez  pour commencer.")  # image and its <sub> go


def test_the_exact_language_wins_over_a_regional_variant() -> None:
    units = read_tmx(DATA / "omegat/test-multiple-tuv14.tmx", "en", ["fr"], max_bytes=LIMIT).units["fr"]
    assert [u.target for u in units][1] == "fr 2 Bonjour les mondes."  # FR, not FR-FR


# ---------------------------------------------------------------- gettext


def _gettext_accepts(path: Path) -> bool:
    """msgfmt reads it (msgcat also refuses files it cannot convert, e.g. with no charset)."""
    return subprocess.run(["msgfmt", "-o", "/dev/null", str(path)], capture_output=True).returncode == 0


PO_FILES = sorted(p for p in DATA.rglob("*") if p.suffix in (".po", ".pot"))


def test_the_corpus_has_real_catalogs() -> None:
    assert len(PO_FILES) >= 25


@pytest.mark.parametrize("path", PO_FILES, ids=[p.relative_to(DATA).as_posix() for p in PO_FILES])
def test_every_catalog_gettext_accepts_round_trips_byte_for_byte(path: Path) -> None:
    require_system(shutil.which("msgfmt") is not None, "gettext (msgfmt)")
    data = path.read_bytes()
    if not _gettext_accepts(path):
        # gettext refuses it (polib's BOM and syntax-error files): we refuse it in one line
        # or, for a byte-order mark gettext trips on, read it and keep its bytes as they are.
        try:
            catalog = parse_catalog(data, path)
        except WorkbenchError as error:
            assert "\n" not in str(error) and str(path.name) in str(error)
            return
        assert data.startswith(b"\xef\xbb\xbf")
        assert render_text(catalog).encode(catalog.encoding) in (data, data[3:])
        return
    catalog = parse_catalog(data, path)
    assert render_text(catalog).encode(catalog.encoding) == data.removeprefix(b"\xef\xbb\xbf")


MO_FILES = sorted(DATA.rglob("*.mo"))


@pytest.mark.parametrize("path", MO_FILES, ids=[p.name for p in MO_FILES])
def test_mo_files_are_read_or_refused_as_msgunfmt_does(path: Path) -> None:
    require_system(shutil.which("msgunfmt") is not None, "gettext (msgunfmt)")
    done = subprocess.run(["msgunfmt", str(path)], capture_output=True)
    if done.returncode != 0:
        with pytest.raises(CatalogError) as caught:
            read_mo(path)
        assert "\n" not in str(caught.value)
        return
    import polib

    theirs = polib.pofile(done.stdout.decode("utf-8", "replace"))
    ours = read_mo(path)
    assert {(e.msgctxt, e.msgid) for e in ours} == {(e.msgctxt, e.msgid) for e in theirs if e.msgid}


@pytest.mark.parametrize("damage", ["empty", "magic", "truncated", "swapped", "revision"])
def test_damaged_mo_files_are_refused_in_one_line(damage: str, tmp_path: Path) -> None:
    require_system(shutil.which("msgunfmt") is not None, "gettext (msgunfmt)")
    good = (DATA / "polib/test_msgctxt.mo").read_bytes()
    bad = {"empty": b"", "magic": b"not an MO file at all, no" * 2, "truncated": good[:100],
           "swapped": good[:4][::-1] + good[4:],
           "revision": good[:4] + (0x20000).to_bytes(4, "little") + good[8:]}[damage]
    path = tmp_path / "x.mo"
    path.write_bytes(bad)
    assert subprocess.run(["msgunfmt", str(path)], capture_output=True).returncode != 0
    with pytest.raises(CatalogError) as caught:
        read_mo(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_tm_import_of_a_broken_mo_says_so_in_one_line(tmp_path: Path) -> None:
    from interchange_helpers import make_project

    from workbench.tm import import_memory

    project = make_project(tmp_path / "p")
    bad = tmp_path / "ru.mo"
    bad.write_bytes((DATA / "polib/test_msgctxt.mo").read_bytes()[:60])
    with pytest.raises(WorkbenchError, match="truncated"):
        import_memory(project, [bad], lang="ru", progress=False)
