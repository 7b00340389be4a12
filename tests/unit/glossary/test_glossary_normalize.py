"""Normalization and tokenization: spans, apostrophes, hyphens."""

from __future__ import annotations

from workbench.glossary.normalize import (
    closed_words,
    joinable,
    normalize,
    norms,
    spans,
    term_words,
    tokenize,
)


def test_apostrophe_variants_normalize_to_one() -> None:
    forms = ["аб'яднанне", "аб’яднанне", "абʼяднанне", "аб‘яднанне"]
    assert {normalize(f) for f in forms} == {"аб'яднанне"}


def test_normalize_is_nfc_and_casefolded_but_keeps_yo() -> None:
    assert normalize("Ё\u0308") != normalize("Е")
    assert normalize("Straße") == "strasse"
    assert normalize("e\u0301") == "\u00e9"
    assert normalize("Ёлка") == "ёлка"


def test_tokens_keep_spans_into_the_original_text() -> None:
    text = "Сям’я — «прафсаюз», workers' rights; Lukashenko's"
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens] == [
        "Сям’я", "прафсаюз", "workers", "rights", "Lukashenko's"]
    assert tokens[0].norm == "сям'я" and tokens[0].text == "Сям'я"


def test_hyphen_splits_words_and_closes_compounds() -> None:
    assert term_words("fixed-term contract") == ["fixed", "term", "contract"]
    assert closed_words("fixed-term contract") == ["fixedterm", "contract"]
    assert closed_words("trade union") == ["trade", "union"]


def test_punctuation_breaks_a_multiword_term() -> None:
    text = "trade, union; trade - union «trade» union"
    t = tokenize(text)
    assert not joinable(text, t[0], t[1])
    assert joinable(text, t[2], t[3])
    assert joinable(text, t[4], t[5])


TRICKY = [
    "Straße and ﬁle",  # casefolding that changes length
    "İstanbul",
    "e\u0301te\u0301 за́мок",  # combining marks (decomposed accents, stress marks)
    "a_b b `x` don`t don't",
    "сям’я, сімʼя і сям‘я",
    "COVID-19 tear-gas fixed‑term",
    "",
]


def test_fast_paths_give_the_words_of_tokenize() -> None:
    for text in TRICKY:
        tokens = tokenize(text)
        assert norms(text) == [t.norm for t in tokens], text
        assert spans(text) == [(t.start, t.end) for t in tokens], text
