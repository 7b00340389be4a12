"""Inflection-aware matching of (multiword) terms in running text.

A term compiles to patterns: its words, normalized, and the analyser of its language. A text is
tokenized once; an index from analyser keys to token positions makes each lookup a dict access,
so a segment costs a few microseconds however large the termbase is.

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

from workbench.glossary.model import Concept, Term
from workbench.glossary.morphology import Analyzer
from workbench.glossary.normalize import Token, closed_words, joinable, term_words, tokenize


@dataclass(frozen=True, slots=True, eq=False)
class Pattern:
    words: tuple[str, ...]  # normalized (case-folded) words
    surface: tuple[str, ...]  # words with their capitals
    exact_case: bool
    pos: str | None
    term: Term
    concept: Concept


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character span in the text
    end: int
    pattern: Pattern


def compile_term(term: Term, concept: Concept) -> list[Pattern]:
    """The patterns of one term: its words, plus the closed form of a hyphenated term."""
    surface = tuple(term_words(term.text))
    if not surface:
        return []
    words = tuple(w.casefold() for w in surface)
    patterns = [Pattern(words, surface, term.exact_case, term.pos, term, concept)]
    closed = tuple(closed_words(term.text))
    if closed != surface:
        folded = tuple(w.casefold() for w in closed)
        patterns.append(Pattern(folded, closed, term.exact_case, term.pos, term, concept))
    return patterns


def _same_case(term_word: str, word: str) -> bool:
    """The capitals of the shared part agree ('BNP' ~ 'BNP', 'BNP' !~ 'bnp'; 'Apple' ~ 'Apples')."""
    n = min(len(term_word), len(word))
    return term_word[:n] == word[:n]


class Text:
    """A tokenized text with a lazy index from analyser keys to token positions."""

    __slots__ = ("text", "tokens", "analyzer", "_positions")

    def __init__(self, text: str, analyzer: Analyzer) -> None:
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self.analyzer = analyzer
        self._positions: dict[str, list[int]] | None = None

    def positions(self, key: str) -> list[int]:
        if self._positions is None:
            index: dict[str, list[int]] = {}
            keys = self.analyzer.keys
            for i, token in enumerate(self.tokens):
                for k in keys(token.norm):
                    index.setdefault(k, []).append(i)
            self._positions = index
        return self._positions.get(key, [])


def _word_matches(pattern: Pattern, n: int, token: Token, analyzer: Analyzer) -> bool:
    if not analyzer.matches(pattern.words[n], token.norm, pattern.pos):
        return False
    return not pattern.exact_case or _same_case(pattern.surface[n], token.text)


def match_at(pattern: Pattern, text: Text, i: int, gap: int = 0) -> Match | None:
    """The match of ``pattern`` whose first word is token ``i``, or None."""
    tokens, analyzer = text.tokens, text.analyzer
    if not _word_matches(pattern, 0, tokens[i], analyzer):
        return None
    last = i
    for n in range(1, len(pattern.words)):
        for j in range(last + 1, min(last + 2 + gap, len(tokens))):
            if not joinable(text.text, tokens[j - 1], tokens[j]):
                return None
            if _word_matches(pattern, n, tokens[j], analyzer):
                last = j
                break
        else:
            return None
    return Match(i, last, tokens[i].start, tokens[last].end, pattern)


def find_pattern(pattern: Pattern, text: Text, gap: int = 0) -> list[Match]:
    """Every match of one pattern in a text."""
    found = []
    seen: set[int] = set()
    for key in text.analyzer.term_keys(pattern.words[0]):
        for i in text.positions(key):
            if i not in seen:
                seen.add(i)
                match = match_at(pattern, text, i, gap)
                if match is not None:
                    found.append(match)
    return sorted(found, key=lambda m: m.first)


class TermIndex:
    """All patterns of one language, indexed by the analyser keys of their first word."""

    def __init__(self, patterns: list[Pattern], analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.by_key: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            for key in analyzer.term_keys(pattern.words[0]):
                self.by_key.setdefault(key, []).append(pattern)

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def find_all(self, text: Text, gap: int = 0) -> list[Match]:
        """Every match of every pattern, overlapping ones included."""
        found: list[Match] = []
        keys, by_key = self.analyzer.keys, self.by_key
        for i, token in enumerate(text.tokens):
            tried: set[int] = set()
            for key in keys(token.norm):
                for pattern in by_key.get(key, ()):
                    if id(pattern) in tried:
                        continue
                    tried.add(id(pattern))
                    match = match_at(pattern, text, i, gap)
                    if match is not None:
                        found.append(match)
        return found


def longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first (by words, then characters); ties share a span."""
    ranked = sorted(matches, key=lambda m: (m.first - m.last, m.start - m.end, m.first))
    taken: list[Match] = []
    for match in ranked:
        clash = [t for t in taken if match.first <= t.last and t.first <= match.last]
        if not clash:
            taken.append(match)
        elif all(t.first == match.first and t.last == match.last for t in clash) and not any(
                t.pattern.concept is match.pattern.concept for t in clash):
            taken.append(match)
    return sorted(taken, key=lambda m: (m.first, m.pattern.concept.id))
