"""Bad input gets one line and exit 2, never a traceback; a bug gets one line and exit 70."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.cli import main

STATEMENT = "# Title here\n\nThe union met on Aug. 9. Zimin got 25 days.\n"


@pytest.fixture
def root(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT}, targets=("ru", "uk"))
    monkeypatch.chdir(project.root)
    assert main(["update"]) == 0
    return project.root


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if not ln.startswith("workbench: warning:")]
    assert len(lines) == 1, err
    return lines[0]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".workbench" not in p.parts}


# -------------------------------------------------------------- symbolic links out of the project

def test_a_statement_linking_outside_the_project_is_refused(root, tmp_path, capsys) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (root / "corpus" / "notes.md").symlink_to(secret)
    before = _snapshot(root)
    for command in (["update"], ["status"], ["update", "notes"], ["export", "notes", "--lang", "en"]):
        capsys.readouterr()
        assert main(command) == 2, command
        line = one_line(capsys.readouterr().err)
        assert "corpus/notes.md escapes the project folder" in line
    assert _snapshot(root) == before
    assert "root:x" not in "".join(p.read_text() for p in (root / "locales").rglob("*.po*"))


def test_a_link_inside_the_project_is_fine(root, capsys) -> None:
    (root / "corpus" / "alias.md").symlink_to(root / "corpus" / "demo.md")
    assert main(["update"]) == 0
    assert (root / "locales" / "alias.pot").is_file()


def test_a_glossary_linking_outside_is_refused(root, tmp_path, capsys) -> None:
    outside = tmp_path / "elsewhere.tbx"
    outside.write_text("<martif/>")
    (root / "glossary").mkdir(exist_ok=True)
    (root / "glossary" / "glossary.tbx").symlink_to(outside)
    assert main(["glossary", "list", "--lang", "ru"]) == 2
    assert "glossary/glossary.tbx escapes the project folder" in one_line(capsys.readouterr().err)


def test_a_corpus_folder_linking_outside_is_refused(root, tmp_path, capsys) -> None:
    elsewhere = tmp_path / "corpus-elsewhere"
    elsewhere.mkdir()
    (root / "corpus" / "demo.md").rename(elsewhere / "demo.md")
    (root / "corpus").rmdir()
    (root / "corpus").symlink_to(elsewhere)
    assert main(["status"]) == 2
    assert "corpus escapes the project folder" in one_line(capsys.readouterr().err)


# -------------------------------------------------------------- names, config


@pytest.mark.parametrize("name", ["my notes.md", "-rf.md", "a+b.md"])
def test_statement_names_that_cannot_be_slugs_are_said_not_skipped(root, capsys, name) -> None:
    (root / "corpus" / name).write_text("# X\n\nText.\n")
    capsys.readouterr()
    assert main(["status"]) == 0
    err = capsys.readouterr().err
    assert f"corpus/{name}: not read as a statement" in err and err.count("\n") == 1


def test_a_statement_named_in_another_script_is_a_statement(root, capsys) -> None:
    (root / "corpus" / "заява.md").write_text("# Заява\n\nText here.\n")
    assert main(["update"]) == 0
    assert (root / "locales" / "ru" / "LC_MESSAGES" / "заява.po").is_file()
    assert "warning" not in capsys.readouterr().err


CONFIGS = [
    ('[project]\nsource_language = "en"\ntarget_languages = ["ru", "en"]\n', 3,
     "target_languages lists the source language 'en'"),
    ('[project]\nsource_language = "en"\ntarget_languages = "ru"\n', 3,
     "[project] target_languages must be a list"),
    ('[project]\nsource_language = 5\n', 2, "[project] source_language must be a string"),
    ('[project]\nsource_language = "en"\ntarget_languages = ["ru", 7]\n', 3,
     "[project] target_languages must be a list of language codes"),
    ('[project]\nsource_language = "en"\n\n[segmentation.abbreviations]\nru = "прим"\n', 5,
     "[segmentation.abbreviations] ru must be a list of strings"),
    ('tm = 5\n[project]\nsource_language = "en"\n', 1, "tm must be a [tm] table"),
    ('[project]\nsource_language = "en"\n[statements."demo"]\nsource_language = ["ru"]\n', 4,
     "[statements.demo] source_language must be a string"),
]


@pytest.mark.parametrize(("text", "line", "what"), CONFIGS)
def test_wrong_config_is_refused_with_its_line(root, capsys, text, line, what) -> None:
    (root / "workbench.toml").write_text(text, encoding="utf-8")
    assert main(["status"]) == 2
    message = one_line(capsys.readouterr().err)
    assert f"workbench.toml:{line}: " in message and what in message


# -------------------------------------------------------------- files and folders


def test_init_where_no_folder_can_be_made(capsys) -> None:
    assert main(["init", "/proc/x"]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith("workbench: error: /proc/x") and "cannot make a project" in line


COMMANDS = [["status"], ["check"], ["compile"], ["pretranslate", "--lang", "uk"],
            ["export", "demo", "--lang", "uk", "--draft"], ["export", "--all"],
            ["xliff", "export", "demo", "--lang", "uk"], ["update"], ["coverage"],
            ["analyze", "--lang", "uk"], ["tm", "rebuild"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_folder_in_place_of_a_catalog_is_exit_2_everywhere(root, capsys, command) -> None:
    po = root / "locales" / "uk" / "LC_MESSAGES" / "demo.po"
    po.unlink()
    po.mkdir()
    capsys.readouterr()
    assert main(command) == 2
    line = one_line(capsys.readouterr().err)
    assert "demo.po" in line and "is a folder" in line


def test_compile_refuses_an_entry_with_too_few_plural_forms(make_project, monkeypatch, capsys) -> None:
    project = make_project({"demo": STATEMENT}, targets=("ru",))
    monkeypatch.chdir(project.root)
    po = project.po_path("ru", "demo")
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
                  'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                  'msgid "one day"\nmsgid_plural "%d days"\nmsgstr[0] "день"\nmsgstr[1] "дня"\n',
                  encoding="utf-8")
    assert main(["compile"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "demo.po:6: " in line and "2 plural forms" in line and "nplurals=3" in line
    assert not po.with_suffix(".mo").exists()


# -------------------------------------------------------------- the guard


def test_a_bug_prints_one_line_and_exits_70(root, monkeypatch, capsys) -> None:
    import workbench.catalog.stats as stats

    def broken(*_args, **_kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(stats, "catalog_stats", broken)
    assert main(["status"]) == 70
    line = one_line(capsys.readouterr().err)
    assert line.startswith("workbench: internal error: KeyError: 'boom'; details in ")
    details = Path(line.split("details in ")[1].split(" ")[0])
    assert "Traceback" in details.read_text() and "broken" in details.read_text()
    details.unlink()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_filesystem_error_prints_one_line_with_the_path(root, monkeypatch, capsys, code) -> None:
    import workbench.atomic as atomic

    def full(path, data):
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(atomic, "_write_temporary", full)
    catalog = read_catalog(root / "locales" / "ru" / "LC_MESSAGES" / "demo.po")
    catalog[0].msgstr = "Заголовок"
    with pytest.raises(OSError):
        write_catalog(catalog)
    (root / "corpus" / "demo.md").write_text(STATEMENT + "\nA new sentence.\n")
    before = _snapshot(root)
    assert main(["update"]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith("workbench: error: ") and os.strerror(code) in line
    assert "locales/" in line
    assert _snapshot(root) == before
    assert not list(root.rglob("*.tmp"))


def test_no_traceback_from_the_installed_command(root) -> None:
    (root / "workbench.toml").write_text("[project\n")
    done = subprocess.run([sys.executable, "-m", "workbench", "status"], capture_output=True,
                          text=True, cwd=root)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("workbench: error: ") and "workbench.toml:1" in done.stderr
