"""Merge an XLIFF file (1.0, 1.1, 1.2 or 2.0; see xliff_read) back into its catalog.

The file is validated first (well-formed, no entity declarations, XLIFF 1.0-2.0, a statement and a
target language of this project, every unit an entry of the catalog with the same source);
any problem refuses the whole import. Then, unit by unit:

- an empty target changes nothing (nothing translated is ever lost);
- a target still as exported changes nothing (the catalog may have moved on since);
- an edited target replaces the catalog's when the catalog still holds what was exported
  (or nothing); when both changed and differ, that is a conflict: reported, and left as
  the catalog has it unless ``force``. Files without our export hashes (from elsewhere)
  count every differing catalog translation as a conflict;
- the unit's state sets the fuzzy flag (needs-review-*, new: fuzzy; translated, final,
  signed-off: not). A unit approved outside clears the fuzzy flag of an identical catalog text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workbench import languages
from workbench.catalog.lock import catalogs_locked
from workbench.catalog.pofile import Catalog, read_catalog, write_catalog
from workbench.catalog.template import now_stamp
from workbench.errors import WorkbenchError
from workbench.export.xliff import forms, nplurals_of, text_hash, unit_id
from workbench.export.xliff_read import XFile, XUnit, parse_document
from workbench.project import Project, Statement

FUZZY_STATES = {"new", "needs-translation", "needs-adaptation", "needs-l10n",
                "needs-review-translation", "needs-review-adaptation", "needs-review-l10n"}


@dataclass(frozen=True)
class Conflict:
    msgid: str
    catalog: str
    xliff: str


@dataclass
class XliffImport:
    slug: str
    lang: str
    path: Path  # the catalog
    updated: int = 0
    approved: int = 0  # fuzzy flag cleared on an identical text
    unchanged: int = 0
    empty: int = 0  # units with no target: nothing to take
    forced: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)  # units whose entry is obsolete now
    foreign_project: str | None = None  # the project named in the file, when not this one
    signed_off: int = 0  # approved="yes" on a text not yet signed off: signed off now
    withdrawn: int = 0  # approved="no" on a signed-off text: sign-off withdrawn
    reviewer: str | None = None  # who the sign-offs are recorded for, once asked

    @property
    def changed(self) -> bool:
        return bool(self.updated or self.approved or self.signed_off or self.withdrawn)


@dataclass
class _Unit:
    uid: str
    sources: list[str]
    targets: list[str]
    fuzzy: bool
    base: str | None
    approved: bool | None = None  # approved="yes" (2.0: reviewed/final); None: not said


def import_xliff(project: Project, path: Path, *, force: bool = False, dry_run: bool = False,
                 slug: str | None = None, lang: str | None = None) -> list[XliffImport]:
    """Merge every <file> of the document into its catalog; raise on invalid input.

    Sections for the same catalog are merged first and the catalog is written once, so a dry
    run and a real import report the same thing. ``slug`` and ``lang`` stand in for what a
    file from another tool does not say (po2xliff writes no original and no target language).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror}", path=path) from exc
    _version, files = parse_document(data, path)
    if not files:
        raise WorkbenchError("no <file> element", path=path)
    sections: dict[tuple[str, str], list[XFile]] = {}
    for file_el in files:  # validate every section before anything is written
        statement, code = _identify(project, path, file_el, slug, lang)
        sections.setdefault((statement.slug, code), []).append(file_el)
    targets = [] if dry_run else [project.po_path(c, s) for s, c in sections]
    with catalogs_locked(targets):  # read, merge and write with no other writer in between
        plans = [_plan(project, path, s, c, parts, force) for (s, c), parts in sections.items()]
        for report, catalog in plans:
            if report.changed and not dry_run:
                catalog.metadata["PO-Revision-Date"] = now_stamp()
                write_catalog(catalog)
    return [report for report, _catalog in plans]


