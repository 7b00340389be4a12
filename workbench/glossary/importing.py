"""Importing other tools' glossaries: read what is sound, say what was merged or skipped.

The project's own ``glossary.tbx`` is read strictly (a duplicate there is our bug). A file from
another tool is not ours to refuse for one flaw: a Lokalize export that lists the same Czech term
twice, or two concepts for one English term, is imported with the duplicates merged, and each
decision is reported in one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.glossary.csvio import read_csv
from workbench.glossary.model import Concept, GlossaryError, Termbase
from workbench.glossary.morphology import base_language
from workbench.glossary.omegat import OMEGAT_SUFFIXES, read_omegat
from workbench.glossary.store import (
    CSV_SUFFIXES,
    TBX_SUFFIXES,
    is_xml,
    read_glossary_bytes,
    term_key,
)
from workbench.glossary.tbx import read_tbx_file


@dataclass
class Imported:
    """A glossary file as imported: its termbase, its format, and what was merged or skipped."""

    termbase: Termbase
    format: str
    report: list[str] = field(default_factory=list)


def read_import(path: str | Path, *, source: str | None = None,
                target: str | None = None) -> Imported:
    """Read a TBX, CSV/TSV or OmegaT glossary for import.

    ``source``/``target`` name the languages of an OmegaT glossary (which does not say them);
    a CSV file with a header of language codes needs neither.
    """
    path = Path(path)
    data = read_glossary_bytes(path)
    suffix = path.suffix.lower()
    if suffix in TBX_SUFFIXES or (suffix not in CSV_SUFFIXES + OMEGAT_SUFFIXES and is_xml(data)):
        read = read_tbx_file(path, data, strict=False)
        result = Imported(read.termbase, "TBX", list(read.renamed))
    elif target is not None:
        result = Imported(read_omegat(path, source or "en", target, data), "OmegaT glossary")
    else:
        try:
            termbase, _ = read_csv(path, data)
        except GlossaryError as exc:
            if exc.line == 1 and suffix in OMEGAT_SUFFIXES:
                raise GlossaryError(exc.message, path=path, line=1,
                                    hint="an OmegaT glossary has no header: name its languages "
                                    "with --source en --lang ru") from None
            raise
        result = Imported(termbase, "CSV")
    result.report += resolve_duplicates(result.termbase)
    return result


def resolve_duplicates(termbase: Termbase) -> list[str]:
    """Drop a term listed twice in one concept; merge concepts that share an allowed
    source-language term and part of speech (what ``check_duplicates`` would refuse)."""
    report: list[str] = []
    source = base_language(termbase.source_language)
    owner: dict[tuple[str, str, str], Concept] = {}
    gone: list[Concept] = []
    for concept in termbase:
        seen: set[tuple[str, str]] = set()
        kept = []
        for term in concept.terms:
            key = term_key(term)
            if key in seen:
                report.append(f"concept {concept.id!r}: {term.text!r} ({term.lang}) listed twice; "
                              "kept once")
                continue
            seen.add(key)
            kept.append(term)
        concept.terms = kept
        keys = [(*term_key(t), t.pos or "") for t in kept if not t.forbidden and
                term_key(t)[0] == source]
        first = next((owner[k] for k in keys if k in owner), None)
        if first is None:
            owner.update(dict.fromkeys(keys, concept))
            continue
        _absorb(first, concept)
        owner.update(dict.fromkeys(keys, first))
        gone.append(concept)
        report.append(f"concepts {first.id!r} and {concept.id!r} share the term "
                      f"{keys[0][1]!r}; merged into {first.id!r}")
    for concept in gone:
        termbase.concepts.remove(concept)
    termbase.changed()
    return report


def _absorb(into: Concept, other: Concept) -> None:
    known = {term_key(t) for t in into.terms}
    into.terms.extend(t for t in other.terms if term_key(t) not in known)
    for name in ("definition", "note", "subject"):
        if getattr(into, name) is None and getattr(other, name):
            setattr(into, name, getattr(other, name))
