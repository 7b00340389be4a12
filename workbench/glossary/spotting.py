"""Term recognition in a segment: which glossary concepts a text mentions, and where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.glossary.matcher import Match, Pattern, TermIndex, Text, compile_term, longest
from workbench.glossary.model import Concept, Term, Termbase
from workbench.glossary.morphology import analyzer_for


@dataclass(eq=False, slots=True)
class TermHit:
    """A term found in a text: its span, the words as written, and the concept they name."""

    start: int
    end: int
    text: str
    concept: Concept
    term: Term  # the glossary term that matched (any status: forbidden ones are reported too)
    lang: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lang": self.lang,
                "term": self.term.text, "status": self.term.status, "concept": self.concept.to_dict()}


def term_patterns(termbase: Termbase, term: Term, concept: Concept) -> list[Pattern]:
    """The compiled patterns of one term, cached on the termbase until it changes."""
    key = ("patterns", id(term))
    found = termbase.cached(key)
    if found is None:
        found = termbase.remember(key, compile_term(term, concept))
    return found


def language_index(termbase: Termbase, lang: str, *, forbidden_only: bool = False) -> TermIndex:
    """All terms of one language (or only its forbidden ones), compiled and indexed."""
    key = ("index", lang, forbidden_only)
    index = termbase.cached(key)
    if index is None:
        patterns: list[Pattern] = []
        for concept in termbase:
            for term in concept.terms_in(lang):
                if term.forbidden or not forbidden_only:
                    patterns.extend(term_patterns(termbase, term, concept))
        index = termbase.remember(key, TermIndex(patterns, analyzer_for(lang)))
    return index


def all_matches(termbase: Termbase, text: str, lang: str) -> list[Match]:
    """Every match of every term of ``lang`` in ``text``, overlapping ones included."""
    index = language_index(termbase, lang)
    if not index or not text:
        return []
    return index.find_all(Text(text, index.analyzer))


def hits_of(matches: list[Match], text: str, lang: str) -> list[TermHit]:
    return [TermHit(m.start, m.end, text[m.start:m.end], m.pattern.concept, m.pattern.term, lang)
            for m in matches]


def spot(termbase: Termbase, text: str, lang: str) -> list[TermHit]:
    """Glossary terms in ``text``: multiword, inflected, longest match first, with spans."""
    return hits_of(longest(all_matches(termbase, text, lang)), text, lang)
