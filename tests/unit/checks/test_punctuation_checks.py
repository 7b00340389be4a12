"""end-punctuation, brackets and quotes, by the target language's conventions."""

from __future__ import annotations

import pytest
from qa_helpers import findings, ids

END = [
    ("ru", "Done.", "Готово.", False),
    ("ru", "Done.", "Готово", True),
    ("ru", 'He said "Hello."', "Он сказал «Привет».", False),
    ("ru", "Loading...", "Загрузка…", False),
    ("ru", "Really?", "Правда.", True),
    ("ru", "in 5 seconds", "через 5 сек.", False),
    ("be", "Name:", "Імя:", False),
    ("be", "Delete the file?", "Выдаліць файл", True),
    ("uk", "Saved!", "Збережено!", False),
    ("uk", "Saved.", "Збережено:", True),
    ("el", "Are you sure?", "Είστε σίγουροι;", False),
    ("el", "Are you sure?", "Είστε σίγουροι.", True),
    ("de", "Name:", "Name", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), END)
def test_end_punctuation(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("end-punctuation" in ids(source, target, lang, ["end-punctuation"])) is flagged


BRACKETS = [
    ("ru", "Size (default)", "Размер (по умолчанию)", False),
    ("ru", "Size (default)", "Размер (по умолчанию", True),
    ("be", "[options] file", "[параметры] файл", False),
    ("be", "[options] file", "[параметры файл", True),
    ("uk", "1) first", "1) перше", False),  # the source is unbalanced the same way
    ("uk", "Size (bytes)", "Розмір байти)", True),
    ("fr", "Size (bytes)", "Taille (octets)", False),
    ("fr", "Size (bytes)", "Taille (octets", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), BRACKETS)
def test_brackets(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("brackets" in ids(source, target, lang, ["brackets"])) is flagged


QUOTES = [
    ("ru", 'File "%s" not found', "Файл «%s» не найден", False),
    ("ru", 'File "%s" not found', "Файл „%s“ не найден", False),
    ("ru", 'File "%s" not found', "Файл «%s не найден", True),
    ("ru", 'File "%s" not found', "Файл „%s” не найден", True),  # Polish closer
    ("be", 'The "union" met', "«Прафсаюз» сабраўся", False),
    ("be", 'The "union" met', "Прафсаюз» сабраўся", True),
    ("uk", 'The "union" met', "„Профспілка“ зібралася", False),
    ("uk", 'The "union" met', "«Профспілка“ зібралася", True),
    ("de", 'The "union" met', "Die „Gewerkschaft“ tagte", False),
    ("de", 'The "union" met', "Die „Gewerkschaft” tagte", True),
    ("en", 'The "union" met', "The «union» met", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), QUOTES)
def test_quotes(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("quotes" in ids(source, target, lang, ["quotes"])) is flagged


def test_gnu_quote_fragments_in_the_source_are_not_held_against_the_target() -> None:
    assert ids("zbb' or `zbkb", "zbb» или «zbkb", "ru", ["quotes"]) == []


def test_quote_span_points_at_the_mark() -> None:
    target = "Файл «%s не найден"
    (found,) = findings('File "%s" not found', target, "ru", ["quotes"])
    assert [target[a:b] for a, b in found.spans] == ["«"]


def test_entities_are_not_punctuation() -> None:
    assert ids('The "&lt; &gt;" key', "Клавиша «&lt; &gt;»", "ru", ["end-punctuation"]) == []


def test_abbreviations_in_the_translation_end_in_a_full_stop() -> None:
    assert ids("off", "выкл.", "ru", ["end-punctuation"]) == []
    assert ids("at most %d characters", "не больше %d симв.", "ru", ["end-punctuation"]) == []
    assert ids("Ready", "Готово.", "ru", ["end-punctuation"]) == ["end-punctuation"]


def test_marks_that_belong_to_something_else() -> None:
    assert ids("add Cc: header", "добавить заголовок Cc:", "ru", ["end-punctuation"]) == []
    assert ids("pass options in shebang lines", "передавать параметры в строках #!", "ru",
               ["end-punctuation"]) == []
    assert ids("pinentry.genpin.tooltip", "Предложить фразу-пароль.", "ru",
               ["end-punctuation"]) == []
