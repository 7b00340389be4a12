"""Catalog build and msgmerge-like update."""

from __future__ import annotations

import shutil
import subprocess

import polib
import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update

STATEMENT = (
    "# Solidarity with Belarus\n\n"
    "Workers were arrested on Aug. 9. The union protested.\n\n"
    "- Release all activists.\n- The union protested.\n"
)


def _update(project):
    plan = plan_update(project)
    plan.write()
    return plan


def test_template_and_catalogs_are_built(make_project) -> None:
    project = make_project({"demo": STATEMENT})
    _update(project)
    pot = read_catalog(project.pot_path("demo"))
    ids = [e.msgid for e in pot]
    assert ids == ["Solidarity with Belarus", "Workers were arrested on Aug. 9.",
                   "The union protested.", "Release all activists."]
    shared = pot.find("The union protested.")
    assert shared.occurrences == [("corpus/demo.md", "3"), ("corpus/demo.md", "6")]
    assert shared.comment == "paragraph, item"
    po = read_catalog(project.po_path("ru", "demo"))
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Project-Id-Version"] == "demo"


def test_second_update_changes_no_byte(make_project) -> None:
    project = make_project({"demo": STATEMENT})
    _update(project)
    before = {p: p.read_bytes() for p in project.locales_dir.rglob("*.po*")}
    plan = _update(project)
    assert not any(c.changed for c in plan.changes)
    assert {p: p.read_bytes() for p in project.locales_dir.rglob("*.po*")} == before


def _translate(project, lang, translations):
    path = project.po_path(lang, "demo")
    po = read_catalog(path)
    for entry in po:
        if entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]
    write_catalog(po, path)


def test_edit_keeps_translations_fuzzies_and_obsoletes(make_project) -> None:
    project = make_project({"demo": STATEMENT})
    _update(project)
    _translate(project, "ru", {
        "Workers were arrested on Aug. 9.": "Рабочие были арестованы 9 августа.",
        "The union protested.": "Профсоюз протестовал.",
        "Release all activists.": "Освободите всех активистов.",
    })
    edited = STATEMENT.replace("Workers were arrested on Aug. 9.", "Workers were detained on Aug. 9.")
    edited = edited.replace("- Release all activists.\n", "")
    (project.corpus_dir / "demo.md").write_text(edited, encoding="utf-8")
    _update(project)
    po = read_catalog(project.po_path("ru", "demo"))
    kept = po.find("The union protested.")
    assert kept.msgstr == "Профсоюз протестовал." and not kept.fuzzy
    fuzzy = po.find("Workers were detained on Aug. 9.")
    assert fuzzy.fuzzy and fuzzy.msgstr == "Рабочие были арестованы 9 августа."
    assert fuzzy.previous_msgid == "Workers were arrested on Aug. 9."
    gone = [e for e in po if e.obsolete]
    assert [e.msgid for e in gone] == ["Release all activists."]
    assert gone[0].msgstr == "Освободите всех активистов."
    assert po.find("Release all activists.") is None  # obsolete entries are not live ones


def test_restored_sentence_comes_back_from_obsolete(make_project) -> None:
    project = make_project({"demo": STATEMENT})
    _update(project)
    _translate(project, "ru", {"Release all activists.": "Освободите всех активистов."})
    (project.corpus_dir / "demo.md").write_text(STATEMENT.replace("- Release all activists.\n", ""),
                                               encoding="utf-8")
    _update(project)
    (project.corpus_dir / "demo.md").write_text(STATEMENT, encoding="utf-8")
    _update(project)
    po = read_catalog(project.po_path("ru", "demo"))
    entry = po.find("Release all activists.")
    assert entry is not None and entry.msgstr == "Освободите всех активистов."
    assert not [e for e in po if e.obsolete]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_written_catalogs_pass_msgfmt_check(make_project, tmp_path) -> None:
    project = make_project({"demo": STATEMENT})
    _update(project)
    _translate(project, "be", {"The union protested.": "Прафсаюз пратэставаў."})
    for path in project.locales_dir.rglob("*.po"):
        result = subprocess.run(["msgfmt", "-c", "-o", str(tmp_path / "out.mo"), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert polib.mofile(str(tmp_path / "out.mo")) is not None


def test_statement_language_from_config(make_project) -> None:
    project = make_project({"demo": STATEMENT, "ru-note": "# Заявление\n\nПрофсоюз протестовал.\n"},
                           extra_config='[statements."ru-note"]\nsource_language = "ru"\n')
    _update(project)
    note = project.statement("ru-note")
    assert note.source_language == "ru"
    assert project.target_languages(note) == ["en", "be"]
    assert project.po_path("en", "ru-note").exists()
    assert not project.po_path("ru", "ru-note").exists()


def test_a_catalog_written_by_someone_while_update_planned_is_read_again(make_project,
                                                                        monkeypatch) -> None:
    import contextlib

    from workbench.catalog import update

    project = make_project({"demo": STATEMENT})
    _update(project)
    (project.corpus_dir / "demo.md").write_text(STATEMENT + "\nA new sentence.\n")
    real = update.catalogs_locked

    @contextlib.contextmanager
    def someone_writes_first(paths):
        _translate(project, "ru", {"The union protested.": "Профсоюз протестовал."})
        with real(paths):
            yield

    monkeypatch.setattr(update, "catalogs_locked", someone_writes_first)
    update.run_update(project)
    po = read_catalog(project.po_path("ru", "demo"))
    assert po.find("The union protested.").msgstr == "Профсоюз протестовал."  # theirs kept
    assert po.find("A new sentence.") is not None  # and ours written


def test_update_writes_nothing_when_one_file_cannot_be_written(make_project, monkeypatch) -> None:
    import errno

    import workbench.atomic as atomic

    project = make_project({"demo": STATEMENT})
    _update(project)
    (project.corpus_dir / "demo.md").write_text(STATEMENT + "\nA new sentence.\n")
    before = {p: p.read_bytes() for p in project.locales_dir.rglob("*.po*")}
    real = atomic._write_temporary

    def be_is_read_only(path, data):
        if "/be/" in str(path):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real(path, data)

    monkeypatch.setattr(atomic, "_write_temporary", be_is_read_only)
    with pytest.raises(OSError, match="be/LC_MESSAGES/demo.po"):
        _update(project)
    assert {p: p.read_bytes() for p in project.locales_dir.rglob("*.po*")} == before
    assert not [p for p in project.root.rglob("*") if p.name.endswith((".tmp", ".lock"))]
