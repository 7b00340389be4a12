"""Terminology checks over gettext catalogs: per entry, and across the project.

Per translated entry (fuzzy, untranslated and obsolete ones are skipped) the checks of
check.py run on msgid/msgstr, and on msgid_plural/msgstr[n] for plural forms. Across all
catalogs of one language, a concept whose translations use different approved terms ("профсоюз"
here, "профессиональный союз" there) is reported as "inconsistent" where the minority term is used.
Terms with different parts of speech do not compete (the participle "затриманий" next to the verb
"затримати" is a form of it, not a rival term).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polib

from workbench.catalog import read_catalog
from workbench.checks.langs import catalog_language as detect_language
from workbench.checks.plurals import catalog_single_forms, form_pairs
from workbench.glossary.check import evaluate
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase
from workbench.languages import normalize_code

if TYPE_CHECKING:
    from workbench.project import Project


@dataclass
class GlossaryFinding:
    file: str
    line: int | None
    msgid: str
    check: str  # "missing", "forbidden", "dnt-changed" or "inconsistent"
    term: str
    expected: list[str]
    severity: str  # "error" or "warning"
    lang: str
    message: str
    msgctxt: str | None = None
    found: str | None = None
    span: tuple[int, int] | None = None  # in the msgstr
    concept: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Where:
    file: str
    line: int | None
    msgid: str
    msgctxt: str | None


def translated_pairs(entry: polib.POEntry, single: frozenset[int] = frozenset({0})
                     ) -> list[tuple[str, str]]:
    """(source, translation) pairs of a translated entry; none for fuzzy/obsolete/untranslated.
    Plural forms are paired as the QA checks pair them (``single``: the catalog's one-n forms,
    :func:`workbench.checks.plurals.catalog_single_forms`)."""
    if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
        return []
    if entry.msgid_plural and not (entry.msgstr_plural and all(entry.msgstr_plural.values())):
        return []
    return [(source, text) for _form, source, text in form_pairs(entry, single)]


def catalog_language(path: Path, catalog: polib.POFile, lang: str | None) -> str:
    """``lang``, else what the QA checks tell from the catalog (one rule for both)."""
    found = lang or detect_language(catalog, path)
    if found:
        return normalize_code(found)
    raise GlossaryError("cannot tell the language of the catalog", path=path,
                        hint="give it a Language header, or pass --lang")


def _targets(project: Project | None, po_paths: Iterable[str | Path], lang: str | None
             ) -> list[tuple[Path, str | None]]:
    """(PO path, source language or None) to check."""
    paths = [Path(p) for p in po_paths]
    if paths:
        return [(p, None) for p in paths]
    if project is None:
        raise GlossaryError("no catalogs to check", hint="give PO files, or run inside a project")
    return [(po, st.source_language) for st, _lang, po in project.catalogs(lang) if po.is_file()]


def _display(path: Path, project: Project | None) -> str:
    if project is not None:
        try:
            return str(path.resolve().relative_to(project.root))
        except ValueError:
            pass
    return str(path)


def check_catalogs(project: Project | None, po_paths: Iterable[str | Path], lang: str | None,
                   termbase: Termbase, *, src_lang: str | None = None,
                   consistency: bool = True) -> list[GlossaryFinding]:
    """Findings for the project's catalogs (of ``lang``, or all), or for the PO files given."""
    default_source = src_lang or (project.config.source_language if project else None) \
        or termbase.source_language
    findings: list[GlossaryFinding] = []
    used: dict[tuple[str, int], dict[int, list[_Where]]] = defaultdict(lambda: defaultdict(list))
    concepts: dict[int, Concept] = {}
    terms: dict[int, Term] = {}
    for path, statement_source in _targets(project, po_paths, lang):
        catalog = read_catalog(path)
        tgt_lang = catalog_language(path, catalog, lang)
        single = catalog_single_forms(catalog)
        source_lang = src_lang or statement_source or default_source
        name = _display(path, project)
        for entry in catalog:
            where = _Where(name, entry.linenum, entry.msgid, entry.msgctxt)
            seen: set[tuple[str, str, str | None]] = set()
            for source, target in translated_pairs(entry, single):
                result = evaluate(termbase, source, target, source_lang, tgt_lang)
                for check in result.checks:
                    key = (check.kind, check.concept.id, check.found)
                    if key not in seen:
                        seen.add(key)
                        findings.append(GlossaryFinding(
                            name, entry.linenum, entry.msgid, check.kind, check.term,
                            check.expected, check.severity, tgt_lang, check.message,
                            entry.msgctxt, check.found, check.span, check.concept.id))
                for concept, term in result.used:
                    concepts[id(concept)], terms[id(term)] = concept, term
                    places = used[(tgt_lang, id(concept))][id(term)]
                    if where not in places:
                        places.append(where)
    if consistency:
        findings.extend(_inconsistent(used, concepts, terms, termbase.source_language))
    return findings


def _same_pos(a: Term, b: Term) -> bool:
    return a.pos is None or b.pos is None or a.pos == b.pos


def _inconsistent(used: dict[tuple[str, int], dict[int, list[_Where]]],
                  concepts: dict[int, Concept], terms: dict[int, Term], source_lang: str
                  ) -> list[GlossaryFinding]:
    """Where a concept was translated with a term other than the one most used for it."""
    out = []
    for (lang, concept_key), by_term in used.items():
        if len(by_term) < 2:
            continue
        counts = Counter({t: len(places) for t, places in by_term.items()})
        # The majority wins; on a tie the preferred term does.
        main = max(counts, key=lambda t: (counts[t], terms[t].status == "preferred"))
        concept, main_text = concepts[concept_key], terms[main].text
        for term_key, places in by_term.items():
            if term_key == main or not _same_pos(terms[term_key], terms[main]):
                continue  # a participle next to its verb is a form, not a rival term
            text = terms[term_key].text
            for where in places:
                message = (f"'{concept.label(source_lang)}' is translated as '{text}' here but as "
                           f"'{main_text}' in {counts[main]} other segment(s)")
                out.append(GlossaryFinding(where.file, where.line, where.msgid, "inconsistent",
                                           concept.label(source_lang), [main_text], "warning",
                                           lang, message, where.msgctxt, text, None, concept.id))
    return out
