"""The editor's API: spans on every key press, suggestions on a key, adding a word."""

from __future__ import annotations

import time

from spelling_helpers import real_checker

from workbench.spelling import add_word, misspelled_spans, notices, spelling_language, suggestions


def test_spans_suggestions_and_adding_a_word(make_project) -> None:
    real_checker("ru")
    project = make_project(targets=("ru",))
    text = "Брыздюк написал в прошлом гоуд."
    spans = misspelled_spans(text, "ru", project=project, source="Bryzdziuk wrote last year.")
    assert [text[s:e] for s, e in spans] == ["Брыздюк", "гоуд"]
    assert suggestions("гоуд", "ru", project=project)[0] == "году"
    assert add_word(project, "ru", "Брыздюк") == ["Брыздюк"]
    assert (project.root / "spelling" / "ru.txt").read_text(encoding="utf-8") == "Брыздюк\n"
    spans = misspelled_spans(text, "ru", project=project)
    assert [text[s:e] for s, e in spans] == ["гоуд"]
    assert misspelled_spans(text, "ru", project=project, source="Брыздюк гоуд") == []


def test_a_key_press_is_cheap_once_warm(make_project) -> None:
    real_checker("ru")
    project = make_project(targets=("ru",))
    text = "Профсоюз был ликвидирован в прошлом году, а его лидеры арестованы. " * 3
    for i in range(1, len(text) + 1):  # typed key by key: every prefix seen once
        misspelled_spans(text[:i], "ru", project=project)
    start = time.perf_counter()
    for i in range(1, len(text) + 1):
        misspelled_spans(text[:i], "ru", project=project)
    per_key = (time.perf_counter() - start) / len(text)
    assert per_key < 0.002  # about 0.1 ms here; generous for a loaded CI machine


def test_no_dictionary_no_spans_and_a_notice() -> None:
    assert misspelled_spans("qwrtx zzzq", "tlh") == []
    assert suggestions("qwrtx", "tlh") == []
    assert any("no Hunspell dictionary for tlh" in n for n in notices())


def test_the_catalog_language_for_belarusian() -> None:
    assert spelling_language("be", ["Сьвет зьмяніўся: насеньне, жыцьцё."]) == "be@tarask"