def _identify(project: Project, path: Path, file_el: XFile, given_slug: str | None,
              given_lang: str | None) -> tuple[Statement, str]:
    original = file_el.original
    # --slug wins: another tool's original names its own file (po2xliff: "cs.po"), not ours
    slug = given_slug or file_el.slug or Path(original).stem
    if not slug:
        raise WorkbenchError("the <file> names no statement (no original attribute)", path=path,
                             hint="pass --slug SLUG")
    statement = project.statement(slug)
    expected = statement.path.relative_to(project.root).as_posix()
    if original and original != expected and not given_slug:
        raise WorkbenchError(f"the file is for {original}, not {expected}", path=path)
    source = file_el.source_language
    if source and not languages.matches(source, statement.source_language):
        raise WorkbenchError(f"source language {source} is not {statement.source_language}, "
                             f"the language of {slug!r}", path=path)
    named = file_el.target_language or given_lang
    if not named:
        raise WorkbenchError("the <file> has no target language", path=path, hint="pass --lang CODE")
    targets = project.target_languages(statement)
    lang = languages.best_match(languages.validate(named), targets)
    if lang is None:
        raise WorkbenchError(f"{named} is not a target language of {slug!r}",
                             path=path, hint=f"targets: {', '.join(targets)}")
    return statement, lang


def _plan(project: Project, path: Path, slug: str, lang: str, parts: list[XFile], force: bool
          ) -> tuple[XliffImport, Catalog]:
    catalog = read_catalog(project.po_path(lang, slug))
    report = XliffImport(slug, lang, catalog.path or project.po_path(lang, slug))
    # Statement, languages and every unit are checked; a project's name may differ in a clone.
    named = next((p.product for p in parts if p.product), "")
    if named and named != project.config.name:
        report.foreign_project = named
    live = {unit_id(e): e for e in catalog if not e.obsolete and e.msgid}
    dead = {unit_id(e) for e in catalog if e.obsolete}
    by_source: dict[str, list[polib.POEntry]] = {}
    for e in live.values():
        by_source.setdefault(e.msgid, []).append(e)
    problems: list[str] = []
    nplurals = nplurals_of(catalog, lang)
    for unit in _units(parts, path, problems):
        if not unit.sources[0]:
            continue  # a header unit (po2xliff's x-gettext-domain-header): not an entry
        entry = live.get(unit.uid)
        if entry is None and unit.uid not in dead:
            # Another tool's ids (po2xliff numbers its units): the source text says which entry.
            same = by_source.get(unit.sources[0], [])
            entry = same[0] if len(same) == 1 else None
        if entry is None:
            if unit.uid in dead:
                report.obsolete.append(unit.sources[0])
            else:
                problems.append(f"unit {unit.uid} is not in the catalog: {unit.sources[0][:60]!r}")
            continue
        expected = [entry.msgid] + [entry.msgid_plural] * (len(unit.sources) - 1)
        if unit.sources != expected[: len(unit.sources)] or (entry.msgid_plural and len(unit.targets) > nplurals):
            problems.append(f"unit {unit.uid} has another source text than the catalog entry")
            continue
        _merge(entry, unit, report, force, nplurals)
        _review(entry, unit, report, nplurals)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise WorkbenchError(f"{len(problems)} unit(s) do not match the catalog {report.path.name}: "
                             + "; ".join(problems[:3]) + more, path=path,
                             hint="export a fresh XLIFF file with 'workbench xliff export'")
    return report, catalog


def _units(parts: list[XFile], path: Path, problems: list[str]) -> list[_Unit]:
    """The catalog's units from every section, plural forms gathered; a unit given twice must
    say the same thing both times."""
    out: dict[str, _Unit] = {}
    for part in parts:
        plurals: dict[str, list[XUnit]] = {}
        for unit in part.units:
            if unit.restype == "x-gettext-domain-header":
                continue  # the PO header of the file's origin, not an entry
            if not unit.uid and unit.plural_of is None:
                raise WorkbenchError("a unit has no id", path=path)
            if unit.plural_of is not None:
                plurals.setdefault(unit.plural_of, []).append(unit)
            else:
                _add(out, _Unit(unit.uid, [unit.source], [unit.target or ""], unit.fuzzy,
                                unit.base, unit.approved), problems)
        for uid, forms_ in plurals.items():
            _add(out, _plural(uid, forms_, part.plural_bases.get(uid), path), problems)
    return list(out.values())


