"""What a translation must (or must not) contain for one concept, compiled once per language.

The terminology check asks the same questions of every segment that names a concept; the
answers' ingredients (approved patterns, the texts to show, forbidden patterns, the nouns whose
adjectives count) are built once and cached on the termbase until it changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from workbench.glossary.matcher import Pattern, Text, first_match
from workbench.glossary.model import Concept, Term, Termbase
from workbench.glossary.morphology import derived_from
from workbench.glossary.normalize import normalize
from workbench.glossary.spotting import TermHit, term_patterns

TARGET_GAP = 1  # words allowed inside a multiword term in a translation


@dataclass(frozen=True, eq=False)
class Expectation:
    concept: Concept
    approved: tuple[tuple[Term, tuple[Pattern, ...]], ...]  # preferred first
    expected: tuple[str, ...]  # the approved texts, for messages
    nouns: tuple[tuple[Term, str], ...]  # one-word noun translations (normalized)
    forbidden: tuple[Pattern, ...]
    # One-word translations that any form matches by key alone (lemma sets): a set lookup;
    # and the patterns that still need matching where keys decide.
    by_keys: tuple[tuple[Term, frozenset[str]], ...]
    rest: tuple[tuple[Term, tuple[Pattern, ...]], ...]

    def find(self, text: Text) -> tuple[Term, tuple[int, int] | None] | None:
        """The approved translation found in ``text`` in any inflected form, and where (None
        when a key lookup answered; the place is then looked up only if needed)."""
        approved = self.approved
        if text.analyzer.keys_decide:
            keyset = text.keyset
            for term, keys in self.by_keys:
                if not keys.isdisjoint(keyset):
                    return term, None
            approved = self.rest
        for term, patterns in approved:
            for pattern in patterns:
                match = first_match(pattern, text, TARGET_GAP)
                if match is not None:
                    return term, (match.start, match.end)
        return None

    def find_adjective(self, text: Text) -> tuple[Term, tuple[int, int]] | None:
        """A one-word noun translation standing as the adjective made from it: "command line"
        is "командная строка", "user tables" are "пользовательские таблицы"."""
        if not self.nouns:
            return None
        found = text.adjectives
        for term, noun in self.nouns:
            for i, lemmas in found:
                if derived_from(noun, lemmas):
                    return term, text.spans[i]
        return None


def _by_keys(pattern: Pattern) -> bool:
    return len(pattern.words) == 1 and not pattern.exact_case


def forbidding(termbase: Termbase, lang: str) -> frozenset[int]:
    """Identities of the concepts with forbidden terms in ``lang`` (few; most have none)."""
    key = ("forbidding", lang)
    found = termbase.cached(key)
    if found is None:
        found = termbase.remember(key, frozenset(id(c) for c in termbase if c.forbidden(lang)))
    return found


def expectations(termbase: Termbase, lang: str) -> dict[int, Expectation]:
    """The compiled expectations of ``lang``, by concept identity (filled as asked)."""
    key = ("expect", lang)
    found = termbase.cached(key)
    if found is None:
        found = termbase.remember(key, {})
    return found


def expectation(termbase: Termbase, concept: Concept, lang: str,
                table: dict[int, Expectation] | None = None) -> Expectation:
    table = expectations(termbase, lang) if table is None else table
    found = table.get(id(concept))
    if found is None:
        approved = concept.approved(lang)
        found = table[id(concept)] = Expectation(
            concept,
            tuple((t, tuple(term_patterns(termbase, t, concept))) for t in approved),
            tuple(dict.fromkeys(t.text for t in approved)),
            tuple((t, normalize(t.text)) for t in approved
                  if len(t.text.split()) == 1 and t.pos in (None, "noun")),
            tuple(p for t in concept.forbidden(lang) for p in term_patterns(termbase, t, concept)),
            tuple((t, p.keys) for t in approved for p in term_patterns(termbase, t, concept)
                  if _by_keys(p)),
            tuple((t, tuple(p for p in term_patterns(termbase, t, concept) if not _by_keys(p)))
                  for t in approved),
        )
    return found


# -- source words kept as written -----------------------------------------------------------

_CODE_MARKS = set("-_./=$@%`'\"«»“”„<>[]{}|\\")
_LETTERS = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]")


@cache
def _char_script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0] if char.isalpha() else ""


@lru_cache(maxsize=1024)
def script(text: str) -> str:
    """The main script of a text's letters ("LATIN", "CYRILLIC", ...), or ""."""
    letters = len(_LETTERS.findall(text))
    if not letters:
        return ""
    if len(_ASCII_LETTERS.findall(text)) * 2 > letters:
        return "LATIN"  # the common cases, without looking at every letter
    if len(_CYRILLIC_LETTERS.findall(text)) * 2 > letters:
        return "CYRILLIC"
    counts = Counter(_char_script(c) for c in text if c.isalpha())
    return max(counts, key=lambda k: counts[k])


def whole_words(word: str, text: str) -> list[int]:
    """Start offsets of ``word`` in ``text`` as a whole word (no letter or digit around)."""
    found, start = [], text.find(word)
    while start >= 0:
        end = start + len(word)
        if (not start or not text[start - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()):
            found.append(start)
        start = text.find(word, start + 1)
    return found


def kept_as_is(occurrences: list[TermHit], target: str) -> bool:
    """Every source occurrence of a concept left as written on purpose: a name or code
    ("Windows", "--user", «window») in a translation in another script, or marked as code."""
    if any(h.text not in target for h in occurrences):
        return False  # the quick, common answer
    # The translation as written (not its language's usual script: an untranslated copy is
    # in the source's script and keeps nothing on purpose).
    other_script = script(occurrences[0].text) != script(target)
    wanted = Counter(h.text for h in occurrences)
    for written, count in wanted.items():
        kept = 0
        for start in whole_words(written, target):
            end = start + len(written)
            before = target[start - 1] if start else ""
            after = target[end] if end < len(target) else ""
            kept += other_script or before in _CODE_MARKS or after in _CODE_MARKS
        if kept < count:
            return False
    return True
