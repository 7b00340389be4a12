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


def quick_suggestions(word: str, known: Known, letters: str, limit: int = 5,
                      cheap: Known | None = None) -> list[str]:
    """Up to ``limit`` words one edit away that ``known`` (Hunspell) or ``cheap`` (a second,
    faster dictionary: pymorphy3's answers in 5 µs where Hunspell takes 10-40 µs for a
    non-word) accepts, the word's capital kept; words both accept first; then a split into
    two known words ("ипотом" -> "и потом"). ``known`` runs over all candidates only when
    ``cheap`` found fewer than ``limit``."""
    lower = word[:1].lower() + word[1:] if word[:1].isupper() and word[1:].islower() else word
    candidates = list(dict.fromkeys(c for c in _edits(lower, letters) if c and c != lower))
    both: list[int] = []
    either: list[int] = []
    if cheap is not None:
        for index, candidate in enumerate(candidates):
            if cheap(candidate):
                (both if known(candidate) else either).append(index)
                if len(both) + len(either) >= 2 * limit:
                    break
    if len(both) + len(either) < limit:
        seen = set(both) | set(either)
        both += [i for i, c in enumerate(candidates) if i not in seen and known(c)]
        both.sort()
    out = [candidates[i] for i in both + either][:limit]
    if len(out) < limit:
        for i in range(1, len(lower) - 1):  # the right word has two letters or more
            left, right = lower[:i], lower[i:]
            if all(known(part) or (cheap is not None and cheap(part)) for part in (left, right)):
                out.append(f"{left} {right}")
                if len(out) >= limit:
                    break
    return [_cased(c, word) for c in out]
