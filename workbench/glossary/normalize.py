"""Text normalization and tokenization for term matching.

Matching works on word tokens. Each token keeps its span in the original text (so the UI can
highlight it), its surface form and a normalized form: NFC, case-folded, with the apostrophe
variants ’ ʼ ‘ mapped to '. ё is kept: Belarusian needs it, and pymorphy3 treats ё/е itself.
Hyphens separate tokens, so "fixed-term" and "fixed term" give the same tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = "’ʼ‘`´"
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})

# A word: letters/digits (and combining marks), with apostrophes inside ("сям'я", "Lukashenko's").
_LETTER = r"[^\W_]|[\u0300-\u036f\u0483-\u0489]"
WORD_RE = re.compile(rf"(?:{_LETTER})+(?:['’ʼ‘`´](?:{_LETTER})+)*")
# What may stand between the words of one multiword term: spaces, hyphens, quotes, slashes.
JOINER_RE = re.compile(r"[\s\-‐‑‒–—'’ʼ‘`´\"“”„«»/]*")
# Characters that make two words "one compound" for the closed-compound variant ("e-mail").
HYPHENS = "-‐‑‒–"


def fold_apostrophes(text: str) -> str:
    return text.translate(_APOSTROPHE_TABLE)


def normalize(text: str) -> str:
    """The comparison form of a text: NFC, case-folded, apostrophes unified."""
    return unicodedata.normalize("NFC", text.translate(_APOSTROPHE_TABLE)).casefold()


def normalize_keep_case(text: str) -> str:
    """NFC and apostrophes unified, case kept (for case-sensitive and do-not-translate terms)."""
    return unicodedata.normalize("NFC", text.translate(_APOSTROPHE_TABLE))


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # surface form, apostrophes unified, NFC
    norm: str  # normalized (case-folded) form


_NORM_CACHE: dict[str, tuple[str, str]] = {}


def _forms(raw: str) -> tuple[str, str]:
    """(surface, norm) of a raw word, cached: segments repeat their words a lot."""
    forms = _NORM_CACHE.get(raw)
    if forms is None:
        surface = normalize_keep_case(raw)
        forms = (surface, surface.casefold())
        if len(_NORM_CACHE) > 500_000:
            _NORM_CACHE.clear()
        _NORM_CACHE[raw] = forms
    return forms


def tokenize(text: str) -> list[Token]:
    """The words of a text, with spans into ``text`` itself."""
    out = []
    for match in WORD_RE.finditer(text):
        surface, norm = _forms(match.group())
        out.append(Token(match.start(), match.end(), surface, norm))
    return out


def term_words(term: str) -> list[str]:
    """The surface words of a term, in order (tokenization as for running text)."""
    return [normalize_keep_case(m.group()) for m in WORD_RE.finditer(term)]


def joinable(text: str, left: Token, right: Token) -> bool:
    """True when only spaces, hyphens or quotes stand between two tokens (no , . ; etc.)."""
    gap = text[left.end:right.start]
    return not gap or JOINER_RE.fullmatch(gap) is not None


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
