"""Term candidates from the corpus, with the translations already used."""

from __future__ import annotations

from workbench.glossary import Concept, Term, Termbase
from workbench.glossary.suggest import suggest_from

PAIRS = [
    ("Independent observers report fraud.", "Независимые наблюдатели сообщают о фальсификациях."),
    ("The regime arrested independent observers.", "Режим арестовал независимых наблюдателей."),
    ("Access for independent observers.", "Доступ для независимых наблюдателей."),
    ("Trade unions and civil society.", "Профсоюзы и гражданское общество."),
    ("The civil society of Belarus.", "Гражданское общество Беларуси."),
    ("Representatives of civil society.", "Представители гражданского общества."),
]


def test_frequent_phrases_with_their_translations() -> None:
    found = suggest_from([s for s, _ in PAIRS], {"ru": PAIRS}, Termbase(), "en")
    by_text = {s.text.casefold(): s for s in found}
    observers = by_text["independent observers"]
    assert observers.count == 3 and observers.words == 2
    assert observers.translations["ru"][0].text.casefold() in (
        "независимые наблюдатели", "независимых наблюдателей")
    assert by_text["civil society"].translations["ru"][0].text.casefold() in (
        "гражданское общество", "гражданского общества")
    # "independent" alone never occurs outside "independent observers".
    assert "independent" not in by_text and "observers" not in by_text
    assert found[0].to_dict()["translations"]["ru"][0]["count"] >= 2


def test_terms_already_in_the_glossary_are_not_suggested() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("civil society", "en"), Term("гражданское общество", "ru")]))
    found = suggest_from([s for s, _ in PAIRS], {"ru": PAIRS}, tb, "en")
    assert all("civil society" not in s.text.casefold() for s in found)
    assert any(s.text.casefold() == "independent observers" for s in found)


def test_rare_phrases_and_function_words_are_left_out() -> None:
    found = suggest_from(["The union and the mine.", "Of the union"], {}, Termbase(), "en",
                         min_count=2)
    assert [s.text for s in found] == ["union"]
