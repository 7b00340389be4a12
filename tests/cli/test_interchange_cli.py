"""xliff export --version 2.0, xliff import of a po2xliff file (--slug/--lang), tm import of
other tools' memories: from a user's point of view."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from translate.convert import po2xliff

from workbench.catalog import read_catalog, write_catalog
from workbench.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "interchange"
STATEMENT = "# The title\n\nOne sentence.\n"


@pytest.fixture
def root(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT}, targets=("ru", "sr@latin"))
    monkeypatch.chdir(project.root)
    assert main(["update"]) == 0
    return project.root


def test_xliff_2_export_on_request_and_back(root: Path, capsys) -> None:
    assert main(["xliff", "export", "demo", "--lang", "sr-Latn", "--version", "2.0", "-o", "sr.xlf"]) == 0
    text = Path("sr.xlf").read_text(encoding="utf-8")
    assert 'version="2.0"' in text and 'trgLang="sr-Latn"' in text
    Path("sr.xlf").write_text(text.replace(
        '<source xml:space="preserve">One sentence.</source>',
        '<source xml:space="preserve">One sentence.</source>\n        <target>Jedna rečenica.</target>'
    ).replace('<segment state="initial">\n        <source xml:space="preserve">One', '<segment state="translated">\n        <source xml:space="preserve">One'), encoding="utf-8")
    assert main(["xliff", "import", "sr.xlf"]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert read_catalog(root / "locales/sr@latin/LC_MESSAGES/demo.po").find("One sentence.").msgstr == "Jedna rečenica."


def test_po2xliff_file_imports_with_slug_and_lang(root: Path, capsys) -> None:
    catalog = read_catalog(root / "locales/ru/LC_MESSAGES/demo.po")
    catalog.find("One sentence.").msgstr = "Одно предложение."
    write_catalog(catalog, root / "tmp.po", check_conflict=False)
    out = io.BytesIO()
    po2xliff.convertpo(io.BytesIO((root / "tmp.po").read_bytes()), out, None)
    Path("ttk.xlf").write_bytes(out.getvalue())
    assert main(["xliff", "import", "ttk.xlf"]) == 2
    assert "names no statement" in capsys.readouterr().err
    assert main(["xliff", "import", "ttk.xlf", "--slug", "demo", "--lang", "ru"]) == 0
    assert read_catalog(root / "locales/ru/LC_MESSAGES/demo.po").find("One sentence.").msgstr == "Одно предложение."


def test_tm_import_of_an_omegat_tmx_1_1_project_memory(make_project, monkeypatch, capsys) -> None:
    project = make_project({"demo": STATEMENT}, targets=("fr",))
    monkeypatch.chdir(project.root)
    assert main(["tm", "import", str(DATA / "omegat" / "project_save.tmx")]) == 0
    assert "5" in capsys.readouterr().out
