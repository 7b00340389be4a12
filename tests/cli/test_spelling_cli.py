"""`workbench spelling`: unknown words with counts, most frequent first; --add."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import require_system
from workbench.cli import main

HEADER = 'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _catalog(root: Path, lang: str, slug: str, pairs: list[tuple[str, str]]) -> Path:
    path = root / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(lang=lang) + "".join(
        f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs), encoding="utf-8")
    return path


@pytest.fixture
def project_dir(make_project, monkeypatch) -> Path:
    require_system(Path("/usr/share/hunspell/ru_RU.dic").is_file(), "hunspell-ru")
    project = make_project({"demo": "# Demo\n\nOne.\n", "other": "# Other\n\nTwo.\n"},
                           targets=("ru",))
    _catalog(project.root, "ru", "demo", [
        ("Demo", "Брыздюк и Шмыгалёв"), ("One.", "Брыздюк гоуд."), ("Zimin", "Брыздюк")])
    _catalog(project.root, "ru", "other", [("Other", "Шмыгалёв"), ("Two.", "Брыздюк")])
    monkeypatch.chdir(project.root)
    return project.root


def test_unknown_words_most_frequent_first(project_dir: Path, capsys) -> None:
    assert main(["spelling", "--lang", "ru"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ru: 3 unknown word(s) in 5 segments of 2 catalog(s)")
    rows = [line.split()[:2] for line in out[1:]]
    assert rows == [["4", "Брыздюк"], ["2", "Шмыгалёв"], ["1", "гоуд"]]
    assert "году" in out[3]  # the suggestion for "гоуд"


def test_json_and_files(project_dir: Path, capsys) -> None:
    path = project_dir / "locales" / "ru" / "LC_MESSAGES" / "other.po"
    assert main(["spelling", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(w["word"], w["count"]) for w in data[0]["words"]] == [("Брыздюк", 1), ("Шмыгалёв", 1)]
    assert data[0]["words"][0]["files"] == ["locales/ru/LC_MESSAGES/other.po"]


def test_add_words_then_they_are_known(project_dir: Path, capsys) -> None:
    assert main(["spelling", "--lang", "ru", "--add", "Брыздюк", "Шмыгалёв"]) == 0
    assert "added 2 word(s)" in capsys.readouterr().out
    assert (project_dir / "spelling" / "ru.txt").read_text(encoding="utf-8") == "Брыздюк\nШмыгалёв\n"
    assert main(["spelling", "--lang", "ru", "--add", "Брыздюк"]) == 0
    assert "all were there already" in capsys.readouterr().out
    assert main(["spelling", "--lang", "ru"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in out[1:]] == [["1", "гоуд"]]


def test_add_needs_a_language_and_words(project_dir: Path, capsys) -> None:
    assert main(["spelling", "--add", "слово"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: --add needs --lang") and err.count("\n") == 1
    assert main(["spelling", "--lang", "ru", "--add", "два слова"]) == 2
    assert not (project_dir / "spelling" / "ru.txt").exists()


def test_check_lists_and_runs_the_spelling_check(project_dir: Path, capsys) -> None:
    assert main(["check", "--list"]) == 0
    assert any(line.split()[:2] == ["spelling", "warning"]
               for line in capsys.readouterr().out.splitlines())
    assert main(["check", "--check", "spelling", "--lang", "ru"]) == 0  # warnings only
    out = capsys.readouterr().out
    assert "warning spelling: unknown word 'гоуд': did you mean году" in out
    assert out.count("warning spelling") == 7  # 4 Брыздюк, 2 Шмыгалёв, 1 гоуд
