"""Text normalization shared by the index and the scorer.

Matching compares *normalized* sources: NFC, case folded, numbers replaced by ``0`` and
punctuation dropped, words joined by single spaces. The scorer then charges small penalties
for the differences normalization hid, so they cost a little instead of sinking a match.
"""

from __future__ import annotations

import re

from workbench.text import nfc

# A number: digits with inner separators ("1,500", "3.14", "12:30"), kept as one token.
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Raw tokens for diffs: a number, a word, or one other non-space character, with the spaces after it.
TOKEN = re.compile(r"(?:\d+(?:[.,:]\d+)*|\w+|[^\w\s])\s*|\s+")
__all__ = ["NUMBER", "TOKEN", "nfc", "normalize", "numbers", "tokens"]


def normalize(text: str) -> str:
    """The matching key of a source: case folded, numbers as 0, punctuation dropped.

    >>> normalize("Saved 25 files!")
    'saved 0 files'
    >>> normalize("  Профсоюз «Беларуськалий»:  1,500 членов ")
    'профсоюз беларуськалий 0 членов'
    >>> normalize("...")
    '...'
    """
    folded = NUMBER.sub("0", nfc(text).casefold())
    words = _WORD.findall(folded)
    if words:
        return " ".join(words)
    # Punctuation-only strings ("...", "%s:") still need a key of their own.
    return _SPACE.sub(" ", folded).strip()


def numbers(text: str) -> list[str]:
    """>>> numbers("On 9 Aug. 2020, 1,500 workers")
    ['9', '2020', '1,500']
    """
    return NUMBER.findall(text)


def tokens(text: str) -> list[str]:
    """Raw tokens with their trailing spaces: ''.join(tokens(t)) == t.

    >>> tokens("Free them, now!")
    ['Free ', 'them', ', ', 'now', '!']
    """
    return TOKEN.findall(text)

