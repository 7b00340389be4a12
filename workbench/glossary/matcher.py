"""Inflection-aware matching of (multiword) terms in running text.

A term compiles to patterns: its words, normalized, and the analyser keys of its first word.
The termbase side is indexed by those keys (and multiword terms by their second word too), and
what each distinct word of running text may start is decided once and remembered, so a segment
costs a few dict lookups however large the termbase is. Spans, tokens and the key positions of
a text are made only when a term is there.

- Words are matched by the language's analyser (morphology.py), so inflected forms match.
- Words of one term must be joined by spaces, hyphens or quotes only: "fixed-term" matches
  "fixed term" and "fixed-term", but "trade, union" is not "trade union". A hyphenated term
  also matches its closed form ("e-mail" -> "email").
- In a translation, up to ``gap`` other words may stand inside a multiword term
  ("срочных трудовых контрактов" for "срочный контракт").
- Case-sensitive terms and acronyms must also match their capitals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from workbench.glossary.model import Concept, Term
from workbench.glossary.morphology import Analyzer, analyzer_for
from workbench.glossary.normalize import (
    Token,
    closed_words,
    joins_between,
    norms_of,
    spans_of,
    split_words,
    term_words,
    tokenize,
)


@dataclass(frozen=True, slots=True, eq=False)
class Pattern:
    words: tuple[str, ...]  # normalized (case-folded) words
    surface: tuple[str, ...]  # words with their capitals
    exact_case: bool
    pos: str | None
    term: Term
    concept: Concept
    keys: frozenset[str]  # analyser keys of the first word, to find where it may start


class Match(NamedTuple):  # a tuple: made for every hit, so it must be cheap to make
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character span in the text
    end: int
    pattern: Pattern


def compile_term(term: Term, concept: Concept) -> list[Pattern]:
    """The patterns of one term: its words, plus the closed form of a hyphenated term."""
    analyzer = analyzer_for(term.lang)
    patterns = []
    for surface in dict.fromkeys([tuple(term_words(term.text)), tuple(closed_words(term.text))]):
        if surface:
            words = tuple(w.casefold() for w in surface)
            patterns.append(Pattern(words, surface, term.exact_case, term.pos, term, concept,
                                    analyzer.term_keys(words[0])))
    return patterns


def _same_case(term_word: str, word: str) -> bool:
    """The capitals of the shared part agree ('BNP' ~ 'BNP', 'BNP' !~ 'bnp'; 'Apple' ~ 'Apples')."""
    n = min(len(term_word), len(word))
    return term_word[:n] == word[:n]


class Text:
    """A tokenized text. Most texts name no term, so spans and the index from analyser keys to
    token positions are built only when asked for."""

    __slots__ = ("text", "_norms", "analyzer", "_words", "_haystack", "_spans", "_tokens",
                 "_keys", "_keyset", "_positions", "_joins", "_adjectives")

    def __init__(self, text: str, analyzer: Analyzer) -> None:
        self.text = text
        self._norms, self._words, self._haystack = split_words(text)
        self.analyzer = analyzer
        self._spans: list[tuple[int, int]] | None = None
        self._tokens: list[Token] | None = None
        self._keys: list[frozenset[str]] | None = None
        self._keyset: set[str] | None = None
        self._adjectives: list[tuple[int, frozenset[str]]] | None = None
        self._positions: dict[str, list[int]] = {}
        self._joins: dict[int, bool] | None = None

    @property
    def norms(self) -> list[str]:
        """The normalized words (made on demand: a translation often needs only its keys)."""
        if self._norms is None:
            self._norms = norms_of(self._words)
        return self._norms

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = spans_of(self._words, self._haystack)
        return self._spans

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    def joined(self, j: int) -> bool:
        """Whether word j follows word j-1 with only spaces, hyphens or quotes between (asked
        for a few words only, so answered one at a time)."""
        known = self._joins
        if known is None:
            known = self._joins = {}
        answer = known.get(j)
        if answer is None:
            sp = self.spans
            answer = known[j] = j > 0 and joins_between(self.text, sp[j - 1][1], sp[j][0])
        return answer

    @property
    def keyset(self) -> set[str]:
        """Every analyser key of every word."""
        if self._keyset is None:
            self._keyset = set().union(*self.word_keys)
        return self._keyset

    @property
    def adjectives(self) -> list[tuple[int, frozenset[str]]]:
        """(index, adjective lemmas) of the words that may be adjectives."""
        if self._adjectives is None:
            of = self.analyzer.adjectives
            self._adjectives = [(i, a) for i, a in enumerate(map(of, self.norms)) if a]
        return self._adjectives

    @property
    def word_keys(self) -> list[frozenset[str]]:
        if self._keys is None:
            if self._norms is not None:
                self._keys = self.analyzer.keys_of(self._norms)
            else:
                self._keys = self.analyzer.keys_of_words(self._words)
        return self._keys

    def positions(self, key: str) -> list[int]:
        """The words whose analyser keys include ``key`` (a few keys are asked per text, so
        scanning beats indexing every key of every word)."""
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = [i for i, ks in enumerate(self.word_keys) if key in ks]
        return found


def match_at(pattern: Pattern, text: Text, i: int, gap: int = 0) -> Match | None:
    """The match of ``pattern`` whose first word is token ``i``, or None."""
    norms, matches, words, pos = text.norms, text.analyzer.matches, pattern.words, pattern.pos
    if not matches(words[0], norms[i], pos):
        return None
    exact = pattern.exact_case
    if exact and not _same_case(pattern.surface[0], text.tokens[i].text):
        return None
    last = i
    if len(words) > 1:
        joined, count = text.joined, len(norms)
        for n in range(1, len(words)):
            for j in range(last + 1, min(last + 2 + gap, count)):
                if not joined(j):
                    return None
                if matches(words[n], norms[j], pos) and (
                        not exact or _same_case(pattern.surface[n], text.tokens[j].text)):
                    last = j
                    break
            else:
                return None
    sp = text.spans
    return Match(i, last, sp[i][0], sp[last][1], pattern)


def first_match(pattern: Pattern, text: Text, gap: int = 0) -> Match | None:
    """The first match of one pattern in a text (in index order), or None."""
    for key in pattern.keys:
        for i in text.positions(key):
            match = match_at(pattern, text, i, gap)
            if match is not None:
                return match
    return None


def find_pattern(pattern: Pattern, text: Text, gap: int = 0) -> list[Match]:
    """Every match of one pattern in a text."""
    found = []
    seen: set[int] = set()
    for key in pattern.keys:
        for i in text.positions(key):
            if i not in seen:
                seen.add(i)
                match = match_at(pattern, text, i, gap)
                if match is not None:
                    found.append(match)
    return sorted(found, key=lambda m: m.first)


_Starts = tuple[tuple[Pattern, ...], dict[str, tuple[Pattern, ...]]]
_NOTHING: _Starts = ((), {})


class TermIndex:
    """All patterns of one language, indexed by the analyser keys of their first word and, for
    multiword patterns, of their second word too: most candidates are rejected by one lookup."""

    def __init__(self, patterns: list[Pattern], analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.by_key: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            for key in pattern.keys:
                self.by_key.setdefault(key, []).append(pattern)
        # Per distinct word of running text: (one-word patterns that may be it, multiword
        # patterns that may start with it keyed by their second word's keys). Mostly nothing,
        # so the words seen and the words that start something are also kept as sets: one set
        # operation then tells a text with no term.
        self._starts: dict[str, _Starts] = {}
        self._seen: set[str] = set()
        self._live: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def starting_at(self, norm: str) -> _Starts:
        found = self._starts.get(norm)
        if found is None:
            singles: dict[int, Pattern] = {}
            multi: dict[str, dict[int, Pattern]] = {}
            matches = self.analyzer.matches
            for key in self.analyzer.keys(norm):
                for pattern in self.by_key.get(key, ()):
                    if not matches(pattern.words[0], norm, pattern.pos):
                        continue  # decided once per distinct word, not at every occurrence
                    if len(pattern.words) == 1:
                        singles.setdefault(id(pattern), pattern)
                        continue
                    for second in self.analyzer.term_keys(pattern.words[1]):
                        multi.setdefault(second, {}).setdefault(id(pattern), pattern)
            found = (tuple(singles.values()), {k: tuple(v.values()) for k, v in multi.items()})
            if not found[0] and not found[1]:
                found = _NOTHING
            if len(self._starts) > 500_000:
                self._starts.clear()
                self._seen.clear()
                self._live.clear()
            self._starts[norm] = found
            self._seen.add(norm)
            if found is not _NOTHING:
                self._live.add(norm)
        return found

    def find_all(self, text: Text, gap: int = 0) -> list[Match]:
        """Every match of every pattern, overlapping ones included."""
        found: list[Match] = []
        norms = text.norms
        words = set(norms)
        for word in words - self._seen:
            self.starting_at(word)
        live = words & self._live
        if not live:
            return found
        starts, spans = self._starts, None
        for i, norm in enumerate(norms):
            if norm not in live:
                continue
            singles, multi = starts.get(norm) or self.starting_at(norm)
            for pattern in singles:
                if pattern.exact_case:
                    match = match_at(pattern, text, i, gap)
                    if match is not None:
                        found.append(match)
                else:  # the word was checked when it was first seen
                    if spans is None:
                        spans = text.spans
                    found.append(Match(i, i, spans[i][0], spans[i][1], pattern))
            if multi:
                self._multiword(text, i, multi, gap, found)
        return found

    def _multiword(self, text: Text, i: int, multi: dict[str, tuple[Pattern, ...]], gap: int,
                   found: list[Match]) -> None:
        """Multiword patterns starting at word i whose second word is one of the next words."""
        norms, keys = text.norms, self.analyzer.keys
        tried: set[int] = set()
        for j in range(i + 1, min(i + 2 + gap, len(norms))):
            for key in keys(norms[j]):
                for pattern in multi.get(key, ()):
                    if id(pattern) not in tried:
                        tried.add(id(pattern))
                        match = match_at(pattern, text, i, gap)
                        if match is not None:
                            found.append(match)


def _longest_first(m: Match) -> tuple[int, int, int]:
    return (m[0] - m[1], m[2] - m[3], m[0])


def longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first (by words, then characters); ties share a span."""
    if len(matches) < 2 or all(
            a.last < b.first for a, b in zip(matches, matches[1:], strict=False)):
        return matches  # in order and apart: nothing to choose
    ranked = sorted(matches, key=_longest_first)
    taken: list[Match] = []
    for match in ranked:
        clash = [t for t in taken if match.first <= t.last and t.first <= match.last]
        if not clash:
            taken.append(match)
        elif all(t.first == match.first and t.last == match.last for t in clash) and not any(
                t.pattern.concept is match.pattern.concept for t in clash):
            taken.append(match)
    return sorted(taken, key=lambda m: (m.first, m.pattern.concept.id))
