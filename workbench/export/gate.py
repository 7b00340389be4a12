"""The publication gate: is a statement ready to go out in a language?

Ready means every segment translated, none fuzzy, and no QA errors; with
``[publish] require_review = true`` in workbench.toml, also every segment signed off by a
reviewer and no sign-off stale (:mod:`workbench.catalog.review`). QA comes from
``workbench.checks.check_catalog``; it is imported lazily so that export works (with the QA
part passing) in a tree where the checks are not installed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import WorkbenchError
from workbench.export.reassemble import MISSING, Gap, Rebuilt
from workbench.project import Project


@dataclass
class Readiness:
    slug: str
    lang: str
    reference: str  # corpus/<slug>.md, for the listing
    gaps: list[Gap] = field(default_factory=list)
    qa_errors: list[Any] = field(default_factory=list)
    has_catalog: bool = True
    qa_checked: bool = False  # False: no QA available (or not run), counted as passing
    unreviewed: list[Gap] = field(default_factory=list)  # with [publish] require_review

    @property
    def ready(self) -> bool:
        return self.has_catalog and not self.gaps and not self.qa_errors and not self.unreviewed

    def summary(self) -> str:
        """One line: why the statement cannot be published in this language."""
        if self.ready:
            return f"{self.slug} is ready in {self.lang}"
        if not self.has_catalog:
            return f"{self.slug} has no {self.lang} catalog"
        counts = Counter(gap.status for gap in self.gaps)
        counts.update(gap.status for gap in self.unreviewed)
        parts = [f"{counts[s]} {s}" for s in ("untranslated", "fuzzy", MISSING, UNREVIEWED, STALE)
                 if counts[s]]
        if self.qa_errors:
            parts.append(f"{len(self.qa_errors)} QA error{'s' if len(self.qa_errors) > 1 else ''}")
        return f"{self.slug} is not ready in {self.lang}: {', '.join(parts)}"

    def details(self, limit: int | None = None) -> list[str]:
        """What is missing, one line each, in the compiler's file:line: format."""
        lines = []
        for gap in [*self.gaps, *self.unreviewed]:
            what = "not in the catalog" if gap.status == MISSING else gap.status
            lines.append(f"{self.reference}:{gap.line}: {what}: {_short(gap.msgid)}")
        for finding in self.qa_errors:
            where = f"{getattr(finding, 'file', None) or self.reference}:{getattr(finding, 'line', None) or 0}"
            check = getattr(finding, "check", "qa")
            message = getattr(finding, "message", str(finding))
            lines.append(f"{where}: QA error [{check}]: {message}: {_short(getattr(finding, 'msgid', ''))}")
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"... and {len(lines) - limit} more"]
        return lines

    def hint(self) -> str:
        if not self.has_catalog:
            return "run 'workbench update' to create it, or export with --draft"
        if any(gap.status == MISSING for gap in self.gaps):
            return "run 'workbench update', translate, or export with --draft"
        if not self.gaps and self.unreviewed and not self.qa_errors:
            return "have them reviewed ('workbench review --lang LANG'), or export with --draft"
        if not self.gaps:
            return "fix or accept them (see 'workbench check'), or export with --draft"
        return "translate and review them, or export with --draft to mark them in the output"


class NotReady(WorkbenchError):
    """Export refused by the gate. ``readiness.details()`` lists what is missing."""

    exit_code = 1

    def __init__(self, readiness: Readiness) -> None:
        super().__init__(readiness.summary(), hint=readiness.hint())
        self.readiness = readiness


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def check_ready(rebuilt: Rebuilt, *, run_qa: bool = True) -> Readiness:
    """The gate's verdict on a rebuilt statement (the source language is always ready)."""
    st = rebuilt.statement
    reference = st.path.relative_to(rebuilt.project.root).as_posix()
    readiness = Readiness(st.slug, rebuilt.lang, reference)
    if rebuilt.is_source:
        return readiness
    readiness.has_catalog = rebuilt.catalog is not None
    readiness.gaps = rebuilt.gaps
    if review_required(rebuilt.project) and rebuilt.catalog is not None:
        readiness.unreviewed = unreviewed(rebuilt)
    if run_qa and rebuilt.catalog is not None:
        errors = qa_errors(rebuilt)
        readiness.qa_checked = errors is not None
        readiness.qa_errors = errors or []
    return readiness


UNREVIEWED, STALE = "unreviewed", "review stale"


def review_required(project: Project) -> bool:
    """``[publish] require_review = true`` in workbench.toml."""
    return project.config.section("publish").get("require_review") is True


def unreviewed(rebuilt: Rebuilt) -> list[Gap]:
    """Translated sentences of the statement with no current sign-off, each once, in order."""
    from workbench.catalog import review

    assert rebuilt.catalog is not None
    seen: set[str] = set()
    out: list[Gap] = []
    for block, pieces in rebuilt.blocks:
        for piece in pieces:
            entry = rebuilt.catalog.find(piece.source) if piece.status == "translated" else None
            if entry is None or piece.source in seen or review.is_approved(entry):
                continue
            seen.add(piece.source)
            out.append(Gap(block.line, STALE if review.is_stale(entry) else UNREVIEWED, piece.source))
    return out


def qa_errors(rebuilt: Rebuilt) -> list[Any] | None:
    """QA findings of severity error (not accepted by a reviewer); None when QA is unavailable."""
    try:
        from workbench.checks import check_catalog
    except ImportError:
        return None
    findings = check_catalog(rebuilt.catalog, rebuilt.lang, project=rebuilt.project)
    used = {p.source for _block, pieces in rebuilt.blocks for p in pieces}
    return [f for f in findings
            if getattr(f, "severity", None) == "error" and not getattr(f, "accepted", False)
            and getattr(f, "msgid", None) in used | {None, ""}]
