"""export, compile and xliff from a user's point of view."""

from __future__ import annotations

import gettext
from pathlib import Path

import html5lib
import pytest
from translate.storage import xliff as ttk_xliff

from workbench.catalog import read_catalog, write_catalog
from workbench.cli import main

STATEMENT = "# The title\n\nThe union met on Aug. 9. It said \"no\".\n\n- One item.\n"
RU = {"The title": "Заголовок", "The union met on Aug. 9.": "Профсоюз собрался 9 августа.",
      'It said "no".': 'Он сказал "нет".', "One item.": "Один пункт."}


@pytest.fixture
def root(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT}, targets=("ru", "fr"))
    monkeypatch.chdir(project.root)
    assert main(["update"]) == 0
    catalog = read_catalog(project.po_path("ru", "demo"))
    for entry in catalog:
        entry.msgstr = RU.get(entry.msgid, "")
    write_catalog(catalog)
    return project.root


def test_html_export_of_a_ready_language(root, capsys) -> None:
    assert main(["export", "demo", "--lang", "ru", "--format", "html"]) == 0
    out = root / "dist" / "ru" / "demo.html"
    assert capsys.readouterr().out == "wrote dist/ru/demo.html\n"
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(out.read_bytes())
    assert tree.get("lang") == "ru"
    assert "<title>Заголовок</title>" in out.read_text()
    assert "Он сказал «нет»." in out.read_text()


