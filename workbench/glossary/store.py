"""Reading, writing and merging termbase files (TBX or CSV/TSV, chosen by name or content)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.glossary.csvio import read_csv, write_csv
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase
from workbench.glossary.morphology import base_language
from workbench.glossary.normalize import normalize
from workbench.glossary.tbx import read_tbx, write_tbx

if TYPE_CHECKING:
    from workbench.project import Project

CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")


def _is_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_termbase(path: str | Path) -> Termbase:
    """A TBX or CSV/TSV glossary. Duplicate entries and unknown language codes are errors."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GlossaryError("no such glossary file", path=path) from None
    except (IsADirectoryError, PermissionError) as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=path) from None
    suffix = path.suffix.lower()
    if suffix in TBX_SUFFIXES or (suffix not in CSV_SUFFIXES and _is_xml(data)):
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


def save_termbase(termbase: Termbase, path: str | Path | None = None) -> Path:
    """Write TBX, or CSV/TSV when the name says so. Atomic."""
    target = Path(path) if path is not None else termbase.path
    if target is None:
        raise GlossaryError("no file to write the glossary to")
    if target.suffix.lower() in CSV_SUFFIXES:
        write_csv(termbase, target)
    else:
        write_tbx(termbase, target)
    return target


def _key(term: Term) -> tuple[str, str]:
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
            key = _key(term)
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


def _same_concept(termbase: Termbase, concept: Concept) -> Concept | None:
    """The concept of ``termbase`` that ``concept`` describes: same id and a shared term, or a
    shared source-language term."""
    keys = {_key(t) for t in concept.terms if not t.forbidden}
    same_id = termbase.get(concept.id)
    if same_id is not None and keys & {_key(t) for t in same_id.terms}:
        return same_id
    source = base_language(termbase.source_language)
    for candidate in termbase:
        if any(k[0] == source for k in keys & {_key(t) for t in candidate.terms}):
            return candidate
    return None


def merge(termbase: Termbase, incoming: Termbase) -> tuple[int, int]:
    """Import ``incoming`` into ``termbase``: new concepts are added, known ones gain the terms
    and descriptions they lacked. Returns (concepts added, concepts updated)."""
    added = updated = 0
    for concept in incoming:
        target = _same_concept(termbase, concept)
        if target is None:
            if termbase.get(concept.id) is not None or not concept.id:
                concept.id = termbase.new_id(concept.terms[0].text if concept.terms else "c")
            termbase.add(concept)
            added += 1
            continue
        known = {_key(t) for t in target.terms}
        new_terms = [t for t in concept.terms if _key(t) not in known]
        target.terms.extend(new_terms)
        changed = bool(new_terms)
        for name in ("definition", "note", "subject"):
            if getattr(target, name) is None and getattr(concept, name):
                setattr(target, name, getattr(concept, name))
                changed = True
        updated += changed
    termbase.changed()
    check_duplicates(termbase)
    return added, updated
