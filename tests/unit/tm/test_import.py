"""`tm import`: full validation first, one-line errors, nothing half-imported."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from tm_data import po_text

from workbench.errors import WorkbenchError
from workbench.tm import TranslationMemory, import_memory

DATA = Path(__file__).resolve().parents[2] / "data" / "tm"


@pytest.mark.parametrize(("name", "message", "line"), [
    ("malformed.tmx", "not well-formed XML: mismatched tag", 8),
    ("version.tmx", "TMX version '2.0' is not supported", 2),
    ("no-srclang.tmx", "<header> has no srclang", 3),
    ("billion-laughs.tmx", "entity declarations are refused", 3),
    ("external-entity.tmx", "entity declarations are refused", 3),
    ("german-only.tmx", "no translation units for the project's target languages (ru)", 4),
])
def test_bad_tmx_is_refused_in_one_line(tm_project, name: str, message: str, line: int) -> None:
    with pytest.raises(WorkbenchError) as err:
        import_memory(tm_project, [DATA / name])
    text = str(err.value)
    assert message in text and f"{name}:{line}:" in text and "\n" not in text
    assert not tm_project.tm_dir.exists()


def test_a_tmx_without_the_requested_language(tm_project) -> None:
    with pytest.raises(WorkbenchError, match=r"no translation units for 'be'; this file has: de, ru, ru_RU"):
        import_memory(tm_project, [DATA / "omegat.tmx"], lang="be")


def test_huge_files_are_refused_before_reading(tm_project) -> None:
    config = tm_project.root / "workbench.toml"
    config.write_text(config.read_text() + "\n[tm]\nmax_import_mb = 0\n")
    from workbench.project import Project

    with pytest.raises(WorkbenchError, match="too large to import"):
        import_memory(Project.open(tm_project.root), [DATA / "omegat.tmx"])


def test_nothing_is_imported_when_one_file_is_bad(tm_project) -> None:
    with pytest.raises(WorkbenchError, match="malformed.tmx"):
        import_memory(tm_project, [DATA / "omegat.tmx", DATA / "malformed.tmx"])
    assert not tm_project.tm_dir.exists()


def test_tmx_import_copies_and_indexes(tm_project) -> None:
    [done] = import_memory(tm_project, [DATA / "omegat.tmx"])
    assert done.dest == tm_project.tm_dir / "omegat.tmx" and done.copied and done.units == {"ru": 2}
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.rebuilt == ""  # the import already brought the index up to date
    [m] = tm.lookup("Free the trade unionists!", limit=1)
    assert (m.score, m.origin, m.target) == (100, "tm/omegat.tmx", "Свободу профсоюзным активистам!")


def test_po_language_from_header_place_or_the_only_target(tm_project, tmp_path: Path) -> None:
    po = tmp_path / "old.po"
    po.write_text(po_text([("Old sentence.", "Старое предложение.")]).replace('"Language: ru\\n"\n', ""),
                  encoding="utf-8")
    [done] = import_memory(tm_project, [po])  # no header, but ru is the project's only target
    assert done.dest == tm_project.tm_dir / "ru" / "old.po"
    assert TranslationMemory.for_project(tm_project, "ru").lookup("Old sentence.")[0].origin == "tm/ru/old.po"
    placed = tmp_path / "be" / "LC_MESSAGES" / "app.po"
    placed.parent.mkdir(parents=True)
    placed.write_bytes(po.read_bytes())
    assert import_memory(tm_project, [placed])[0].dest == tm_project.tm_dir / "be" / "app.po"


def test_po_without_any_language_hint_is_refused(make_project, tmp_path: Path) -> None:
    project = make_project(targets=("ru", "uk"))
    po = tmp_path / "old.po"
    po.write_text(po_text([("Old sentence.", "Старое.")]).replace('"Language: ru\\n"\n', ""),
                  encoding="utf-8")
    with pytest.raises(WorkbenchError, match="no Language header"):
        import_memory(project, [po])
    assert import_memory(project, [po], lang="uk")[0].dest == project.tm_dir / "uk" / "old.po"


def test_po_language_must_agree_with_lang(tm_project, tmp_path: Path) -> None:
    po = tmp_path / "de.po"
    po.write_text(po_text([("Hello.", "Hallo.")], lang="de"), encoding="utf-8")
    with pytest.raises(WorkbenchError, match="says Language: de, not ru"):
        import_memory(tm_project, [po], lang="ru")


def test_mo_import(tm_project, tmp_path: Path) -> None:
    source = tmp_path / "src.po"
    source.write_text(po_text([("Compiled sentence.", "Скомпилированное предложение.")]), encoding="utf-8")
    mo = tmp_path / "compiled.mo"
    polib.pofile(str(source)).save_as_mofile(str(mo))
    [done] = import_memory(tm_project, [mo])
    assert done.units == {"ru": 1} and done.dest == tm_project.tm_dir / "ru" / "compiled.mo"
    assert TranslationMemory.for_project(tm_project, "ru").lookup("Compiled sentence.")[0].score == 100


def test_bad_mo_and_unknown_formats(tm_project, tmp_path: Path) -> None:
    (tmp_path / "bad.mo").write_bytes(b"not a catalog")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(WorkbenchError, match="bad.mo: truncated: an MO file starts with a 28-byte header"):
        import_memory(tm_project, [tmp_path / "bad.mo"], lang="ru")
    with pytest.raises(WorkbenchError, match="unsupported memory format .txt"):
        import_memory(tm_project, [tmp_path / "notes.txt"])


def test_same_name_with_other_content_needs_replace(tm_project, tmp_path: Path) -> None:
    import_memory(tm_project, [DATA / "omegat.tmx"])
    changed = tmp_path / "omegat.tmx"
    shutil.copy(DATA / "omegat.tmx", changed)
    changed.write_text(changed.read_text(encoding="utf-8").replace("Свободу", "Волю"), encoding="utf-8")
    with pytest.raises(WorkbenchError, match="already exists with other content"):
        import_memory(tm_project, [changed])
    import_memory(tm_project, [changed], replace=True)
    assert "Волю" in TranslationMemory.for_project(tm_project, "ru").lookup("Free the trade unionists!")[0].target
    import_memory(tm_project, [DATA / "omegat.tmx"], replace=True)  # the same file twice: fine


def test_xliff_import(tm_project) -> None:
    [done] = import_memory(tm_project, [DATA / "sample.xlf"])
    assert done.units == {"ru": 2}
    [m] = TranslationMemory.for_project(tm_project, "ru").lookup("Draft sentence.", limit=1)
    assert m.fuzzy and m.score == 95
