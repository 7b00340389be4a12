"""The match percentage: a table of (query, source, band), penalties, diffs, number substitution."""

from __future__ import annotations

import pytest

from workbench.tm.normalize import normalize, tokens
from workbench.tm.scoring import diff, ratio, score, substitute_numbers
from workbench.tm.settings import TMSettings

SETTINGS = TMSettings()
Q = "The union was banned in 2021."


def pct(query: str, source: str, settings: TMSettings = SETTINGS) -> int:
    return score(query, source, ratio(normalize(query), normalize(source)), settings)


@pytest.mark.parametrize(("query", "source", "low", "high"), [
    (Q, Q, 100, 100),                                             # identical
    (Q, "the union was banned in 2021.", 99, 99),                 # case
    (Q, "The union was banned in 2021!", 99, 99),                 # punctuation
    (Q, "The union  was banned in 2021.", 99, 99),                # whitespace
    (Q, "The union was banned in 2022.", 99, 99),                 # a number
    (Q, "the union was banned in 2022!", 97, 97),                 # case, punctuation and number
    (Q, "The union was officially banned in 2021.", 80, 89),      # a word inserted
    (Q, "The union was banned.", 75, 89),                         # words deleted
    (Q, "The party was banned in 2021.", 75, 84),                 # a word replaced
    (Q, "Workers were sentenced in 2021.", 40, 69),               # half different
    (Q, "Solidarity with Belarusian workers!", 0, 49),            # unrelated
    ("Workers were sentenced to 12 days.", "Workers were sentenced to 25 days.", 99, 99),
    ("recieve the file", "receive the file", 90, 96),             # a typo costs characters
])
def test_score_bands(query: str, source: str, low: int, high: int) -> None:
    assert low <= pct(query, source) <= high


def test_only_an_identical_source_scores_100() -> None:
    variants = [Q.lower(), Q.upper(), Q.replace(" ", "  "), Q + " ", Q.replace(".", ""), "The union was banned in 2021 ."]
    assert all(pct(Q, v) < 100 for v in variants)
    assert pct(Q, Q) == 100


def test_longer_sentences_lose_less_for_one_word() -> None:
    short = pct("The union was banned.", "The union was not banned.")
    long = pct("The union of metal workers was banned by the court in Minsk.",
               "The union of metal workers was not banned by the court in Minsk.")
    assert long > short


def test_penalties_are_configurable() -> None:
    strict = TMSettings(case_penalty=5, number_penalty=3)
    assert pct(Q, Q.lower(), strict) == 95
    assert pct(Q, Q.replace("2021", "2022"), strict) == 97


def test_diff_rebuilds_the_source_and_names_query_words() -> None:
    query, source = "The union was banned in 2021.", "The union was not banned."
    pieces = diff(query, source)
    assert "".join(text for op, text in pieces if op != "delete") == source
    assert {op for op, _ in pieces} <= {"equal", "insert", "delete", "replace"}
    assert ("insert", "not ") in pieces
    assert any(op == "delete" and "2021" in text for op, text in pieces)


def test_diff_marks_a_replaced_number() -> None:
    assert diff("Sentenced to 12 days.", "Sentenced to 25 days.") == [
        ("equal", "Sentenced to "), ("replace", "25 "), ("equal", "days.")]


def test_tokens_keep_every_character() -> None:
    text = "  Don't — stop: 1,500.5 times!\n"
    assert "".join(tokens(text)) == text


@pytest.mark.parametrize(("query", "source", "target", "expected"), [
    ("sentenced to 12 days", "sentenced to 25 days", "приговорили к 25 суткам", "приговорили к 12 суткам"),
    ("From 3 to 7 May", "From 1 to 5 May", "С 1 по 5 мая", "С 3 по 7 мая"),
    ("fined 1,500 rubles", "fined 2,000 rubles", "штраф 2,000 рублей", "штраф 1,500 рублей"),
    # the source number is not in the target as written: leave the target alone
    ("fined 1,500 rubles", "fined 2,000 rubles", "штраф 2 000 рублей", "штраф 2 000 рублей"),
    # one source number would stand for two query numbers
    ("5 of 3", "5 of 5", "5 из 5", "5 из 5"),
    # more than numbers differ
    ("jailed for 12 days", "sentenced to 25 days", "приговорили к 25 суткам", "приговорили к 25 суткам"),
    ("sentenced to 25 days", "sentenced to 25 days", "приговорили к 25 суткам", "приговорили к 25 суткам"),
])
def test_number_substitution(query: str, source: str, target: str, expected: str) -> None:
    assert substitute_numbers(query, source, target) == expected


def test_normalize_hides_case_punctuation_spacing_and_numbers() -> None:
    assert normalize("Saved  25 files!") == normalize("saved 3 FILES") == "saved 0 files"
    assert normalize("...") == "..."  # punctuation-only text keeps a key of its own
