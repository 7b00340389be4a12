"""Term recognition in source segments."""

from __future__ import annotations

from workbench.glossary import Concept, Term, Termbase


def spotted(tb: Termbase, text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(h.text, h.concept.terms[0].text) for h in tb.spot(text, lang)]


def test_multiword_and_inflected_terms_with_spans(termbase) -> None:
    text = "They met trade unions and civil society."
    hits = termbase.spot(text, "en")
    assert [(h.start, h.end, h.text) for h in hits] == [(9, 21, "trade unions"),
                                                        (26, 39, "civil society")]
    assert hits[0].concept.approved("ru")[0].text == "профсоюз"
    assert hits[0].term.status == "preferred" and hits[0].lang == "en"


def test_longest_match_wins(termbase) -> None:
    assert spotted(termbase, "the Independent Trade Unions of Belarus") == [
        ("Independent Trade Unions", "independent trade union"), ("Belarus", "Belarus")]


def test_hyphen_and_space_variants(termbase) -> None:
    text = "fixed-term contracts, fixed term contract, fixedterm contracts"
    assert [h.text for h in termbase.spot(text, "en")] == [
        "fixed-term contracts", "fixed term contract", "fixedterm contracts"]
    assert spotted(termbase, "the trade-union movement") == [("trade-union", "trade union")]


def test_punctuation_between_words_is_not_a_term(termbase) -> None:
    assert spotted(termbase, "free trade, union rights") == []


def test_acronyms_are_case_sensitive(termbase) -> None:
    assert spotted(termbase, "the BNP union") == [("BNP", "BNP")]
    assert spotted(termbase, "bnp or Bnp") == []


def test_case_sensitive_flag_and_plain_terms() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("Apple", "en", case_sensitive=True)]))
    tb.add(Concept("", [Term("pear", "en")]))
    assert [h.text for h in tb.spot("Apples, apples, PEARS and pears", "en")] == [
        "Apples", "PEARS", "pears"]


def test_target_language_spotting_is_inflection_aware(termbase) -> None:
    assert spotted(termbase, "независимых профсоюзов и свободы объединения", "ru") == [
        ("независимых профсоюзов", "independent trade union"),
        ("свободы объединения", "freedom of association")]
    assert spotted(termbase, "незалежных прафсаюзаў, свабодай аб’яднанняў", "be") == [
        ("незалежных прафсаюзаў", "independent trade union"),
        ("свабодай аб’яднанняў", "freedom of association")]


def test_possessive_apostrophes_in_source() -> None:
    tb = Termbase()
    tb.add(Concept("", [Term("workers' rights", "en")]))
    assert [h.text for h in tb.spot("fundamental workers’ rights and worker's rights", "en")] == [
        "workers’ rights", "worker's rights"]


def test_hits_carry_the_whole_concept(termbase) -> None:
    hit = termbase.spot("elections", "en")[0]
    data = hit.to_dict()
    assert data["concept"]["terms"][0]["text"] == "election"
    assert {t["lang"] for t in data["concept"]["terms"]} == {"en", "ru", "be"}
    assert [t.text for t in hit.concept.forbidden("ru")] == ["выбор"]


def test_changes_invalidate_the_compiled_index(termbase) -> None:
    assert spotted(termbase, "tear gas") == []
    termbase.add(Concept("", [Term("tear gas", "en")]))
    assert spotted(termbase, "tear-gas") == [("tear-gas", "tear gas")]
    concept = termbase.find("tear gas")[0]
    concept.terms.append(Term("teargas", "en", "admitted"))
    termbase.changed()
    assert spotted(termbase, "teargas") == [("teargas", "tear gas")]


def test_empty_text_and_empty_termbase() -> None:
    assert Termbase().spot("anything", "en") == []
