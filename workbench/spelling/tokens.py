"""The words of a translation that a dictionary can judge, with their spans.

Left out, because no dictionary can judge them and the other checks cover them: placeholders,
URLs, e-mail addresses, tags, entities and Markdown code (masked, as the QA checks mask them);
anything with a digit, an underscore between letters, a dot, slash, colon, ``@`` or ``+`` inside
(paths, versions, identifiers, "т.е."); all-capital words (acronyms and metavariables: "NULL",
"ФАЙЛ"); words with a capital inside ("GdkPixmap", "ТИПом"); one-letter words; words in
another script than the dictionary's (Latin names in Russian text); words mixing scripts
(the mixed-script check reports them). A hyphenated word is judged whole first, then by part.
A keyboard accelerator ("_Файл", "&Open", "Фа_йл") is read through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from workbench.checks.text import mask, protected_tokens

CHUNK = re.compile(r"[\w'’ʼ‘&~./:@+#\\\-\u0301]+")
LEAD = "-'’ʼ‘./:+#\\"
TRAIL = "-'’ʼ‘./:+#\\&~_"
INSIDE_STOP = re.compile(r"[\d./:@+#\\]")
ACCEL = re.compile(r"[_&~]")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
STRESS = "\u0301"
LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'-]+")
CYRILLIC = re.compile(r"[\u0400-\u052f'-]+")


class Word(NamedTuple):
    """A word to judge: ``text`` as the dictionary wants it (apostrophes unified, accelerator
    and stress marks out), ``start``/``end`` in the original text, ``parts`` the hyphenated
    parts (text, start, end) when there are several."""

    text: str
    start: int
    end: int
    parts: tuple[tuple[str, int, int], ...] = ()


def script_pattern(letters: str) -> re.Pattern[str]:
    """The pattern of a word in the dictionary's script, from the letters of its TRY line."""
    return CYRILLIC if CYRILLIC.search(letters) else LATIN


def _lookup_form(text: str, accelerators: str = "_&~") -> str | None:
    """The word as the dictionary reads it, or None when it is not a word to judge."""
    if text.isalpha():
        return text  # the common case: letters only (combining marks are not alpha)
    if INSIDE_STOP.search(text):
        return None
    accels = ACCEL.findall(text)
    if accels:
        if len(accels) > 1 or accels[0] not in accelerators:
            return None  # an identifier such as "file_name"
        text = ACCEL.sub("", text)
    if STRESS in text:
        text = text.replace(STRESS, "")
    text = text.translate(APOSTROPHES)
    if "--" in text or not text[:1].isalpha() or not text[-1:].isalpha():
        return None
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _parts(raw: str, start: int, accelerators: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    pos = 0
    for piece in raw.split("-"):
        form = _lookup_form(piece, accelerators)
        if form is not None:
            out.append((form, start + pos, start + pos + len(piece)))
        pos += len(piece) + 1
    return tuple(out)


def accelerators_of(source: str) -> str:
    """The accelerator marks a source uses: a translation may use those inside a word
    ("_Файл" for "_File"); with no source, any."""
    return "".join(c for c in "_&~" if c in source) if source else "_&~"


def words(text: str, markup: str = "plain", accelerators: str = "_&~") -> Iterator[Word]:
    """Candidate words of ``text`` with spans into ``text`` (the checker decides which to look
    up: see :func:`judged`). A word's ending in brackets ("файл(ов)") is not a word."""
    masked = mask(text, protected_tokens(text, "md" if markup == "md" else "plain"))
    for m in CHUNK.finditer(masked):
        raw = m.group()
        start = m.start()
        if start >= 2 and masked[start - 1] == "(" and masked[start - 2].isalpha():
            continue
        stripped = raw.lstrip(LEAD)
        start += len(raw) - len(stripped)
        raw = stripped.rstrip(TRAIL)
        if len(raw) < 2:
            continue
        form = _lookup_form(raw, accelerators)
        parts = _parts(raw, start, accelerators) if "-" in raw else ()
        if form is not None or parts:  # "64-битное": the whole is no word, its part is
            yield Word(form or "", start, start + len(raw), parts)


def judged(word: str, script: re.Pattern[str]) -> bool:
    """Whether a dictionary of ``script`` can judge ``word`` (see the module's docstring)."""
    if len(word) < 2 or word.isupper():
        return False
    if word[0].islower() and not word.islower():
        return False  # "iPhone", "sПідписування"
    if not word[1:].islower() and any(c.isupper() for c in word[1:]):
        return False  # "GdkPixmap", "ТИПом"
    return script.fullmatch(word) is not None


def source_words(source: str, markup: str = "plain") -> frozenset[str]:
    """The words of the source, case-folded, whole and by hyphenated part: a translation may
    copy any of them (names, commands, options)."""
    found: set[str] = set()
    for word in words(source, markup):
        found.add(word.text.casefold())
        found.update(part.casefold() for part, _s, _e in word.parts)
    return frozenset(found)
