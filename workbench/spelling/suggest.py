"""Quick suggestions: the dictionary words one edit away from a misspelt word.

Hunspell's own ``suggest`` also tries n-gram and phonetic neighbours, and takes 0.15-1 s a word
on the Cyrillic dictionaries here (measured; see the closing note of issue 13): too slow for a
check over thousands of entries. One edit (a letter dropped, doubled, swapped or replaced, or
two words run together) covers the typos people make, costs a few hundred dictionary lookups
(1-5 ms) and is what QA shows. The editor can ask Hunspell for more (``thorough=True``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

Known = Callable[[str], bool]


def _edits(word: str, letters: str) -> Iterator[str]:
    """Candidates one edit away, in the order people make typos: swapped neighbours, a doubled
    or extra letter, a replaced letter, a dropped letter."""
    n = len(word)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(n):
        yield word[:i] + word[i + 1:]
    for i in range(n):
        for c in letters:
            if c != word[i]:
                yield word[:i] + c + word[i + 1:]
    for i in range(n + 1):
        for c in letters:
            yield word[:i] + c + word[i:]


def _cased(candidate: str, like: str) -> str:
    if like[:1].isupper() and candidate[:1].islower():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def quick_suggestions(word: str, known: Known, letters: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` words one edit away that ``known`` accepts, the word's capital kept;
    then a split into two known words ("ипотом" -> "и потом")."""
    lower = word[:1].lower() + word[1:] if word[:1].isupper() and word[1:].islower() else word
    out: dict[str, None] = {}
    for candidate in _edits(lower, letters):
        if candidate and candidate not in out and known(candidate):
            out[candidate] = None
            if len(out) >= limit:
                break
    if len(out) < limit:
        for i in range(1, len(lower) - 1):  # the right word has two letters or more
            left, right = lower[:i], lower[i:]
            if known(left) and known(right):
                out[f"{left} {right}"] = None
                if len(out) >= limit:
                    break
    return [_cased(c, word) for c in out]
