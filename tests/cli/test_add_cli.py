"""`workbench add`: a statement as it arrives goes into corpus/ and through update; nothing is
overwritten; a bad file changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from workbench.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
SLUG = "joint-statement-of-industriall-global-union-and-industriall"


@pytest.fixture
def project_dir(make_project, monkeypatch) -> Path:
    project = make_project({})
    monkeypatch.chdir(project.root)
    return project.root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_add_docx_writes_the_statement_and_its_catalogs(project_dir: Path, capsys) -> None:
    assert main(["add", str(DATA / "statement.docx")]) == 0
    out = capsys.readouterr().out
    assert f"added corpus/{SLUG}.md (docx, language en, guessed)" in out
    bundled = (DATA.parents[2] / "corpus" / "industriall-belarus-joint-statement.md").read_text()
    assert (project_dir / "corpus" / f"{SLUG}.md").read_text() == bundled
    catalog = polib.pofile(str(project_dir / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"))
    assert len(catalog) == 22


def test_existing_statement_is_never_overwritten_and_replace_keeps_translations(
        project_dir: Path, capsys) -> None:
    assert main(["add", str(DATA / "statement.odt"), "--slug", "belarus"]) == 0
    po_path = project_dir / "locales" / "ru" / "LC_MESSAGES" / "belarus.po"
    catalog = polib.pofile(str(po_path))
    catalog[1].msgstr = "Перевод."
    catalog.save()
    before = _snapshot(project_dir)
    assert main(["add", str(DATA / "statement.html"), "--slug", "belarus"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert _snapshot(project_dir) == before
    assert main(["add", str(DATA / "statement.html"), "--slug", "belarus", "--replace"]) == 0
    assert "updated corpus/belarus.md" in capsys.readouterr().out
    assert polib.pofile(str(po_path))[1].msgstr == "Перевод."


def test_a_bad_file_among_good_ones_writes_nothing(project_dir: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"this is not a word document")
    before = _snapshot(project_dir)
    assert main(["add", str(DATA / "statement.docx"), str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "broken.docx" in err and "Traceback" not in err
    assert _snapshot(project_dir) == before


def test_statement_in_another_language_is_recorded(project_dir: Path, tmp_path: Path, capsys) -> None:
    text = tmp_path / "zayava.txt"
    text.write_text("Заява прафсаюзаў\n\nНезалежныя прафсаюзы Беларусі патрабуюць вызваліць "
                    "усіх затрыманых. Улады маўчаць.\n", encoding="utf-8")
    assert main(["add", str(text)]) == 0
    assert "language be, guessed" in capsys.readouterr().out
    config = (project_dir / "workbench.toml").read_text()
    assert '[statements."zayava-prafsayuzau"]\nsource_language = "be"' in config
    assert (project_dir / "locales" / "ru" / "LC_MESSAGES" / "zayava-prafsayuzau.po").exists()


def test_images_are_noted_one_line_each(project_dir: Path, capsys) -> None:
    shutil.copy(DATA / "features.odt", project_dir / "f.odt")
    assert main(["add", "f.odt", "--lang", "en"]) == 0
    notes = [line for line in capsys.readouterr().out.splitlines() if ": note: " in line]
    assert notes == ["f.odt: note: image or drawing left out"]


def test_the_guessed_language_is_confirmed_at_a_terminal(project_dir: Path, tmp_path: Path,
                                                         monkeypatch, capsys) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Заява\n\nНезалежныя прафсаюзы патрабуюць вызваліць затрыманых.\n",
                    encoding="utf-8")
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "uk")
    assert main(["add", str(text)]) == 0
    assert asked and "written in be" in asked[0]
    assert "language uk, confirmed" in capsys.readouterr().out  # the answer wins
    assert 'source_language = "uk"' in (project_dir / "workbench.toml").read_text()
