"""Concordance: words and phrases in sources or targets, any case, with hit spans."""

from __future__ import annotations

from workbench.tm import TranslationMemory
from workbench.tm.concordance import parse_terms, spans


def test_words_in_the_source_with_spans(tm_project) -> None:
    hits = TranslationMemory.for_project(tm_project, "ru").concordance("UNION")
    assert [h.source for h in hits] == ["The union was banned in 2021."]
    [hit] = hits
    assert hit.source_spans == ((4, 9),) and hit.target_spans == ()
    assert hit.origin == "statement main" and hit.target == "Профсоюз был запрещён в 2021 году."


def test_every_word_must_appear_in_source_or_target(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert [h.source for h in tm.concordance("workers арест")] == [
        "Workers were sentenced to 25 days of arrest."]
    [hit] = tm.concordance(["рабочих", "sentenced"])
    assert hit.target_spans == ((0, 7),) and hit.source_spans == ((13, 22),)
    assert tm.concordance("workers nowhere") == []


def test_phrases_in_quotes_and_limits(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert [h.source for h in tm.concordance('"union was"')] == ["The union was banned in 2021."]
    assert tm.concordance('"was union"') == []
    assert len(tm.concordance("w", limit=2)) == 2
    assert tm.concordance("   ") == []


def test_shorter_sources_come_first(tm_project) -> None:
    sources = [h.source for h in TranslationMemory.for_project(tm_project, "ru").concordance("workers")]
    assert sources == sorted(sources, key=len)


def test_helpers() -> None:
    assert parse_terms('Trade "Joint Statement" x') == ["trade", "joint statement", "x"]
    assert parse_terms('unbalanced "quote') == ["unbalanced", '"quote']
    assert spans("Union of unions", ["union"]) == ((0, 5), (9, 14))
