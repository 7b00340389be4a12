"""The `spelling` QA check: a warning with the word, its span and suggestions; acceptance;
the project's words; a missing dictionary is a notice, never an error; Belarusian catalogs
checked in their own orthography."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from spelling_helpers import real_checker

from workbench.checks import REGISTRY, check_catalog, check_project
from workbench.spelling import find_dictionary, notices

HEADER = 'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def po(lang: str, *pairs: tuple[str, str], comment: str = "") -> polib.POFile:
    body = "".join(f'{comment}msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    return polib.pofile(HEADER.format(lang=lang) + body)


def test_registered_as_a_warning() -> None:
    assert REGISTRY["spelling"].severity == "warning"
    assert REGISTRY["spelling"].languages is None


def test_a_typo_is_a_warning_with_span_and_suggestions() -> None:
    real_checker("ru")
    catalog = po("ru", ("The union was dissolved last year.", "Профсоюз был ликвидирован в прошлом гоуд."))
    found = [f for f in check_catalog(catalog, checks=["spelling"])]
    assert len(found) == 1
    finding = found[0]
    assert (finding.check, finding.severity) == ("spelling", "warning")
    text = catalog[0].msgstr
    assert [text[s:e] for s, e in finding.spans] == ["гоуд"]
    assert "'гоуд'" in finding.message and "году" in finding.message
    assert "workbench spelling --lang ru --add гоуд" in finding.message


def test_acceptance_comment_silences_it() -> None:
    real_checker("ru")
    catalog = po("ru", ("Union", "Профсоюз гоуд"), comment="# workbench-accept: spelling\n")
    assert check_catalog(catalog, checks=["spelling"]) == []
    assert check_catalog(catalog, checks=["spelling"], include_accepted=True)[0].accepted


def test_a_language_without_a_dictionary_is_a_notice_not_an_error() -> None:
    if find_dictionary("pl") is not None:
        pytest.skip("a Polish dictionary is installed here")
    catalog = po("pl", ("The union", "Zwiazek zawodowy xqzt"))
    assert check_catalog(catalog, checks=["spelling"]) == []
    assert [n for n in notices() if "no Hunspell dictionary for pl" in n and "hunspell-pl" in n]


def _write(project_root: Path, lang: str, text: str) -> None:
    path = project_root / "locales" / lang / "LC_MESSAGES" / "demo.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(lang=lang) + text, encoding="utf-8")


def test_project_words_count_in_a_project_run(make_project, monkeypatch) -> None:
    real_checker("ru")
    project = make_project(targets=("ru",))
    monkeypatch.chdir(project.root)
    _write(project.root, "ru", 'msgid "A demo"\nmsgstr "Встреча у Брыздюка"\n')
    found = check_project(project, "ru", checks=["spelling"])
    assert [f.message.split("'")[1] for f in found] == ["Брыздюка"]
    (project.root / "spelling").mkdir()
    (project.root / "spelling" / "ru.txt").write_text("# names\nБрыздюк\n", encoding="utf-8")
    assert check_project(project, "ru", checks=["spelling"]) == []


def test_a_classical_belarusian_catalog_is_not_judged_by_the_official_dictionary(
        make_project, monkeypatch, capsys) -> None:
    real_checker("be")
    project = make_project(targets=("be",))
    monkeypatch.chdir(project.root)
    _write(project.root, "be", "".join(
        f'msgid "s{i}"\nmsgstr "Сьвет зьмяніўся: насеньне, жыцьцё і разьвіцьцё {i}."\n\n'
        for i in range(3)))
    assert check_project(project, "be", checks=["spelling"]) == []
    err = capsys.readouterr().err
    assert "classical orthography (taraškievica)" in err
    assert "no Hunspell dictionary for the classical Belarusian orthography" in err
