"""Merge an XLIFF 1.2 file back into its catalog.

The file is validated first (well-formed, no DTD or entities, XLIFF 1.2, a statement and a
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
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
import polib
from defusedxml import DefusedXmlException

from workbench import languages
from workbench.catalog.pofile import Catalog, read_catalog, write_catalog
from workbench.catalog.template import now_stamp
from workbench.errors import WorkbenchError
from workbench.export.xliff import (
    PLURAL_RESTYPE,
    XLIFF_NS,
    forms,
    nplurals_of,
    q,
    text_hash,
    unit_id,
    wb,
)
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

    @property
    def changed(self) -> bool:
        return bool(self.updated or self.approved)


@dataclass
class _Unit:
    uid: str
    sources: list[str]
    targets: list[str]
    fuzzy: bool
    base: str | None


def parse_xliff(data: bytes, path: Path) -> ET.Element:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise WorkbenchError(f"not well-formed XML: {exc}", path=path, line=line) from exc
    except DefusedXmlException as exc:
        raise WorkbenchError(f"refused: {exc}", path=path,
                             hint="XLIFF files need no DTD or entity declarations") from exc
    if root.tag != q("xliff") or root.get("version") != "1.2":
        raise WorkbenchError("not an XLIFF 1.2 document", path=path,
                             hint=f'expected <xliff version="1.2" xmlns="{XLIFF_NS}">')
    return root


def import_xliff(project: Project, path: Path, *, force: bool = False, dry_run: bool = False
                 ) -> list[XliffImport]:
    """Merge every <file> of the document into its catalog; raise on invalid input."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror}", path=path) from exc
    root = parse_xliff(data, path)
    files = root.findall(q("file"))
    if not files:
        raise WorkbenchError("no <file> element", path=path)
    plans = [_plan(project, path, file_el, force) for file_el in files]  # validate everything first
    for report, catalog in plans:
        if report.changed and not dry_run:
            catalog.metadata["PO-Revision-Date"] = now_stamp()
            write_catalog(catalog)
    return [report for report, _catalog in plans]


def _identify(project: Project, path: Path, file_el: ET.Element) -> tuple[Statement, str]:
    original = file_el.get("original", "")
    slug = file_el.get(wb("slug")) or Path(original).stem
    if not slug:
        raise WorkbenchError("the <file> names no statement (no original attribute)", path=path)
    statement = project.statement(slug)
    expected = statement.path.relative_to(project.root).as_posix()
    if original and original != expected:
        raise WorkbenchError(f"the file is for {original}, not {expected}", path=path)
    source = languages.normalize_code(file_el.get("source-language", ""))
    if source and source != statement.source_language:
        raise WorkbenchError(f"source language {source} is not {statement.source_language}, "
                             f"the language of {slug!r}", path=path)
    target = file_el.get(wb("lang")) or file_el.get("target-language") or ""
    if not target:
        raise WorkbenchError("the <file> has no target-language", path=path)
    lang = languages.validate(target)
    if lang not in project.target_languages(statement):
        raise WorkbenchError(f"{lang} is not a target language of {slug!r}", path=path,
                             hint=f"targets: {', '.join(project.target_languages(statement))}")
    return statement, lang


def _plan(project: Project, path: Path, file_el: ET.Element, force: bool
          ) -> tuple[XliffImport, Catalog]:
    statement, lang = _identify(project, path, file_el)
    catalog = read_catalog(project.po_path(lang, statement.slug))
    report = XliffImport(statement.slug, lang, catalog.path or project.po_path(lang, statement.slug))
    # Statement, languages and every unit are checked; a project's name may differ in a clone.
    named = file_el.get(wb("project"))
    if named and named != project.config.name:
        report.foreign_project = named
    live = {unit_id(e): e for e in catalog if not e.obsolete and e.msgid}
    dead = {unit_id(e) for e in catalog if e.obsolete}
    problems: list[str] = []
    nplurals = nplurals_of(catalog, lang)
    for unit in _units(file_el, path):
        entry = live.get(unit.uid)
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
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise WorkbenchError(f"{len(problems)} unit(s) do not match the catalog {report.path.name}: "
                             + "; ".join(problems[:3]) + more, path=path,
                             hint="export a fresh XLIFF file with 'workbench xliff export'")
    return report, catalog


def _units(file_el: ET.Element, path: Path) -> list[_Unit]:
    body = file_el.find(q("body"))
    if body is None:
        raise WorkbenchError("the <file> has no <body>", path=path)
    out: list[_Unit] = []
    _walk(body, path, out)
    return out


def _walk(parent: ET.Element, path: Path, out: list[_Unit]) -> None:
    for child in parent:
        if child.tag == q("group"):
            if child.get("restype") == PLURAL_RESTYPE:
                out.append(_plural(child, path))
            else:
                _walk(child, path, out)
        elif child.tag == q("trans-unit"):
            uid = child.get("id")
            if not uid:
                raise WorkbenchError("a <trans-unit> has no id", path=path)
            source, target, fuzzy = _texts(child, path)
            out.append(_Unit(uid, [source], [target], fuzzy, child.get(wb("base"))))


def _plural(group: ET.Element, path: Path) -> _Unit:
    uid = group.get("id") or ""
    units = group.findall(q("trans-unit"))
    indexed = []
    for unit in units:
        match = re.fullmatch(re.escape(uid) + r"\[(\d+)\]", unit.get("id") or "")
        if not match:
            raise WorkbenchError(f"plural unit {unit.get('id')!r} is not {uid}[n]", path=path)
        indexed.append((int(match.group(1)), *_texts(unit, path)))
    indexed.sort()
    if [i for i, *_ in indexed] != list(range(len(indexed))) or not indexed:
        raise WorkbenchError(f"plural group {uid!r} has missing forms", path=path)
    return _Unit(uid, [s for _, s, _, _ in indexed], [t for _, _, t, _ in indexed],
                 any(f for *_, f in indexed), group.get(wb("base")))


def _texts(unit: ET.Element, path: Path) -> tuple[str, str, bool]:
    source = unit.find(q("source"))
    if source is None:
        raise WorkbenchError(f"unit {unit.get('id')!r} has no <source>", path=path)
    target = unit.find(q("target"))
    text = "".join(target.itertext()) if target is not None else ""
    state = target.get("state") if target is not None else None
    if state is not None:
        fuzzy = state in FUZZY_STATES
    else:
        fuzzy = unit.get("approved") == "no"
    return "".join(source.itertext()), text, fuzzy


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
