"""The project commands from a user's point of view, bad input included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

STATEMENT = "# Title here\n\nThe union met on Aug. 9. Zimin got 25 days.\n"


@pytest.fixture
def project_dir(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT})
    monkeypatch.chdir(project.root)
    return project.root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_makes_a_project(tmp_path, capsys) -> None:
    assert main(["init", str(tmp_path / "p"), "--targets", "ru,be"]) == 0
    root = tmp_path / "p"
    for sub in ("corpus", "locales", "glossary"):
        assert (root / sub).is_dir()
    assert ".workbench/" in (root / ".gitignore").read_text()
    assert ".*.lock" in (root / ".gitignore").read_text().splitlines()  # a killed writer's lock
    assert 'target_languages = ["ru", "be"]' in (root / "workbench.toml").read_text()
    assert main(["--project", str(root), "status"]) == 0


def test_project_found_from_subfolder_and_by_option(project_dir, monkeypatch, capsys) -> None:
    monkeypatch.chdir(project_dir / "corpus")
    assert main(["update"]) == 0
    capsys.readouterr()
    monkeypatch.chdir(project_dir.parent)
    assert main(["status", "--project", str(project_dir), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["lang"] for r in rows} == {"ru", "be"}
    assert all(r["untranslated"] == 3 and r["total_words"] == 12 for r in rows)


def test_languages_lists_names(project_dir, capsys) -> None:
    assert main(["languages", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["be"]["native"] == "беларуская" and rows["ru"]["english"] == "Russian"
    assert rows["en"]["role"] == "source"


def test_segment_json(tmp_path, capsys) -> None:
    path = tmp_path / "s.md"
    path.write_text("# Head\n\nIt was Aug. 9. Then more.\n", encoding="utf-8")
    assert main(["segment", str(path), "--lang", "en", "--json"]) == 0
    assert [s["text"] for s in json.loads(capsys.readouterr().out)] == [
        "Head", "It was Aug. 9.", "Then more."]


def _error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err  # one line
    assert "Traceback" not in err
    return err


def test_unknown_language_code_suggests(project_dir, capsys) -> None:
    (project_dir / "workbench.toml").write_text(
        '[project]\nsource_language = "en"\ntarget_languages = ["ru", "bel_XX"]\n')
    assert main(["status"]) == 2
    err = _error(capsys)
    assert "workbench.toml:3" in err and "bel_XX" in err and "did you mean" in err


def test_unsafe_slug_refused(project_dir, capsys) -> None:
    before = _snapshot(project_dir)
    assert main(["update", "../../etc/passwd"]) == 2
    assert "unsafe statement name" in _error(capsys)
    assert _snapshot(project_dir) == before


def test_empty_statement_refused_and_nothing_written(project_dir, capsys) -> None:
    (project_dir / "corpus" / "empty.md").write_text("\n  \n", encoding="utf-8")
    before = _snapshot(project_dir)
    assert main(["update"]) == 2
    err = _error(capsys)
    assert "empty.md:1" in err and "empty" in err
    assert _snapshot(project_dir) == before


def test_non_utf8_statement_names_line(project_dir, capsys) -> None:
    (project_dir / "corpus" / "bad.md").write_bytes("# Title\n\nЗаява\n".encode("cp1251"))
    assert main(["update"]) == 2
    assert "bad.md:3" in _error(capsys)


def test_malformed_po_refused_and_nothing_written(project_dir, capsys) -> None:
    assert main(["update"]) == 0
    capsys.readouterr()
    po = project_dir / "locales" / "ru" / "LC_MESSAGES" / "demo.po"
    po.write_text(po.read_text() + '\nmsgid "broken\nmsgstr ""\n', encoding="utf-8")
    (project_dir / "corpus" / "demo.md").write_text(STATEMENT + "\nA new sentence.\n")
    before = _snapshot(project_dir)
    assert main(["update"]) == 2
    err = _error(capsys)
    assert "demo.po" in err
    assert _snapshot(project_dir) == before


def test_mis_declared_charset_refused(project_dir, capsys) -> None:
    assert main(["update"]) == 0
    capsys.readouterr()
    po = project_dir / "locales" / "be" / "LC_MESSAGES" / "demo.po"
    text = po.read_text().replace('msgid "The union met on Aug. 9."\nmsgstr ""',
                                  'msgid "The union met on Aug. 9."\nmsgstr "Саюз"')
    po.write_bytes(text.encode("cp1251"))
    assert main(["status"]) == 2
    assert "demo.po" in _error(capsys)


def test_python_dash_m_entry_point(project_dir) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run([sys.executable, "-m", "workbench", "status"], cwd=project_dir,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout


def test_segment_uses_project_abbreviations(make_project, monkeypatch, capsys) -> None:
    project = make_project({"demo": "# T\n"},
                           extra_config='[segmentation.abbreviations]\nen = ["Wkr"]\n')
    monkeypatch.chdir(project.root)
    path = project.root / "s.md"
    path.write_text("The Wkr. Smith spoke. Then left.\n", encoding="utf-8")
    assert main(["segment", str(path), "--json"]) == 0
    assert [s["text"] for s in json.loads(capsys.readouterr().out)] == [
        "The Wkr. Smith spoke.", "Then left."]
