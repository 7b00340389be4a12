"""Text knowledge shared by the checks, the glossary, the TM and the scores: apostrophes,
words and Unicode normalization. One home, so that the pieces cannot drift apart.

>>> unify_apostrophes("п’ять ʼ ‘")
"п'ять ' '"
>>> nfc("e\\u0301") == "\\u00e9"
True
>>> [m.group() for m in WORD_RE.finditer("сям’я, Lukashenko's 9")]
['сям’я', "Lukashenko's", '9']
>>> apostrophe_for("uk_UA"), apostrophe_for("be")
('ʼ', '’')
"""

from __future__ import annotations

import re
import unicodedata

# Characters people type for an apostrophe, besides the ASCII one.
APOSTROPHES = "’ʼ‘`´′＇"
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})
_HAS_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")

# The typographic apostrophe of each language, where the project has chosen one: the
# checks warn about the other forms inside words, and export may convert a straight one.
# be: U+2019, as Belarusian publishers print it. uk: U+02BC, the letter apostrophe: Unicode's
# recommendation for Ukrainian, what the DSTU 4846 keyboard types, and the one Debian's
# uk_UA Hunspell dictionary counts as part of a word (WORDCHARS), so a word is not split at
# it. Other languages: U+2019.
LANGUAGE_APOSTROPHE: dict[str, str] = {"be": "\u2019", "uk": "\u02bc"}
DEFAULT_APOSTROPHE = "\u2019"

# A word: letters and digits, with apostrophes inside ("сям'я", "Lukashenko's"); combining
# marks (stress marks, decomposed accents) count as letters.
MARKS = "\u0300-\u036f\u0483-\u0489"
LETTER = rf"[^\W_]|[{MARKS}]"
WORD_RE = re.compile(rf"(?:{LETTER})+(?:['{APOSTROPHES}](?:{LETTER})+)*")


def nfc(text: str) -> str:
    """NFC, computed only when the text is not already in it (the usual case)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def unify_apostrophes(text: str) -> str:
    """Every apostrophe variant as the ASCII one (for comparison, never for output)."""
    return text.translate(_APOSTROPHE_TABLE) if _HAS_APOSTROPHE.search(text) else text


def apostrophe_for(lang: str) -> str:
    """The apostrophe a published text in ``lang`` uses."""
    base = lang.replace("-", "_").split("_")[0].lower()
    return LANGUAGE_APOSTROPHE.get(base, DEFAULT_APOSTROPHE)
