"""Finding dictionaries: the project's folders, DICPATH, the usual places; the classical
Belarusian orthography never falls back to the official dictionary; a missing dictionary is
a notice naming the Debian package."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.spelling import service
from workbench.spelling.dictionaries import (
    candidate_names,
    debian_package,
    find_dictionary,
    missing_notice,
)

AFF = "SET UTF-8\nTRY аеоіьнсвтзлцмСЗ\n"
TARASK_WORDS = ["сьвет", "зьмена", "насеньне", "жыцьцё", "прафсаюз", "быў", "ёсьць", "і", "ў"]


def write_dictionary(folder: Path, name: str, words: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.aff").write_text(AFF, encoding="utf-8")
    (folder / f"{name}.dic").write_text(f"{len(words)}\n" + "\n".join(words) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def no_user_dicpath(monkeypatch) -> None:
    monkeypatch.delenv("DICPATH", raising=False)


def test_names_for_a_language() -> None:
    assert candidate_names("ru")[0] == "ru_RU"
    assert candidate_names("pt_BR")[0] == "pt_BR"
    assert "be_BY" not in candidate_names("be@tarask")
    assert candidate_names("be-tarask") == candidate_names("be@tarask")
    assert debian_package("de") == "hunspell-de-de"
    assert debian_package("uk") == "hunspell-uk"


def test_the_project_folder_comes_first(tmp_path: Path) -> None:
    write_dictionary(tmp_path / "dicts", "ru_RU", ["слово"])
    ref = find_dictionary("ru", {"paths": ["dicts"]}, tmp_path)
    assert ref is not None and ref.folder == tmp_path / "dicts"


def test_dicpath_is_searched(tmp_path: Path, monkeypatch) -> None:
    write_dictionary(tmp_path / "mine", "be@tarask", TARASK_WORDS)
    assert find_dictionary("be@tarask") is None or Path("/usr/share/hunspell") != find_dictionary(
        "be@tarask").folder
    monkeypatch.setenv("DICPATH", str(tmp_path / "mine"))
    ref = find_dictionary("be-tarask")
    assert ref is not None and ref.name == "be@tarask" and ref.folder == tmp_path / "mine"


def test_a_dictionary_named_in_the_config(tmp_path: Path) -> None:
    write_dictionary(tmp_path / "x", "klasychny", TARASK_WORDS)
    ref = find_dictionary("be@tarask", {"dictionaries": {"be-tarask": "x/klasychny.dic"}}, tmp_path)
    assert ref is not None and ref.dic == tmp_path / "x" / "klasychny.dic"


def test_classical_never_falls_back_to_the_official_dictionary(tmp_path: Path) -> None:
    write_dictionary(tmp_path / "d", "be_BY", ["слова"])
    assert find_dictionary("be", {"paths": [str(tmp_path / "d")]}) is not None
    assert find_dictionary("be@tarask", {"paths": [str(tmp_path / "d")]}) is None


def test_a_missing_dictionary_is_one_notice_and_no_checker(tmp_path: Path, capsys) -> None:
    assert missing_notice("pl").count("\n") == 0
    assert "hunspell-pl" in missing_notice("pl")
    assert service.checker_for("tlh", root=tmp_path) is None
    assert service.checker_for("tlh", root=tmp_path) is None  # said once
    err = capsys.readouterr().err
    assert err.count("no Hunspell dictionary for tlh") == 1
    assert "hunspell-tlh" in err


def test_a_user_classical_dictionary_checks_classical_text(make_project) -> None:
    project = make_project(targets=("be",), extra_config='[spelling]\npaths = ["dicts"]\n')
    write_dictionary(project.root / "dicts", "be@tarask", TARASK_WORDS)
    checker = service.checker_for("be@tarask", project)
    assert checker is not None and checker.orthography == "classical"
    assert checker.dictionary == project.root / "dicts" / "be@tarask.dic"
    assert [m.word for m in checker.misspellings("Сьвет і зьмена")] == []
    assert [m.word for m in checker.misspellings("свет і змена")] == ["свет", "змена"]
