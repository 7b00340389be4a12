"""mixed-script, wrong-letters and doubled-words."""

from __future__ import annotations

import pytest
from qa_helpers import findings, ids

MIXED = [
    ("ru", "Server closed", "Сервер закрыт", False),
    ("ru", "Server closed", "Cервер закрыт", True),  # Latin C
    ("ru", "USB drive", "USB-накопитель", False),
    ("be", "Minsk", "Мінск", False),
    ("be", "Minsk", "Мiнск", True),  # Latin i
    ("uk", "Kyiv", "Київ", False),
    ("uk", "Kyiv", "Kиїв", True),  # Latin K
    ("de", "The man", "Der Mann", False),
    ("de", "The man", "Der Mаnn", True),  # Cyrillic а
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), MIXED)
def test_mixed_script(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("mixed-script" in ids(source, target, lang, ["mixed-script"])) is flagged


def test_lookalike_letters_are_errors_and_spanned() -> None:
    target = "Cервер закрыт"
    (found,) = findings("Server closed", target, "ru", ["mixed-script"])
    assert found.severity == "error"
    assert found.spans == ((0, 1),)


def test_acronym_with_a_case_ending_is_not_flagged() -> None:
    assert ids("warn about NOPs", "предупреждать о NOPах", "ru", ["mixed-script"]) == []


WRONG = [
    ("ru", "Belarus and Ukraine", "Беларусь и Украина", False),
    ("ru", "Belarus and Ukraine", "Беларусь і Украина", True),
    ("be", "Minsk and Gomel", "Мінск і Гомель", False),
    ("be", "Minsk and Gomel", "Мінск и Гомель", True),
    ("uk", "Kyiv and Lviv", "Київ і Львів", False),
    ("uk", "Kyiv and Lviv", "Київ ы Львів", True),
    ("de", "Kyiv and Lviv", "Kyjiw und Lwiw", False),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), WRONG)
def test_wrong_letters(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("wrong-letters" in ids(source, target, lang, ["wrong-letters"])) is flagged


DOUBLED = [
    ("ru", "It will be stopped.", "Он будет будет остановлен.", True),
    ("ru", "Yes, yes.", "Да, да.", False),
    ("be", "Minsk and Gomel", "Мінск і і Гомель", True),
    ("be", "Minsk and Gomel", "Мінск і Гомель", False),
    ("uk", "not a builtin", "це не не вбудована команда", True),
    ("uk", "not a builtin", "це не вбудована команда", False),
    ("de", "The union", "Die die Gewerkschaft", True),
    ("de", "The union", "Die Gewerkschaft", False),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), DOUBLED)
def test_doubled_words(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("doubled-words" in ids(source, target, lang, ["doubled-words"])) is flagged


def test_aligned_columns_and_metavariables_are_not_doubled_words() -> None:
    assert ids("  PATH      A resource path", "  ПУТЬ      Путь ресурса", "ru",
               ["doubled-words"]) == []
    assert ids("older than DAYS", "старше ДНЕЙ дней", "ru", ["doubled-words"]) == []


def test_percent_escaped_line_breaks_are_not_letters() -> None:
    # gpg-agent writes "%0A" for a line break: the A is not part of the next word.
    assert ids("Note.%0APlease change it.", "Замечание.%0AПожалуйста, смените.", "ru",
               ["mixed-script"]) == []


def test_translated_metavariables_and_regex_classes() -> None:
    # coreutils' stty help: N is translated as Н throughout, "bsN" becomes "bsН".
    assert ids(" * bsN    backspace delay style, N in [0..1]",
               " * bsН    пауза после забоя, допустимые Н [0..1]", "ru", ["mixed-script"]) == []
    assert ids("^[yY]", "^[ДдYy]", "ru", ["mixed-script"]) == []
    # …but a lower-case Cyrillic letter for a capital Latin one is a typo.
    assert ids("Metaurls processing failed.", "Обработка мetaurl не удалась.", "ru",
               ["mixed-script"]) == ["mixed-script"]
