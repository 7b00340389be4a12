"""Text normalization and tokenization for term matching.

Matching works on word tokens. Each token keeps its span in the original text (so the UI can
highlight it), its surface form and a normalized form: NFC, case-folded, with the apostrophe
variants ’ ʼ ‘ mapped to '. ё is kept: Belarusian needs it, and pymorphy3 treats ё/е itself.
Hyphens separate tokens, so "fixed-term" and "fixed term" give the same tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from workbench.text import APOSTROPHES, MARKS, WORD_RE, nfc, unify_apostrophes

# Apostrophes, words and NFC have one home, workbench/text.py. A word: letters/digits, with
# apostrophes inside ("сям'я", "Lukashenko's"). Combining marks (stress marks, decomposed
# accents) are letters too; the simpler pattern is twice as fast.
_MARKS = MARKS
_PLAIN_WORD_RE = re.compile(rf"[^\W_]+(?:['{APOSTROPHES}][^\W_]+)*")
_HAS_MARKS = re.compile(f"[{_MARKS}]")
# What may stand between the words of one multiword term: spaces, hyphens, quotes, slashes.
JOINER_RE = re.compile(r"[\s\-‐‑‒–—'’ʼ‘`´\"“”„«»/]*")
# Characters that make two words "one compound" for the closed-compound variant ("e-mail").
HYPHENS = "-‐‑‒–"


def normalize(text: str) -> str:
    """The comparison form of a text: NFC, case-folded, apostrophes unified."""
    return normalize_keep_case(text).casefold()


def normalize_keep_case(text: str) -> str:
    """NFC and apostrophes unified, case kept (for case-sensitive and do-not-translate terms).
    Each step only when needed: str.translate is slow on non-ASCII text."""
    return nfc(unify_apostrophes(text))


class Token(NamedTuple):
    start: int
    end: int
    text: str  # surface form, apostrophes unified, NFC
    norm: str  # normalized (case-folded) form


_NORM_CACHE: dict[str, tuple[str, str]] = {}
_NORM_ONLY: dict[str, str] = {}  # the same norms alone: the hot loop of norms() reads this


def _forms(raw: str) -> tuple[str, str]:
    """(surface, norm) of a raw word, cached: segments repeat their words a lot."""
    forms = _NORM_CACHE.get(raw)
    if forms is None:
        surface = normalize_keep_case(raw)
        forms = (surface, surface.casefold())
        if len(_NORM_CACHE) > 500_000:
            _NORM_CACHE.clear()
            _NORM_ONLY.clear()
        _NORM_CACHE[raw] = forms
        _NORM_ONLY[raw] = forms[1]
    return forms


_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['`][A-Za-z0-9]+)*")  # the same, on ASCII text


def _pattern(text: str) -> re.Pattern[str]:
    if text.isascii():
        return _ASCII_WORD_RE  # much faster than the Unicode classes, same words
    return WORD_RE if _HAS_MARKS.search(text) else _PLAIN_WORD_RE


def tokenize(text: str) -> list[Token]:
    """The words of a text, with spans into ``text`` itself."""
    cache, out = _NORM_CACHE, []
    for match in _pattern(text).finditer(text):
        word = match.group()
        forms = cache.get(word) or _forms(word)
        out.append(Token(match.start(), match.end(), forms[0], forms[1]))
    return out


def norms(text: str) -> list[str]:
    """The normalized words of a text, without spans: the fast path for texts with no term."""
    found, words, _ = split_words(text)
    return found if found is not None else norms_of(words)


def split_words(text: str) -> tuple[list[str] | None, list[str], str]:
    """(normalized words if they came free, the words as found, the string they were found in
    at the offsets of ``text``). ASCII text is folded at once (C speed); other text is left for
    norms_of(), word by word through a cache, which measured faster than folding it whole."""
    if text.isascii():
        lowered = text.lower().replace("`", "'")
        found = _ASCII_WORD_RE.findall(lowered)
        return found, found, lowered
    return None, _pattern(text).findall(text), text


def norms_of(words: list[str]) -> list[str]:
    get = _NORM_ONLY.get
    return [get(word) or _forms(word)[1] for word in words]


def norm_of(word: str) -> str:
    return _NORM_ONLY.get(word) or _forms(word)[1]


def spans_of(words: list[str], haystack: str) -> list[tuple[int, int]]:
    """Where consecutive words found in ``haystack`` stand. No letter lies between two words,
    so the next occurrence of a word is the word itself: str.find, not a second regex pass."""
    out, position = [], 0
    find = haystack.find
    for word in words:
        start = find(word, position)
        position = start + len(word)
        out.append((start, position))
    return out


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``norms(text)``."""
    _, words, haystack = split_words(text)
    return spans_of(words, haystack)


def term_words(term: str) -> list[str]:
    """The surface words of a term, in order (tokenization as for running text)."""
    return [normalize_keep_case(m.group()) for m in WORD_RE.finditer(term)]


def joinable(text: str, left: Token, right: Token) -> bool:
    """True when only spaces, hyphens or quotes stand between two tokens (no , . ; etc.)."""
    return joins_between(text, left.end, right.start)


def joins_between(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return gap == " " or not gap or JOINER_RE.fullmatch(gap) is not None


def closed_words(term: str) -> list[str]:
    """The words of a term with hyphenated parts closed up: "fixed-term contract" ->
    ["fixedterm", "contract"]. Equal to term_words() when the term has no hyphen."""
    words: list[str] = []
    previous_end = None
    for match in WORD_RE.finditer(term):
        word = normalize_keep_case(match.group())
        gap = term[previous_end:match.start()] if previous_end is not None else None
        if words and gap and all(c in HYPHENS for c in gap):
            words[-1] += word
        else:
            words.append(word)
        previous_end = match.end()
    return words
