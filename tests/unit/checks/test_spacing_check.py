"""spaces: leading, trailing, doubled, and before punctuation (French excepted)."""

from __future__ import annotations

import pytest
from qa_helpers import ids

CASES = [
    ("ru", "Enter passphrase: ", "Введите пароль: ", False),
    ("ru", "Enter passphrase: ", "Введите пароль:", True),
    ("ru", "  -a, --all   show all", "  -a, --all      показать всё", False),  # realigned
    ("ru", "show all files", "показать  все файлы", True),
    ("be", "Hello, world", "Прывітанне, свет", False),
    ("be", "Hello, world", "Прывітанне , свет", True),
    ("be", " (default)", "(па змаўчанні)", True),
    ("uk", "Name", "Ім'я", False),
    ("uk", "Name", " Ім'я", True),
    ("fr", "Warning!", "Attention !", False),
    ("fr", "one, two", "un , deux", True),
    ("fr", "one  two", "un  deux", False),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), CASES)
def test_spaces(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("spaces" in ids(source, target, lang, ["spaces"])) is flagged


def test_two_spaces_after_a_full_stop_are_a_style() -> None:
    assert ids("Done. Next step", "Готово.  Следующий шаг", "ru", ["spaces"]) == []


def test_padding_before_a_colon_aligns_columns() -> None:
    assert ids("   structure level: %u", "   уровень структуры  : %u", "ru", ["spaces"]) == []
    assert ids("structure level: %u", "уровень структуры : %u", "ru", ["spaces"]) == ["spaces"]
    assert ids("   id match      : %x", "   id соответствия : %x", "ru", ["spaces"]) == []
