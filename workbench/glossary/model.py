"""The termbase model: concepts, with terms per language (TBX's concept orientation).

A concept is one meaning ("trade union"); it holds terms in any number of languages. Each term
has a status (preferred, admitted, or forbidden = TBX "deprecatedTerm"), a part of speech, a
note and two flags: case-sensitive (match the exact capitals, as for acronyms) and
do-not-translate (the term stays as written in every translation, as for "IndustriALL").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import WorkbenchError
from workbench.glossary.morphology import base_language

if TYPE_CHECKING:
    from workbench.glossary.spotting import TermHit

STATUSES = ("preferred", "admitted", "forbidden")
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "properNoun", "other")
_POS_ALIASES = {"n": "noun", "v": "verb", "adj": "adjective", "adv": "adverb", "propn": "properNoun",
                "proper noun": "properNoun", "proper": "properNoun", "name": "properNoun",
                "propernoun": "properNoun", "phrase": "other"}


class GlossaryError(WorkbenchError):
    """A termbase that cannot be read, written or changed as asked."""


def normalize_pos(value: str | None) -> str | None:
    """TBX's part-of-speech picklist value for common spellings; None when empty."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text in PARTS_OF_SPEECH:
        return text
    return _POS_ALIASES.get(text.lower(), text.lower() if text.lower() in PARTS_OF_SPEECH else text)


def is_acronym(text: str) -> bool:
    """'BNP', 'SPM', 'COVID-19': all capitals, at least two letters. Matched case-sensitively."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(eq=False)
class Term:
    text: str
    lang: str
    status: str = "preferred"
    pos: str | None = None
    note: str | None = None
    case_sensitive: bool = False
    dnt: bool = False

    def __post_init__(self) -> None:
        self.text = unicodedata.normalize("NFC", " ".join(self.text.split()))
        if not self.text:
            raise GlossaryError(f"an empty {self.lang} term", hint="a term needs at least one letter")
        if self.status not in STATUSES:
            raise GlossaryError(f"unknown term status {self.status!r} for {self.text!r}",
                                hint=f"use one of: {', '.join(STATUSES)}")

    @property
    def forbidden(self) -> bool:
        return self.status == "forbidden"

    @property
    def exact_case(self) -> bool:
        """Matched with its capitals: flagged so, or an acronym."""
        return self.case_sensitive or is_acronym(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lang": self.lang, "status": self.status, "pos": self.pos,
                "note": self.note, "case_sensitive": self.case_sensitive, "dnt": self.dnt}


@dataclass(eq=False)
class Concept:
    id: str
    terms: list[Term] = field(default_factory=list)
    definition: str | None = None
    note: str | None = None
    subject: str | None = None

    def languages(self) -> list[str]:
        return list(dict.fromkeys(t.lang for t in self.terms))

    def terms_in(self, lang: str) -> list[Term]:
        """Terms of a language; 'ru' also finds 'ru_RU' terms when there are no plain 'ru' ones."""
        exact = [t for t in self.terms if t.lang == lang]
        if exact:
            return exact
        base = base_language(lang)
        return [t for t in self.terms if base_language(t.lang) == base]

    def approved(self, lang: str) -> list[Term]:
        """Preferred terms first, then admitted ones."""
        terms = [t for t in self.terms_in(lang) if not t.forbidden]
        return sorted(terms, key=lambda t: t.status != "preferred")

    def forbidden(self, lang: str) -> list[Term]:
        return [t for t in self.terms_in(lang) if t.forbidden]

    def preferred(self, lang: str) -> Term | None:
        approved = self.approved(lang)
        return approved[0] if approved else None

    @property
    def dnt(self) -> bool:
        return any(t.dnt for t in self.terms)

    def label(self, lang: str | None = None) -> str:
        """A short name for messages: the preferred term of ``lang`` or the first term."""
        term = self.preferred(lang) if lang else None
        return term.text if term else (self.terms[0].text if self.terms else self.id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "definition": self.definition, "note": self.note,
                "subject": self.subject, "terms": [t.to_dict() for t in self.terms]}


def slug_id(text: str) -> str:
    """An XML-safe concept id from a term: 'trade union' -> 'trade-union'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        return "c"
    return slug if slug[0].isalpha() else f"c-{slug}"


class Termbase:
    """An ordered collection of concepts. Mutate through the methods so caches stay right."""

    def __init__(self, concepts: list[Concept] | None = None, *, source_language: str = "en",
                 path: Path | None = None) -> None:
        self.concepts: list[Concept] = []
        self.source_language = source_language
        self.path = path
        self.version = 0
        self._cache: dict[Any, Any] = {}
        self._by_id: dict[str, Concept] = {}  # so that get/add/new_id stay O(1) at 100k concepts
        for concept in concepts or []:
            self.add(concept)

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def changed(self) -> None:
        """Call after changing a concept in place (ids included); drops the compiled matchers."""
        self.version += 1
        self._cache.clear()
        self._by_id = {}
        for concept in self.concepts:
            self._by_id.setdefault(concept.id, concept)

    def cached(self, key: Any) -> Any:
        return self._cache.get(key)

    def remember(self, key: Any, value: Any) -> Any:
        self._cache[key] = value
        return value

    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for concept in self.concepts:
            seen.update(dict.fromkeys(concept.languages()))
        return list(seen)

    def language_order(self) -> list[str]:
        """Source language first, then the others as they first appear (the order files use)."""
        others = [lang for lang in self.languages() if lang != self.source_language]
        return [self.source_language, *others]

    def get(self, concept_id: str) -> Concept | None:
        concept = self._by_id.get(concept_id)
        if concept is not None and concept.id != concept_id:  # renamed in place: reindex
            self.changed()
            concept = self._by_id.get(concept_id)
        return concept

    def find(self, text: str, lang: str | None = None) -> list[Concept]:
        """Concepts that have the term ``text`` (case-folded comparison) in ``lang`` or any."""
        wanted = " ".join(text.split()).casefold()
        return [c for c in self.concepts
                if any(t.text.casefold() == wanted and (lang is None or base_language(t.lang)
                                                        == base_language(lang)) for t in c.terms)]

    def new_id(self, text: str) -> str:
        base = slug_id(text)
        candidate, n = base, 2
        while self.get(candidate) is not None:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def add(self, concept: Concept) -> Concept:
        if not concept.id:
            concept.id = self.new_id(concept.terms[0].text if concept.terms else "c")
        if self.get(concept.id) is not None:
            raise GlossaryError(f"duplicate concept id {concept.id!r}", path=self.path,
                                hint="each concept entry needs its own id")
        self.concepts.append(concept)
        self.version += 1
        self._cache.clear()
        self._by_id[concept.id] = concept
        return concept

    def remove(self, concept: Concept) -> None:
        self.concepts = [c for c in self.concepts if c is not concept]
        self.changed()

    def spot(self, text: str, lang: str) -> list[TermHit]:
        """Terms of ``lang`` found in ``text`` (longest match wins), with their spans."""
        from workbench.glossary.spotting import spot

        return spot(self, text, lang)
