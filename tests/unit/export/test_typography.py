"""Locale typography of published translations."""

from __future__ import annotations

import pytest

from workbench.export.typography import NBSP, NNBSP, apply, rules_for


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Он сказал «нет»."),
    ("uk", "Він сказав «нет»."),
    ("be", "Ён сказаў «нет»."),
    ("de", "Er sagte „nein“."),
    ("en", "He said “no”."),
    ("pl", "Powiedział „nie”."),
    ("ja", "彼は「いいえ」と言った。"),
    ("zh_TW", "他說「不」。"),
])
def test_straight_quotes_become_the_languages_quotes(lang, expected) -> None:
    typed = {"ru": 'Он сказал "нет".', "uk": 'Він сказав "нет".', "be": 'Ён сказаў "нет".',
             "de": 'Er sagte "nein".', "en": 'He said "no".', "pl": 'Powiedział "nie".',
             "ja": '彼は"いいえ"と言った。', "zh_TW": '他說"不"。'}[lang]
    assert apply(typed, lang) == expected


def test_nested_quotes_use_the_alternate_marks() -> None:
    assert apply("\"Say 'yes' now\"", "ru") == "«Say „yes“ now»"
    assert apply("\"Say 'yes' now\"", "de") == "„Say ‚yes‘ now“"


def test_apostrophes() -> None:
    assert apply("It's the workers' union.", "en") == "It’s the workers’ union."
    # A straight apostrophe inside a word becomes the language's: uk U+02BC, be U+2019.
    assert apply("м'ята", "uk") == "м\u02bcята"
    assert apply("аб'ява", "be") == "аб\u2019ява"
    # A typographic one the translator chose is left alone (QA says if it is the wrong one).
    assert apply("м\u2019ята", "uk") == "м\u2019ята"


def test_a_date_stays_on_one_line() -> None:
    nbsp = "\u00a0"
    assert apply("выборов 9 августа 2020 года", "ru") == f"выборов 9{nbsp}августа{nbsp}2020 года"
    assert apply("9 жніўня", "be") == f"9{nbsp}жніўня"
    assert apply("9 серпня", "uk") == f"9{nbsp}серпня"
    assert apply("am 9. August", "de") == f"am 9.{nbsp}August"
    assert apply("on August 9.", "en") == f"on August{nbsp}9."
    assert apply("9 human rights", "en") == "9 human rights"  # not a month
    assert apply("в мае 2020", "ru") == "в мае 2020"  # the prepositional case is not a date


def test_french_spacing() -> None:
    out = apply('Il a dit "oui" : vraiment ! Et toi? À 10:30; voir https://ex.fr/a:b?c=1.', "fr")
    assert out == (f"Il a dit «{NNBSP}oui{NNBSP}»{NNBSP}: vraiment{NNBSP}! Et toi{NNBSP}? "
                   f"À 10:30{NNBSP}; voir https://ex.fr/a:b?c=1.")
    assert apply("« déjà »", "fr") == f"«{NNBSP}déjà{NNBSP}»"
    assert apply("Quoi?!", "fr") == f"Quoi{NNBSP}?!"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", f"Минск{NBSP}— столица."),
    ("de", f"Minsk{NBSP}– die Hauptstadt."),
    ("en", "Minsk—the capital."),
])
def test_spaced_hyphens_become_the_languages_dash(lang, expected) -> None:
    word = {"ru": "Минск - столица.", "de": "Minsk - die Hauptstadt.", "en": "Minsk - the capital."}
    assert apply(word[lang], lang) == expected


def test_hyphens_in_words_and_numbers_stay() -> None:
    assert apply("re-run 2019-2020 COVID-19", "ru") == "re-run 2019-2020 COVID-19"


def test_markdown_code_links_and_urls_are_untouched() -> None:
    text = 'See `a "b" - c`, [the "list"](https://x.org/?q="a") and <https://x.org/"y">.'
    assert apply(text, "ru") == 'See `a "b" - c`, [the «list»](https://x.org/?q="a") and <https://x.org/"y">.'


def test_quotes_around_emphasis_and_links() -> None:
    assert apply('*"Stop"*, they said.', "ru") == "*«Stop»*, they said."
    assert apply('"[Link](https://x.org)" here', "ru") == "«[Link](https://x.org)» here"


def test_unknown_language_falls_back_to_english_marks() -> None:
    assert rules_for("sw").quotes == ("“", "”", "‘", "’")