def test_untranslated_language_is_refused_with_the_list(root, capsys) -> None:
    assert main(["export", "demo", "--lang", "fr"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("workbench: error: demo is not ready in fr: 4 untranslated")
    assert "--draft" in err[0]
    assert err[1:] == ["  corpus/demo.md:1: untranslated: The title",
                       "  corpus/demo.md:3: untranslated: The union met on Aug. 9.",
                       '  corpus/demo.md:3: untranslated: It said "no".',
                       "  corpus/demo.md:5: untranslated: One item."]
    assert not (root / "dist").exists()


def test_draft_export_to_a_named_file(root, tmp_path, capsys) -> None:
    target = tmp_path / "elsewhere" / "fr.txt"
    assert main(["export", "demo", "--lang", "fr", "--draft", "-o", str(target)]) == 0
    assert "draft" in capsys.readouterr().out
    text = target.read_text()  # format from the suffix: plain text
    assert text.startswith("⟦untranslated: The title⟧\n\n")
    assert "- ⟦untranslated: One item.⟧" in text


def test_source_language_export_equals_the_statement(root) -> None:
    assert main(["export", "demo", "--lang", "en"]) == 0
    assert (root / "dist" / "en" / "demo.md").read_text() == STATEMENT


def test_export_all_writes_ready_languages_and_an_index(root, capsys) -> None:
    assert main(["export", "--all", "--format", "html"]) == 0
    captured = capsys.readouterr()
    assert "wrote dist/ru/demo.html" in captured.out and "wrote dist/index.html" in captured.out
    assert "skipped: demo is not ready in fr" in captured.err
    assert 'hreflang="ru"' in (root / "dist" / "index.html").read_text()


def test_bad_arguments(root, capsys) -> None:
    assert main(["export", "demo"]) == 2
    assert "needs one SLUG and --lang" in capsys.readouterr().err
    assert main(["export", "nope", "--lang", "ru"]) == 2
    assert main(["export", "demo", "--lang", "de"]) == 2
    assert "not a language of statement" in capsys.readouterr().err
    assert main(["export", "../etc", "--lang", "ru"]) == 2


def test_compile_writes_mo_files(root, capsys) -> None:
    assert main(["compile", "--lang", "ru"]) == 0
    assert "wrote locales/ru/LC_MESSAGES/demo.mo: 4 messages" in capsys.readouterr().out
    with (root / "locales/ru/LC_MESSAGES/demo.mo").open("rb") as handle:
        assert gettext.GNUTranslations(handle).gettext("One item.") == "Один пункт."
    assert main(["compile"]) == 0
    assert "demo.mo: 0 messages (4 untranslated left out)" in capsys.readouterr().out


def test_xliff_round_trip_through_translate_toolkit(root, capsys) -> None:
    assert main(["xliff", "export", "demo", "--lang", "fr", "-o", "fr.xlf"]) == 0
    assert "4 units (0 translated, 0 fuzzy, 4 untranslated)" in capsys.readouterr().out
    store = ttk_xliff.xlifffile.parsefile("fr.xlf")
    for unit in store.units:
        unit.target = f"FR {unit.source}"
    Path("fr.xlf").write_bytes(bytes(store))
    assert main(["xliff", "import", "fr.xlf"]) == 0
    assert "4 updated" in capsys.readouterr().out
    assert main(["export", "demo", "--lang", "fr"]) == 0
    assert (root / "dist/fr/demo.md").read_text().startswith("# FR The title\n")


def test_xliff_conflict_exit_code(root, capsys) -> None:
    assert main(["xliff", "export", "demo", "--lang", "ru"]) == 0
    xlf = root / "dist" / "xliff" / "demo.ru.xlf"
    store = ttk_xliff.xlifffile.parsefile(str(xlf))
    store.units[0].target = "Заголовок из XLIFF"
    xlf.write_bytes(bytes(store))
    catalog = read_catalog(root / "locales/ru/LC_MESSAGES/demo.po")
    catalog.find("The title").msgstr = "Заголовок из каталога"
    write_catalog(catalog)
    assert main(["xliff", "import", str(xlf)]) == 1
    err = capsys.readouterr().err
    assert "1 conflict(s)" in err and "Заголовок из каталога" in err and "Заголовок из XLIFF" in err
    assert main(["xliff", "import", str(xlf), "--force"]) == 0
    assert read_catalog(root / "locales/ru/LC_MESSAGES/demo.po").find("The title").msgstr == "Заголовок из XLIFF"


def test_xliff_import_of_a_broken_file(root, capsys) -> None:
    Path("bad.xlf").write_text("<xliff version='1.2'")
    assert main(["xliff", "import", "bad.xlf"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: bad.xlf:1: not well-formed XML") and err.count("\n") == 1


def test_export_all_for_one_language_as_text(root, capsys) -> None:
    assert main(["export", "--all", "--lang", "ru", "--format", "txt", "-o", "out"]) == 0
    assert sorted(p.relative_to(root / "out").as_posix() for p in (root / "out").rglob("*.txt")) == \
        ["index.txt", "ru/demo.txt"]
    assert (root / "out/ru/demo.txt").read_text().startswith("Заголовок\n\nПрофсоюз собрался")


def test_xliff_from_a_project_with_another_name_is_noted(root, capsys) -> None:
    assert main(["xliff", "export", "demo", "--lang", "ru", "-o", "ru.xlf"]) == 0
    text = Path("ru.xlf").read_text()
    Path("ru.xlf").write_text(text.replace('product-name="', 'product-name="old-'))
    assert main(["xliff", "import", "ru.xlf"]) == 0
    assert "exported from project 'old-" in capsys.readouterr().err


def _translate(root: Path, lang: str, changes: dict[str, str]) -> None:
    from workbench.project import Project

    catalog = read_catalog(Project.open(root).po_path(lang, "demo"))
    for entry in catalog:
        if entry.msgid in changes:
            entry.msgstr = changes[entry.msgid]
    write_catalog(catalog)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_raw_html_a_translation_adds_is_published_as_text(root, capsys, fmt) -> None:
    _translate(root, "ru", {"The union met on Aug. 9.":
                            "Привет <img src=x onerror=alert(document.domain)> мир."})
    assert main(["export", "demo", "--lang", "ru", "--draft", "--format", fmt]) == 0
    text = (root / "dist" / "ru" / f"demo.{fmt}").read_text()
    assert "<img" not in text and "onerror=alert(document.domain)" in text
    assert "Привет &lt;img src=x" in text


def test_raw_html_of_the_source_stays_markup(make_project, monkeypatch, capsys) -> None:
    project = make_project({"demo": "# T\n\nPress <kbd>Enter</kbd> now.\n"}, targets=("ru",))
    monkeypatch.chdir(project.root)
    assert main(["update"]) == 0
    _translate(project.root, "ru", {"T": "Т", "Press <kbd>Enter</kbd> now.":
                                    "Нажмите <kbd>Enter</kbd> <b>сейчас</b>."})
    assert main(["export", "demo", "--lang", "ru", "--draft"]) == 0
    text = (project.root / "dist" / "ru" / "demo.md").read_text()
    assert "Нажмите <kbd>Enter</kbd> &lt;b>сейчас&lt;/b>." in text


def test_export_to_an_existing_folder_is_one_line(root, capsys) -> None:
    (root / "out").mkdir()
    assert main(["export", "demo", "--lang", "ru", "-o", "out"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("workbench: error: ") and "out" in err and "folder" in err


def test_export_all_writes_the_index_the_readme_names(root, capsys) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    lines = [ln for ln in readme.splitlines() if ln.startswith("workbench export --all")]
    assert lines
    for line in lines:
        command, comment = line.split("#", 1)
        assert main(command.split()[1:]) == 0
        named = [word for word in comment.split() if word.startswith("index.")]
        assert named and all((root / "dist" / name).exists() for name in named), line
