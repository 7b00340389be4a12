"""Reading, writing and merging termbase files (TBX or CSV/TSV, chosen by name or content)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.glossary.csvio import read_csv, write_csv
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase
from workbench.glossary.morphology import base_language
from workbench.glossary.normalize import normalize
from workbench.glossary.tbx import read_tbx
from workbench.glossary.tbx_write import write_tbx

if TYPE_CHECKING:
    from workbench.project import Project

CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")


def is_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_glossary_bytes(path: Path) -> bytes:
    """A glossary file's bytes; a missing or unreadable file is one GlossaryError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise GlossaryError("no such glossary file", path=path) from None
    except (IsADirectoryError, PermissionError) as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=path) from None


def read_termbase(path: str | Path) -> Termbase:
    """A TBX or CSV/TSV glossary. Duplicate entries and unknown language codes are errors."""
    path = Path(path)
    data = read_glossary_bytes(path)
    suffix = path.suffix.lower()
    if suffix in TBX_SUFFIXES or (suffix not in CSV_SUFFIXES and is_xml(data)):
        termbase, lines = read_tbx(path, data)
    else:
        termbase, lines = read_csv(path, data)
    check_duplicates(termbase, lines)
    return termbase


def load_termbase(project: Project) -> Termbase:
    """The project's glossary (glossary/glossary.tbx); an empty termbase when there is none."""
    path = project.glossary_path
    if not path.exists():
        return Termbase(source_language=project.config.source_language, path=path)
    termbase = read_termbase(path)
    termbase.path = path
    return termbase


def save_termbase(termbase: Termbase, path: str | Path | None = None, *,
                  tbx_version: str = "3") -> Path:
    """Write TBX (TBX-Basic v3, or v2 martif), or CSV/TSV when the name says so. Atomic."""
    target = Path(path) if path is not None else termbase.path
    if target is None:
        raise GlossaryError("no file to write the glossary to")
    if target.suffix.lower() in CSV_SUFFIXES:
        write_csv(termbase, target)
    else:
        write_tbx(termbase, target, tbx_version)
    return target


def term_key(term: Term) -> tuple[str, str]:
    """What makes two terms the same: language and normalized text.

    >>> term_key(Term("Trade  Union", "en_GB"))
    ('en', 'trade union')
    """
    return (base_language(term.lang), " ".join(normalize(term.text).split()))


def check_duplicates(termbase: Termbase, lines: dict[str, int] | None = None) -> None:
    """Refuse a term listed twice: in one concept, or as an allowed source-language term of two
    concepts with the same part of speech (homonyms need different parts of speech). Two
    concepts may share a target-language term ("detention" and "arrest" are both "арест")."""
    seen: dict[tuple[str, str, str], Concept] = {}
    source = base_language(termbase.source_language)
    for concept in termbase:
        own: set[tuple[str, str]] = set()
        for term in concept.terms:
            key = term_key(term)
            where = (lines or {}).get(concept.id)
            if key in own:
                raise GlossaryError(f"duplicate term {term.text!r} ({term.lang}) in concept "
                                    f"{concept.id!r}", path=termbase.path, line=where)
            own.add(key)
            if term.forbidden or key[0] != source:
                continue
            other = seen.setdefault((*key, term.pos or ""), concept)
            if other is not concept:
                raise GlossaryError(
                    f"duplicate entry: {term.text!r} ({term.lang}) is in concepts {other.id!r} "
                    f"and {concept.id!r}", path=termbase.path, line=where,
                    hint="merge them into one concept, or give each its part of speech")


class _SourceIndex:
    """The concept of a termbase that names each source-language key: ``merge`` looks each
    incoming concept up here instead of walking the termbase (100k terms import in seconds)."""

    def __init__(self, termbase: Termbase) -> None:
        self.source = base_language(termbase.source_language)
        self.by_key: dict[tuple[str, str], Concept] = {}
        for concept in termbase:
            self.add(concept)

    def add(self, concept: Concept) -> None:
        for term in concept.terms:
            key = term_key(term)
            if key[0] == self.source:
                self.by_key.setdefault(key, concept)

    def same_concept(self, termbase: Termbase, concept: Concept) -> Concept | None:
        """The concept ``concept`` describes: same id and a shared term, or a shared
        source-language term."""
        keys = {term_key(t) for t in concept.terms if not t.forbidden}
        same_id = termbase.get(concept.id)
        if same_id is not None and keys & {term_key(t) for t in same_id.terms}:
            return same_id
        return next((self.by_key[k] for k in keys if k in self.by_key), None)


def merge(termbase: Termbase, incoming: Termbase) -> tuple[int, int]:
    """Import ``incoming`` into ``termbase``: new concepts are added, known ones gain the terms
    and descriptions they lacked. Returns (concepts added, concepts updated)."""
    added = updated = 0
    index = _SourceIndex(termbase)
    for concept in incoming:
        target = index.same_concept(termbase, concept)
        if target is None:
            if termbase.get(concept.id) is not None or not concept.id:
                concept.id = termbase.new_id(concept.terms[0].text if concept.terms else "c")
            termbase.add(concept)
            index.add(concept)
            added += 1
            continue
        known = {term_key(t) for t in target.terms}
        new_terms = [t for t in concept.terms if term_key(t) not in known]
        target.terms.extend(new_terms)
        index.add(target)
        changed = bool(new_terms)
        for name in ("definition", "note", "subject"):
            if getattr(target, name) is None and getattr(concept, name):
                setattr(target, name, getattr(concept, name))
                changed = True
        updated += changed
    termbase.changed()
    check_duplicates(termbase)
    return added, updated