def _add(out: dict[str, _Unit], unit: _Unit, problems: list[str]) -> None:
    seen = out.get(unit.uid)
    if seen is None or (seen.sources == unit.sources and not any(seen.targets)):
        out[unit.uid] = unit  # first seen, or the earlier one had nothing to take
    elif seen.sources == unit.sources and not any(unit.targets):
        return
    elif (seen.sources, seen.targets) != (unit.sources, unit.targets):
        problems.append(f"unit {unit.uid} is in the file twice with different texts")


def _plural(uid: str, units: list[XUnit], base: str | None, path: Path) -> _Unit:
    indexed = []
    for unit in units:
        match = re.fullmatch(re.escape(uid) + r"(?:\[(\d+)\]|\.(\d+))", unit.uid)  # 1.2 / 2.0
        if not match:
            raise WorkbenchError(f"plural unit {unit.uid!r} is not {uid}[n]", path=path)
        indexed.append((int(match.group(1) or match.group(2)), unit))
    indexed.sort(key=lambda pair: pair[0])
    if [i for i, _ in indexed] != list(range(len(indexed))) or not indexed:
        raise WorkbenchError(f"plural group {uid!r} has missing forms", path=path)
    forms_ = [u for _, u in indexed]
    approved = None if all(u.approved is None for u in forms_) else all(u.approved for u in forms_)
    return _Unit(uid, [u.source for u in forms_], [u.target or "" for u in forms_],
                 any(u.fuzzy for u in forms_), base, approved)


def _merge(entry: polib.POEntry, unit: _Unit, report: XliffImport, force: bool, nplurals: int) -> None:
    current = forms(entry, nplurals)[: len(unit.targets)] if entry.msgid_plural else [entry.msgstr]
    if not all(unit.targets):
        report.empty += 1  # nothing (or not every plural form) to take: keep the catalog
        return
    now, new = "\0".join(current), "\0".join(unit.targets)
    catalog_kept = unit.base is not None and text_hash(now) == unit.base
    if now == new:
        if entry.fuzzy and not unit.fuzzy:
            _set(entry, unit.targets, fuzzy=False)
            report.approved += 1
        elif catalog_kept and unit.fuzzy and not entry.fuzzy:
            _set(entry, unit.targets, fuzzy=True)
            report.updated += 1
        else:
            report.unchanged += 1
        return
    if unit.base is not None and text_hash(new) == unit.base:
        report.unchanged += 1  # not edited outside; the catalog's newer text stays
        return
    if any(current) and not catalog_kept:
        if not force:
            report.conflicts.append(Conflict(entry.msgid, " | ".join(current), " | ".join(unit.targets)))
            return
        report.forced += 1
    _set(entry, unit.targets, fuzzy=unit.fuzzy)
    report.updated += 1


def _review(entry: polib.POEntry, unit: _Unit, report: XliffImport, nplurals: int) -> None:
    """approved="yes" signs the entry off (workbench.catalog.review) when the catalog now holds
    the text the file approved; approved="no" withdraws a sign-off that is current."""
    from workbench.catalog import review

    current = forms(entry, nplurals)[: len(unit.targets)] if entry.msgid_plural else [entry.msgstr]
    if unit.approved is None or current != unit.targets:
        return
    if unit.approved and not review.is_approved(entry):
        if review.set_approved(entry, True, _reviewer(report)):
            report.signed_off += 1
    elif not unit.approved and review.is_approved(entry):
        if review.set_approved(entry, False, _reviewer(report)):
            report.withdrawn += 1


def _reviewer(report: XliffImport) -> str:
    """Who signs off: asked once per import (it may run git), not once per unit."""
    if report.reviewer is None:
        from workbench.catalog import review

        report.reviewer = review.default_reviewer()
    return report.reviewer


def _set(entry: polib.POEntry, targets: list[str], *, fuzzy: bool) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = {i: t for i, t in enumerate(targets)}
    else:
        entry.msgstr = targets[0]
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    elif not fuzzy:
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
