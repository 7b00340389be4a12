"""Language data the checks need and CLDR does not give in a usable form.

Quotes: CLDR lists one primary and one alternate pair per locale, but real text in ru/uk/be
also uses “…” (software and the web), and German has »…« in books and «…» in Switzerland.
So each language gets the set of pairs that are *right* in it; a closer that does not belong
to an open pair of the language is what gets flagged.
"""

from __future__ import annotations

from functools import cache

# -- quotes ------------------------------------------------------------------------------------
_EN = (("“", "”"), ("‘", "’"), ('"', '"'))
_CYRILLIC = (("«", "»"), ("„", "“"), ("“", "”"), ("‘", "’"), ('"', '"'))
_GERMANIC = (("„", "“"), ("‚", "‘"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"'))
_FRENCH = (("«", "»"), ("“", "”"), ("‹", "›"), ('"', '"'))
_POLISH = (("„", "”"), ("«", "»"), ("‚", "’"), ('"', '"'))
_CENTRAL = (("„", "“"), ("‚", "‘"), ("»", "«"), ('"', '"'))
QUOTE_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": _EN,
    "ru": _CYRILLIC, "uk": _CYRILLIC, "be": _CYRILLIC, "bg": _CENTRAL + (("«", "»"),),
    "de": _GERMANIC, "lb": _GERMANIC,
    "fr": _FRENCH, "es": _FRENCH + (("‘", "’"),), "it": _FRENCH + (("‘", "’"),),
    "pt": _FRENCH + (("‘", "’"),), "ca": _FRENCH, "el": _FRENCH,
    "pl": _POLISH, "ro": _POLISH, "hu": _POLISH + (("»", "«"),), "nl": _POLISH + _EN,
    "cs": _CENTRAL, "sk": _CENTRAL, "sl": _CENTRAL, "hr": _CENTRAL + (("“", "”"),),
    "lt": _CENTRAL, "et": _CENTRAL + (("«", "»"),), "lv": _CENTRAL + (("«", "»"),),
    "sv": (("”", "”"), ("’", "’"), ("»", "»"), ('"', '"')),
    "fi": (("”", "”"), ("’", "’"), ("»", "»"), ('"', '"')),
    "ja": (("「", "」"), ("『", "』"), *_EN), "zh": (("「", "」"), ("『", "』"), ("《", "》"), *_EN),
}
ALL_QUOTES = frozenset("«»„“”‘’‚‹›「」『』《》\"")


@cache
def quote_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    """The quote pairs that are right in ``lang``; any language not listed gets every pair."""
    base = lang.split("_")[0]
    if base in QUOTE_PAIRS:
        return QUOTE_PAIRS[base]
    return tuple({p for pairs in QUOTE_PAIRS.values() for p in pairs})


# -- end punctuation -----------------------------------------------------------------------------
# Each language maps its final characters to a class; classes are compared, not characters.
# Marks of other scripts count in every language (a catalog's language may be unknown or
# mixed): full-width CJK marks, Armenian, Devanagari, Khmer, Myanmar, Ethiopic, Tibetan, Arabic,
# and U+037E, the Greek question mark.
_COMMON = {".": "period", "!": "exclamation", "?": "question", ":": "colon", ";": "semicolon",
           "…": "ellipsis", "։": "period", "\u037e": "question",
           "。": "period", "．": "period", "！": "exclamation", "？": "question", "：": "colon",
           "；": "semicolon", "｡": "period", "՞": "question", "՜": "exclamation",
           "।": "period", "॥": "period", "។": "period", "៕": "period", "။": "period",
           "።": "period", "፧": "question", "፨": "period", "།": "period", "؟": "question",
           "؛": "semicolon", "۔": "period", "‽": "question", "⸮": "question", "᱾": "period",
           "⁈": "interrobang", "⁉": "interrobang"}
_OVERRIDES: dict[str, dict[str, str]] = {
    "el": {";": "question", "·": "semicolon"},
    "ar": {"؟": "question", "؛": "semicolon", "۔": "period"},
    "fa": {"؟": "question", "؛": "semicolon"},
    "ur": {"؟": "question", "۔": "period", "؛": "semicolon"},
    "hi": {"।": "period"}, "bn": {"।": "period"}, "mr": {"।": "period"}, "ne": {"।": "period"},
    # Armenian: ":" and "։" end a sentence, "՝" and "`" stand for a colon; ? and ! are
    # written over a word, not at the end.
    "hy": {"։": "period", ":": "period", "՝": "colon", "`": "colon", "՞": "question",
           "՜": "exclamation"},
    "am": {"።": "period", "፧": "question", "፡": "colon"},
    "my": {"။": "period"},
    "zh": {"。": "period", "！": "exclamation", "？": "question", "：": "colon", "；": "semicolon"},
    "ja": {"。": "period", "！": "exclamation", "？": "question", "：": "colon", "；": "semicolon"},
    "ko": {"。": "period"},
}
# Languages that often end sentences with no mark at all (Thai, Lao) are not checked for periods.
NO_PERIOD = frozenset({"th", "lo"})


@cache
def end_classes(lang: str) -> dict[str, str]:
    return {**_COMMON, **_OVERRIDES.get(lang.split("_")[0], {})}


# -- letters --------------------------------------------------------------------------------------
# Letters that belong to a neighbouring Cyrillic orthography and not to this one.
FOREIGN_LETTERS: dict[str, tuple[str, str]] = {
    "ru": ("іїєґўІЇЄҐЎ", "Belarusian/Ukrainian"),
    "be": ("ищъїєґИЩЪЇЄҐ", "Russian/Ukrainian"),
    "uk": ("ыэъёўЫЭЪЁЎ", "Russian/Belarusian"),
}
# Latin letters that look like Cyrillic ones, and Cyrillic ones that look like Latin ones.
LATIN_HOMOGLYPHS = frozenset("aceopxyiABCEHKMOPTXIj")
CYRILLIC_HOMOGLYPHS = frozenset("асеорхуіАВСЕНКМОРТХІј")

# -- length ---------------------------------------------------------------------------------------
# Typical length of a translation relative to English (characters); used to centre the ratio.
EXPANSION: dict[str, float] = {
    "ru": 1.15, "uk": 1.12, "be": 1.12, "bg": 1.12, "sr": 1.05, "de": 1.2, "fr": 1.15,
    "es": 1.15, "it": 1.12, "pt": 1.12, "nl": 1.15, "pl": 1.12, "cs": 1.05, "fi": 1.1,
    "el": 1.2, "ja": 0.45, "zh": 0.35, "ko": 0.55, "th": 0.95, "he": 0.85, "ar": 0.9,
}

# Languages that put a (no-break) space before ; : ! ? and inside guillemets.
SPACE_BEFORE_MARKS = frozenset({"fr", "br"})
# Languages whose text uses its own quote marks, never straight "…" (what to use instead).
CURLY_QUOTE_LANGS: dict[str, str] = {
    "fr": "« »", "ru": "« » or „ “", "uk": "« » or „ “", "be": "« » or „ “", "de": "„ “ or » «",
    "fa": "« »",
}
# Where software catalogs keep the source's straight quotes as a house style (measured on
# /usr/share/locale: 1.8-6.4% of units in ru, uk, be, fr, de; 0.05% in fa): there a straight
# quote outside a published statement is a note, elsewhere a warning.
STRAIGHT_QUOTES_IN_SOFTWARE = frozenset({"ru", "uk", "be", "fr", "de"})

# -- number words ---------------------------------------------------------------------------------
# Small numbers are often written as words on one side ("two-phase" -> "2PC", "8 spaces" ->
# "восьми пробелов"). Prefixes of cardinal and ordinal stems, so inflected forms match.
NUMBER_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {0: ("zero", "no"), 1: ("one", "first", "single", "once"),
           2: ("two", "second", "twice", "double", "both", "pair"), 3: ("three", "third"),
           4: ("four",), 5: ("five", "fifth"), 6: ("six",), 7: ("seven",), 8: ("eight",),
           9: ("nine", "ninth"), 10: ("ten", "tenth"), 11: ("eleven",), 12: ("twelve", "twelfth")},
    "ru": {0: ("нул", "ноль"), 1: ("один", "одн", "перв", "единиц"),
           2: ("два", "две", "двух", "двум", "двое", "двой", "втор", "дву", "пар"),
           3: ("три", "трёх", "трех", "трем", "трём", "трет", "трои"),
           4: ("четыр", "четвер", "четвёр"), 5: ("пят",), 6: ("шест",), 7: ("сем", "седьм"),
           8: ("восем", "восьм"), 9: ("девят",), 10: ("десят",), 11: ("одиннадцат",),
           12: ("двенадцат",)},
    "uk": {0: ("нул",), 1: ("один", "одн", "перш"), 2: ("два", "дві", "двох", "друг", "дво"),
           3: ("три", "трьох", "трет"), 4: ("чотир", "четвер"), 5: ("п'ят", "п’ят", "пят"),
           6: ("шіст", "шост"), 7: ("сім", "сьом"), 8: ("вісім", "восьм"),
           9: ("дев'ят", "дев’ят", "девят"), 10: ("десят",), 11: ("одинадцят",),
           12: ("дванадцят",)},
    "be": {0: ("нул", "нол"), 1: ("адзін", "адна", "адно", "адну", "перш"),
           2: ("два", "дзве", "дзвюх", "двух", "друг"), 3: ("тры", "трох", "трэц"),
           4: ("чатыр", "чацвёрт"), 5: ("пяць", "пяці", "пят"), 6: ("шэсць", "шасці", "шост"),
           7: ("сем", "сям", "сёмы"), 8: ("восем", "васьм", "восьм"), 9: ("дзевяць", "дзевяц"),
           10: ("дзесяць", "дзесят"), 11: ("адзінаццат",), 12: ("дванаццат",)},
    "de": {0: ("null",), 1: ("ein", "erst"), 2: ("zwei", "beid", "doppel"), 3: ("drei", "dritt"),
           4: ("vier",), 5: ("fünf",), 6: ("sechs",), 7: ("sieb",), 8: ("acht",), 9: ("neun",),
           10: ("zehn",), 11: ("elf",), 12: ("zwölf",)},
    "fr": {0: ("zéro", "aucun", "nul"), 1: ("un", "une", "premi", "seul"),
           2: ("deux", "second", "double"), 3: ("trois",), 4: ("quatr",), 5: ("cinq",),
           6: ("six", "sixi"), 7: ("sept",), 8: ("huit",), 9: ("neuf", "neuvi"),
           10: ("dix",), 11: ("onze",), 12: ("douze",)},
}
