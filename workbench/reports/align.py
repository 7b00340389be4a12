"""Pairing translations with references for scoring.

A reference is a PO catalog of the same statement (entries paired by msgctxt and msgid) or
plain text with one segment per line. What is scored is the catalog itself (its translated
entries, in order) or its export (the statement rebuilt as plain text, line by line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from workbench.catalog import read_catalog
from workbench.catalog.stats import entry_status
from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.reports.score import METRICS, ScoreReport, score


@dataclass
class Aligned:
    keys: list[str] = field(default_factory=list)
    hypotheses: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, hyp: str, ref: str) -> None:
        self.keys.append(key)
        self.hypotheses.append(hyp)
        self.references.append(ref)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def _text(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return str(entry.msgstr_plural.get(0) or entry.msgstr_plural.get("0") or "")
    return str(entry.msgstr)


def _entries(catalog: polib.POFile) -> list[polib.POEntry]:
    return [e for e in catalog if e.msgid and not e.obsolete]


def is_po(path: Path) -> bool:
    if path.suffix in (".po", ".pot"):
        return True
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError as exc:
        raise WorkbenchError(f"cannot read the reference: {exc.strerror}", path=path) from exc
    return "\nmsgid " in f"\n{head}" and "\nmsgstr" in head


def reference_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise WorkbenchError("no such reference file", path=path) from exc
    except UnicodeDecodeError as exc:
        raise WorkbenchError("the reference is not UTF-8 text", path=path) from exc
    return [line.strip() for line in text.splitlines() if line.strip()]


def align_catalogs(catalog: polib.POFile, reference: polib.POFile) -> Aligned:
    """Translated entries of ``catalog`` with the translated entry of the same source in
    ``reference``."""
    refs = {(e.msgctxt or "", e.msgid): e for e in _entries(reference)}
    out = Aligned()
    for entry in _entries(catalog):
        ref = refs.get((entry.msgctxt or "", entry.msgid))
        if ref is None or entry_status(ref) != "translated":
            out.skip("no reference")
        elif entry_status(entry) != "translated":
            out.skip(entry_status(entry))
        else:
            out.add(entry.msgid, _text(entry), _text(ref))
    return out


def align_lines(hypotheses: list[tuple[str, str]], lines: list[str], what: str) -> Aligned:
    """``hypotheses`` as (key, text) pairs with the reference's lines, one for one."""
    if len(hypotheses) != len(lines):
        raise WorkbenchError(
            f"the reference has {len(lines)} lines but the {what} has {len(hypotheses)}",
            hint="give one reference line per segment (or per line of the export, with "
                 "--of export), or a PO reference")
    out = Aligned()
    for (key, hyp), ref in zip(hypotheses, lines, strict=True):
        out.add(key, hyp, ref)
        if not hyp:
            out.skip("untranslated (scored as empty)")
    return out


def export_lines(project: Project, slug: str, lang: str) -> list[tuple[str, str]]:
    """The statement rebuilt in ``lang`` as plain text, as (line N, text) pairs."""
    try:
        from workbench.export import rebuild, render
    except ImportError as exc:  # pragma: no cover - export is part of the package
        raise WorkbenchError("export is not available") from exc
    rebuilt = rebuild(project, project.statement(slug), lang)
    text = render(rebuilt, "txt")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [(f"line {i + 1}", line) for i, line in enumerate(lines)]


def score_statement(project: Project, slug: str, lang: str, reference: Path, *, of: str = "catalog",
                    metrics: tuple[str, ...] = METRICS) -> ScoreReport:
    """Score the catalog of ``slug`` in ``lang`` (or its export) against ``reference``."""
    path = project.po_path(lang, slug)
    if of == "export":
        if is_po(reference):
            raise WorkbenchError("--of export needs a plain-text reference", path=reference,
                                 hint="score the catalog against a PO reference instead")
        aligned = align_lines(export_lines(project, slug, lang), reference_lines(reference),
                              "export")
    else:
        if not path.is_file():
            raise WorkbenchError("no catalog for this statement and language", path=path,
                                 hint="run 'workbench update' first")
        catalog = read_catalog(path)
        if is_po(reference):
            aligned = align_catalogs(catalog, read_catalog(reference))
        else:
            pairs = [(e.msgid, _text(e) if entry_status(e) == "translated" else "")
                     for e in _entries(catalog)]
            aligned = align_lines(pairs, reference_lines(reference), "catalog")
    report = score(aligned.hypotheses, aligned.references, lang=lang, metrics=metrics,
                   keys=aligned.keys)
    report.skipped = aligned.skipped
    return report
