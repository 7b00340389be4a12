"""The engine: contexts, catalogs, projects, PO files, check selection, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from qa_helpers import catalog, entry, po_text

from workbench.catalog import parse_catalog
from workbench.checks import (
    REGISTRY,
    check_catalog,
    check_entry,
    check_paths,
    check_project,
    context_for,
    resolve_checks,
    run_paths,
    runner,
)
from workbench.errors import WorkbenchError

BAD = (entry("Sentenced to 25 days.", "Приговорён к 52 суткам.")
       + entry("Server closed.", "Cервер закрыт.")
       + entry("Copy %s", "Копировать"))


def test_every_check_has_an_id_severity_and_a_message_that_says_how_to_fix() -> None:
    assert len(REGISTRY) >= 20
    for chk in REGISTRY.values():
        assert chk.severity in ("error", "warning", "info")
        assert ";" in chk.message or "," in chk.message, chk.id  # what is wrong; what to do


def test_finding_fields(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text(po_text(BAD), encoding="utf-8")
    found = check_catalog(path)
    assert {f.check for f in found} >= {"numbers", "mixed-script", "printf"}
    numbers = next(f for f in found if f.check == "numbers")
    assert numbers.file == str(path) and numbers.lang == "ru"
    assert numbers.msgid == "Sentenced to 25 days." and numbers.msgctxt is None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[numbers.line - 1] == 'msgid "Sentenced to 25 days."'
    assert all(f.severity == "error" for f in found if f.check in ("numbers", "printf"))


def test_selection_by_id_and_family() -> None:
    assert resolve_checks(["numbers"]) == {"numbers"}
    assert resolve_checks(["placeholders"]) >= {"printf", "brace", "urls", "tags"}
    assert resolve_checks(["numbers,spaces"]) == {"numbers", "spaces"}
    with pytest.raises(WorkbenchError, match="unknown check") as info:
        resolve_checks(["nubmers"])
    assert "numbers" in str(info.value)


def test_language_from_header_path_or_letters(tmp_path: Path) -> None:
    no_header = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                 + entry("Minsk and Gomel", "Мінск і Гомель, вуліцы і плошчы"))
    folder = tmp_path / "uk" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "x.po").write_text(no_header, encoding="utf-8")
    assert context_for(parse_catalog(no_header.encode()), file=folder / "x.po").lang == "uk"
    assert context_for(parse_catalog(no_header.encode())).lang == "be"  # ў/і without и
    latin = 'msgid ""\nmsgstr ""\n\n' + entry("Hello", "Hallo")
    with pytest.raises(WorkbenchError, match="language"):
        context_for(parse_catalog(latin.encode()))
    assert context_for(parse_catalog(latin.encode()), "de").lang == "de"


def test_check_entry_sees_what_the_translator_types() -> None:
    cat = catalog(entry("Sentenced to 25 days.", ""), "ru")
    ctx = context_for(cat, "ru")
    live = cat[0]
    assert [f.check for f in check_entry(live, ctx)] == ["untranslated"]
    live.msgstr = "Приговорён к 2 суткам."
    assert [f.check for f in check_entry(live, ctx)] == ["numbers"]
    live.msgstr = "Приговорён к 25 суткам."
    assert check_entry(live, ctx) == []


def test_parallel_run_gives_the_serial_result(tmp_path: Path, monkeypatch) -> None:
    paths = []
    for i in range(5):
        path = tmp_path / f"f{i}.po"
        path.write_text(po_text(BAD), encoding="utf-8")
        paths.append(path)
    serial = run_paths(paths, jobs=1)
    monkeypatch.setattr(runner, "PARALLEL_BYTES", 0)
    parallel = run_paths(paths, jobs=2)
    assert parallel.findings == serial.findings
    assert parallel.entries == serial.entries


def test_project_checks_use_the_statement_format_and_glossary(make_project) -> None:
    from workbench.catalog import read_catalog, write_catalog
    from workbench.catalog.update import plan_update

    project = make_project({"demo": "# Title\n\nThe **union** met on 9 August.\n"})
    plan_update(project).write()
    path = project.po_path("ru", "demo")
    cat = read_catalog(path)
    for e in cat:
        e.msgstr = {"Title": "Заголовок"}.get(e.msgid, "Профсоюз собрался 9 августа.")
    write_catalog(cat)
    found = check_project(project, "ru")
    assert [(f.check, f.severity) for f in found] == [("markdown", "error")]
    assert found[0].file == "locales/ru/LC_MESSAGES/demo.po"
    (again,) = check_paths([path], checks=["markdown"])
    assert (again.check, again.line, again.file) == ("markdown", found[0].line, str(path))
