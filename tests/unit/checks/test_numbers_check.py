"""numbers: compared by value, whatever the locale's grouping and decimal separators."""

from __future__ import annotations

import pytest
from qa_helpers import findings, ids

CASES = [
    # lang, source, translation, flagged
    ("ru", "3,000 workers were there.", "Там было 3 000 рабочих.", False),
    ("ru", "3,000 workers were there.", "Там было 3\u00a0000 рабочих.", False),
    ("ru", "Growth was 1.5 percent.", "Рост составил 1,5 процента.", False),
    ("ru", "He was sentenced to 25 days.", "Его приговорили к 52 суткам.", True),
    ("ru", "Missing in 8 cases.", "Не хватает в восьми случаях.", False),
    ("be", "He was sentenced to 25 days.", "Яго прысудзілі да 25 сутак.", False),
    ("be", "He was sentenced to 25 days.", "Яго прысудзілі да 15 сутак.", True),
    ("be", "Two unions were closed.", "Закрылі 2 прафсаюзы.", False),
    ("uk", "Prices rose by 3.5%.", "Ціни зросли на 3,5 %.", False),
    ("uk", "About 10 people came.", "Прийшло близько 100 людей.", True),
    ("uk", "On 2024-01-02 it began.", "Почалося 02.01.2024.", False),
    ("de", "It cost 3,000 euros.", "Es kostete 3.000 Euro.", False),
    ("de", "A rate of 1.5 percent.", "Eine Rate von 1,5 Prozent.", False),
    ("de", "Since 2024.", "Seit 2023.", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), CASES)
def test_numbers(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("numbers" in ids(source, target, lang, ["numbers"])) is flagged


def test_missing_number_is_an_error_with_the_changed_number_spanned() -> None:
    (found,) = findings("Sentenced to 25 days.", "Приговорён к 52 суткам.", "ru", ["numbers"])
    assert found.severity == "error"
    assert "25" in found.message
    target = "Приговорён к 52 суткам."
    assert [target[a:b] for a, b in found.spans] == ["52"]


def test_extra_number_is_only_a_warning() -> None:
    (found,) = findings("Sentenced to prison.", "Приговорён к 5 годам.", "ru", ["numbers"])
    assert found.severity == "warning"


def test_numbers_inside_placeholders_and_urls_are_ignored() -> None:
    assert ids("See %2$s at https://x.org/v2/page", "См. %2$s на https://x.org/v2/page",
               "ru", ["numbers"]) == []


def test_spelled_the_same_on_both_sides_matches() -> None:
    # "0,508" is a range in English and would be a decimal in Russian: copied as is, it is fine.
    assert ids("in the range [0,508]", "в диапазоне [0,508]", "ru", ["numbers"]) == []


def test_negated_number_words() -> None:
    assert ids("the port is non-0", "порт ненулевой", "ru", ["numbers"]) == []


def test_deliberate_changes_are_only_warnings() -> None:
    def severity(source: str, target: str) -> str:
        (found,) = findings(source, target, "ru", ["numbers"])
        return found.severity

    assert severity("calendar:week_start:0", "calendar:week_start:1") == "warning"
    assert severity("e.g. 15:30, 2:35 pm", "например, 15:30, 14:35") == "warning"
    assert severity("Pick 2 of them", "Выберите 3 из них") == "error"
    assert ids("Alignment must be a power of 2", "Выравнивание должно быть степенью двойки",
               "ru", ["numbers"]) == []
