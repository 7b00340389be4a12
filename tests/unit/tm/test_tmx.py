"""TMX: export and read back (ours and translate-toolkit's reader), OmegaT-style input, XLIFF."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.tm import TranslationMemory, export_tmx, import_memory
from workbench.tm.tmx import read_tmx, write_tmx
from workbench.tm.units import Unit
from workbench.tm.xliff import read_xliff

DATA = Path(__file__).resolve().parents[2] / "data" / "tm"
LIMIT = 1 << 30


def test_units_survive_a_round_trip(tmp_path: Path) -> None:
    units = [
        Unit("Plain & <simple>", ("Просто & <просто>",), changed="20240301T120000Z"),
        Unit("%d file", ("%d файл", "%d файла", "%d файлов"), source_plural="%d files"),
        Unit("Menu", ("Меню",), context="title", fuzzy=True, prev="", next="Next one"),
        Unit("Bell\a and tab\there", ("Звонок\a и таб\tздесь",)),
        Unit("Line one\nline two", ("Строка один\nстрока два",)),
    ]
    path = tmp_path / "out.tmx"
    assert write_tmx(path, [(u, "statement demo") for u in units], "en", "pt_BR") == 5
    back = read_tmx(path, "en", ["pt_BR"], max_bytes=LIMIT).units["pt_BR"]
    stamped = [Unit(u.source, u.targets, u.source_plural, u.context, u.fuzzy, u.prev, u.next, b.changed)
               for u, b in zip(units, back, strict=True)]
    assert back == stamped
    assert back[0].changed == "20240301T120000Z" and back[1].changed  # a date is always written


def test_translate_toolkit_reads_our_tmx(tm_project, tmp_path: Path) -> None:
    tmx_module = pytest.importorskip("translate.storage.tmx")
    out = tmp_path / "ru.tmx"
    count = export_tmx(tm_project, "ru", out)
    assert count == 5  # translated entries only: not the fuzzy, not the untranslated one
    store = tmx_module.tmxfile(out.read_bytes(), sourcelanguage="en", targetlanguage="ru")
    pairs = {u.source: u.target for u in store.units}
    assert pairs["The union was banned in 2021."] == "Профсоюз был запрещён в 2021 году."
    assert pairs["%d worker"] == "%d работник"  # plural forms: one unit, msgstr[0] as its target


def test_export_keeps_origin_dates_and_plurals_and_imports_back(tm_project, tmp_path: Path) -> None:
    out = tmp_path / "all.tmx"
    export_tmx(tm_project, "ru", out, include_fuzzy=True)
    text = out.read_text(encoding="utf-8")
    assert '<tmx version="1.4">' in text and 'srclang="en"' in text
    assert '<prop type="x-origin">statement main</prop>' in text
    assert 'creationdate="20240301T120000Z"' in text and 'changedate="20240301T120000Z"' in text
    assert text.count("<tu ") == 6 and '<prop type="x-plural-2">%d работников</prop>' in text
    import_memory(tm_project, [out])
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.lookup("%d worker")[0].targets == ("%d работник", "%d работника", "%d работников")


def test_omegat_style_tmx_reads_text_without_native_codes() -> None:
    content = read_tmx(DATA / "omegat.tmx", "en", ["ru"], max_bytes=LIMIT)
    units = content.units["ru"]
    assert [(u.source, u.target) for u in units] == [
        ("The union was banned.", "Профсоюз запретили."),
        ("Free the trade unionists!", "Свободу профсоюзным активистам!")]
    assert units[0].changed == "20230105T101500Z"
    assert content.languages == {"en_US", "ru_RU", "de", "ru"}


def test_xliff_targets_and_review_states() -> None:
    units = read_xliff(DATA / "sample.xlf", "en", ["ru"], max_bytes=LIMIT).units["ru"]
    assert [(u.source, u.target, u.fuzzy) for u in units] == [
        ("Strikes are legal.", "Забастовки законны.", False), ("Draft sentence.", "Черновик.", True)]
