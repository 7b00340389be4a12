"""Target-side term consistency of single segments."""

from __future__ import annotations

from workbench.glossary import Concept, Term, Termbase, check_translation


def kinds(tb: Termbase, source: str, target: str, lang: str = "ru") -> list[tuple[str, str]]:
    return [(c.kind, c.term) for c in check_translation(tb, source, target, "en", lang)]


def test_inflected_translation_passes(termbase) -> None:
    source = "The repression of independent trade unions and freedom of association."
    assert kinds(termbase, source, "Репрессии против независимых профсоюзов и свободы объединения.") == []
    assert kinds(termbase, source, "Рэпрэсіі супраць незалежных прафсаюзаў і свабоды аб’яднанняў.",
                 "be") == []
    assert kinds(termbase, source, "Репресії проти незалежних профспілок і свободи обʼєднання.",
                 "uk") == []


def test_missing_translation_is_reported_with_expected_terms(termbase) -> None:
    checks = check_translation(termbase, "Trade unions met.", "Союзы встретились.", "en", "ru")
    assert len(checks) == 1
    check = checks[0]
    assert (check.kind, check.term, check.expected, check.span) == (
        "missing", "trade union", ["профсоюз"], None)
    assert check.severity == "warning" and check.source_span == (0, 12)
    assert "профсоюз" in check.message


def test_admitted_variant_satisfies_the_check(termbase) -> None:
    assert kinds(termbase, "the Independent Trade Union of Belarus",
                 "Белорусский независимый профсоюз") == []
    assert kinds(termbase, "cities in Belarus", "города Беларуси") == []
    assert kinds(termbase, "cities in Belarus", "города страны") == [("missing", "Belarus")]


def test_one_extra_word_may_stand_inside_a_multiword_translation(termbase) -> None:
    assert kinds(termbase, "fixed-term contracts", "срочных трудовых контрактов") == []
    assert kinds(termbase, "fixed-term contracts", "срочных и очень долгих контрактов") == [
        ("missing", "fixed-term contract")]


def test_forbidden_term_is_flagged_with_its_span(termbase) -> None:
    target = "Тред-юнионы Белоруссии"
    checks = check_translation(termbase, "Trade unions of Belarus", target, "en", "ru")
    found = {(c.kind, c.found) for c in checks}
    assert ("forbidden", "Тред-юнионы") in found and ("forbidden", "Белоруссии") in found
    forbidden = next(c for c in checks if c.found == "Белоруссии")
    assert target[forbidden.span[0]:forbidden.span[1]] == "Белоруссии"
    assert forbidden.expected == ["Беларусь", "белорусский"] and forbidden.severity == "error"


def test_forbidden_term_only_where_the_source_names_its_concept(termbase) -> None:
    # "выбор" is wrong for "elections", right for "choice".
    assert kinds(termbase, "the choice of the majority", "выбор большинства") == []
    assert ("forbidden", "выбор") in kinds(termbase, "the elections", "выбор")


def test_forbidden_inside_an_approved_translation_is_fine(termbase) -> None:
    assert kinds(termbase, "the European Union", "Европейский союз") == []
    assert ("forbidden", "союз") in kinds(termbase, "the European Union", "союз")


def test_do_not_translate_must_stay_verbatim(termbase) -> None:
    assert kinds(termbase, "The BNP said", "BNP заявил") == []
    checks = check_translation(termbase, "The BNP said", "БНП заявил", "en", "ru")
    assert [(c.kind, c.span) for c in checks] == [("forbidden", (0, 3))]  # says it all
    changed = check_translation(termbase, "IndustriALL Global Union said",
                                "Industriall Global Union заявил", "en", "ru")
    assert [(c.kind, c.found, c.span) for c in changed] == [
        ("dnt-changed", "Industriall Global Union", (0, 24))]
    assert changed[0].expected == ["IndustriALL Global Union"]


def test_do_not_translate_accepts_apostrophe_variants() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("Workers' Union", "en", dnt=True)]))
    assert check_translation(tb, "the Workers' Union", "Workers’ Union", "en", "be") == []


def test_homographs_pass_when_either_reading_is_translated() -> None:
    tb = Termbase()
    tb.add(Concept("n", [Term("arrest", "en", pos="noun"), Term("арест", "ru")]))
    tb.add(Concept("v", [Term("arrest", "en", pos="verb"), Term("арестовать", "ru")]))
    assert check_translation(tb, "the arrests", "аресты", "en", "ru") == []
    assert check_translation(tb, "he arrests", "он арестовывает", "en", "ru") != []
    assert check_translation(tb, "they were arrested", "их арестовали", "en", "ru") == []


def test_no_expectation_without_a_translation_in_that_language(termbase) -> None:
    assert kinds(termbase, "civil society", "anything", "uk") == []


def test_source_without_terms_is_cheap_and_clean(termbase) -> None:
    assert check_translation(termbase, "Nothing here.", "Ничего.", "en", "ru") == []
    assert check_translation(Termbase(), "trade union", "", "en", "ru") == []


def test_results_serialize(termbase) -> None:
    data = check_translation(termbase, "trade union", "союз", "en", "ru")[0].to_dict()
    assert data["kind"] == "missing" and data["expected"] == ["профсоюз"] and data["span"] is None


def test_noun_term_may_stand_as_its_adjective() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("command", "en", pos="noun"), Term("команда", "ru", pos="noun"),
                        Term("каманда", "be", pos="noun")]))
    tb.add(Concept("", [Term("user", "en", pos="noun"), Term("пользователь", "ru", pos="noun")]))
    tb.add(Concept("", [Term("window", "en", pos="noun"), Term("окно", "ru", pos="noun")]))
    assert check_translation(tb, "too many command-line arguments",
                             "слишком много аргументов командной строки", "en", "ru") == []
    assert check_translation(tb, "single-user mode", "однопользовательский режим", "en", "ru") == []
    assert check_translation(tb, "window manager", "оконный менеджер", "en", "ru") == []
    assert check_translation(tb, "command line", "камандны радок", "en", "be") == []
    assert check_translation(tb, "the command", "строка", "en", "ru")[0].kind == "missing"


def test_source_words_kept_as_written_on_purpose() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("user", "en", pos="noun"), Term("пользователь", "ru", pos="noun")]))
    tb.add(Concept("", [Term("window", "en", pos="noun"), Term("Fenster", "de", pos="noun")]))
    # A name or code in a Cyrillic translation: left as written on purpose.
    assert check_translation(tb, "USER failed", "Команда USER не выполнена", "en", "ru") == []
    # ...but every occurrence must be: the second "user" is prose and is not translated.
    assert check_translation(tb, "--user sets the user", "--user задаёт имя", "en", "ru") != []
    # In the same script only code marks say so; an untranslated copy is still flagged.
    assert check_translation(tb, "the window option", "die Option «window»", "en", "de") == []
    assert check_translation(tb, "the window", "the window", "en", "de") != []


def test_an_untranslated_copy_keeps_nothing_on_purpose() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("program", "en", pos="noun"), Term("программа", "ru", pos="noun")]))
    source = "This program is free software"
    assert [c.kind for c in check_translation(tb, source, source, "en", "ru")] == ["missing"]
