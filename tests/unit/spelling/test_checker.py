"""The spell checker on real dictionaries: what it flags, what it knows, what it suggests."""

from __future__ import annotations

import pytest
from spelling_helpers import real_checker

from workbench.glossary import Concept, Term, Termbase
from workbench.spelling.checker import SpellChecker
from workbench.spelling.known import KnownWords


def words(checker: SpellChecker, text: str, source: str = "", markup: str = "plain") -> list[str]:
    return [m.word for m in checker.misspellings(text, source, markup)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Профсоюз был ликвидирован в прошлом году, а его лидеры арестованы."),
    ("uk", "Профспілку було ліквідовано минулого року, а її лідерів заарештовано."),
    ("be", "Прафсаюз быў ліквідаваны ў мінулым годзе, а яго лідары арыштаваныя."),
    ("de", "Die Gewerkschaft wurde im vergangenen Jahr aufgelöst."),
    ("fr", "Le syndicat a été dissous l'année dernière."),
    ("en", "The union was dissolved last year."),
])
def test_correct_sentences_have_no_finding(lang: str, text: str) -> None:
    assert words(real_checker(lang), text) == []


@pytest.mark.parametrize(("lang", "text", "typo"), [
    ("ru", "Профсоюз был ликвидирован в прошлом гоуд.", "гоуд"),
    ("ru", "Профсоюз был ликвидрован в прошлом году.", "ликвидрован"),
    ("uk", "Профспілку було ліквідованно минулого року.", "ліквідованно"),
    ("be", "Прафсаюз быў ліквідавны ў мінулым годзе.", "ліквідавны"),
    ("de", "Die Gewerkschft wurde aufgelöst.", "Gewerkschft"),
])
def test_a_typo_is_flagged_with_its_span(lang: str, text: str, typo: str) -> None:
    checker = real_checker(lang)
    found = checker.misspellings(text)
    assert [m.word for m in found] == [typo]
    assert text[found[0].start:found[0].end] == typo


def test_suggestions_put_the_right_word_among_five() -> None:
    ru = real_checker("ru")
    assert "году" in ru.suggestions("гоуд")
    assert "ликвидирован" in ru.suggestions("ликвидрован")
    assert len(ru.suggestions("гоуд")) <= 5
    assert ru.suggestions("Ликвидрован")[0][0].isupper()  # the capital is kept
    assert "ликвидирован" in ru.suggestions("ликвидрован", thorough=True)


def test_words_copied_from_the_source_are_known() -> None:
    ru = real_checker("ru")
    text = "Николай Брыздюк из Жабинковичей, см. https://example.org/x и bryzdziuk@example.org"
    assert words(ru, text) == ["Брыздюк", "Жабинковичей"]  # Cyrillic names are judged
    source = "Mikalai Bryzdziuk (Брыздюк) of Zhabinkovichi (Жабинковичей)"
    assert words(ru, text, source) == []


@pytest.mark.parametrize("text", [
    "Ошибка: %s не найден в %(name)s, {count} раз",  # placeholders
    "Запустите `git commit` или <b>commit</b> &amp; Zimin",  # code, tags, entities, Latin
    "Файл NULL-содержащей строки: ФАЙЛ, КТЬ-РЯДКІВ, GdkPixmap",  # capitals
    "Версия 1.2.3-rc1, путь /usr/share/locale, т.е. 64-битное",  # numbers, paths
    "_Файл и &Открыть, какой-то файл(ов)",  # accelerators, compounds, bracketed endings
])
def test_what_no_dictionary_can_judge_is_left_alone(text: str) -> None:
    ru = real_checker("ru")
    assert words(ru, text, source="_File &Open", markup="md") == []


def test_an_underscore_is_an_accelerator_only_where_the_source_has_one() -> None:
    ru = real_checker("ru")
    assert words(ru, "Фа_йл", source="_File") == []
    assert words(ru, "номер_стрoки", source="line number") == []  # an identifier: not judged


def test_typo_in_a_hyphenated_word_points_at_the_part() -> None:
    ru = real_checker("ru")
    text = "Сине-зеоёный цвет"
    found = ru.misspellings(text)
    assert [(m.word, m.start) for m in found] == [("зеоёный", 5)]


def test_apostrophes_and_stress_marks_are_read_through() -> None:
    be = real_checker("be")
    uk = real_checker("uk")
    assert words(be, "сям’я і сям'я") == []
    assert words(uk, "сімʼя, сім’я, сім'я, заво\u0301д") == []


def test_russian_technical_words_prefixes_and_abbreviations() -> None:
    ru = real_checker("ru")
    # pymorphy3's dictionary knows what ru_RU lacks; productive prefixes; cut abbreviations.
    assert words(ru, "репозиторий, сокет, неотслеживаемые подмодули, Смещ. Разм.") == []
    assert words(ru, "репозитроий") == ["репозитроий"]
    assert words(ru, "неотслежываемые") == ["неотслежываемые"]
    assert words(ru, "Чижел.") == ["Чижел"]  # not the start of any word: not an abbreviation


def test_project_words_and_their_case() -> None:
    ru = real_checker("ru")
    assert words(ru, "Брыздюк и зябрюшник") == ["Брыздюк", "зябрюшник"]
    known = KnownWords("ru", ["Брыздюк", "зябрюшник"])
    checker = SpellChecker("ru", ru.speller, known)
    assert words(checker, "Брыздюк и Зябрюшник") == []  # a word in lower case: any case
    assert words(checker, "у Брыздюка, зябрюшником") == []  # and their inflected forms
    assert words(checker, "брыздюк") == ["брыздюк"]  # written with a capital: only so


def test_glossary_terms_are_known_with_their_inflected_forms() -> None:
    be = real_checker("be")
    termbase = Termbase([Concept("c1", [Term("Salihorsk", "en"), Term("Салігорск", "be")]),
                         Concept("c2", [Term("BNP", "en", dnt=True), Term("Брыдлік", "en", dnt=True)])])
    from workbench.spelling.known import known_words

    checker = SpellChecker("be", be.speller, known_words("be", None, termbase))
    assert words(checker, "у горадзе Салігорску, у Салігорску, Брыдлік") == []
    assert words(checker, "у Салігроску") == ["Салігроску"]


def test_ru_glossary_forms_through_pymorphy() -> None:
    ru = real_checker("ru")
    termbase = Termbase([Concept("c", [Term("strike committee", "en"),
                                       Term("стачком", "ru")])])
    from workbench.spelling.known import known_words

    checker = SpellChecker("ru", ru.speller, known_words("ru", None, termbase))
    assert words(checker, "Стачкома и стачкомом") == []
