"""Coverage: statements × languages, with segment and word counts by status (reviewed among
the translated), QA errors, a ready-to-publish flag, what changed since the language was
published, and totals per language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.catalog.stats import CatalogStats, project_summaries, template_stats
from workbench.errors import WorkbenchError
from workbench.export.records import Outdated, compare
from workbench.project import Project

UNITS = ("segments", "words")


@dataclass
class Cell:
    """One statement in one language (or, for totals, one language over all statements)."""

    statement: str
    lang: str
    path: str | None = None
    exists: bool = False
    stats: CatalogStats = field(default_factory=CatalogStats)
    qa_errors: int = 0
    qa_warnings: int = 0
    qa_checked: bool = False
    ready_parts: bool = True  # for totals: every statement ready
    published: Outdated | None = None  # the last publication compared with now (None: never)

    def counts(self, by: str = "words") -> dict[str, int]:
        s = self.stats
        if by == "words":
            return {"translated": s.translated_words, "reviewed": s.reviewed_words,
                    "fuzzy": s.fuzzy_words, "untranslated": s.untranslated_words,
                    "total": s.total_words}
        return {"translated": s.translated, "reviewed": s.reviewed, "fuzzy": s.fuzzy,
                "untranslated": s.untranslated, "total": s.total}

    @property
    def out_of_date(self) -> bool:
        return self.published is not None and self.published.out_of_date

    def percent(self, by: str = "words") -> float:
        return self.stats.percent(by)

    @property
    def ready(self) -> bool:
        """Every segment translated, none fuzzy, no QA errors (and QA actually ran)."""
        return (self.exists and self.ready_parts and self.stats.total > 0
                and self.stats.translated == self.stats.total
                and self.qa_checked and self.qa_errors == 0)

    def as_dict(self, by: str = "words") -> dict[str, object]:
        return {
            "statement": self.statement, "lang": self.lang, "path": self.path,
            "exists": self.exists,
            "segments": self.counts("segments"), "words": self.counts("words"),
            "percent": round(self.percent(by), 1), "by": by,
            "qa_errors": self.qa_errors if self.qa_checked else None,
            "qa_warnings": self.qa_warnings if self.qa_checked else None,
            "ready": self.ready,
            "stale_reviews": self.stats.stale,
            "published": self.published.as_dict() if self.published else None,
        }


@dataclass
class Coverage:
    statements: list[str]
    languages: list[str]
    cells: dict[tuple[str, str], Cell]

    def cell(self, statement: str, lang: str) -> Cell | None:
        return self.cells.get((statement, lang))

    def rows(self) -> list[Cell]:
        """Cells in statement order, then language order (missing pairs left out)."""
        return [c for s in self.statements for lang in self.languages
                if (c := self.cells.get((s, lang))) is not None]

    def total(self, lang: str) -> Cell:
        total = Cell("(total)", lang, exists=True, qa_checked=True)
        for statement in self.statements:
            cell = self.cells.get((statement, lang))
            if cell is None:
                continue
            total.stats.add(cell.stats)
            total.qa_errors += cell.qa_errors
            total.qa_warnings += cell.qa_warnings
            total.qa_checked &= cell.qa_checked
            total.ready_parts &= cell.ready
        return total

    def totals(self) -> list[Cell]:
        return [self.total(lang) for lang in self.languages]

    def as_dict(self, by: str = "words") -> dict[str, object]:
        return {
            "by": by,
            "statements": self.statements,
            "languages": self.languages,
            "cells": [c.as_dict(by) for c in self.rows()],
            "totals": {t.lang: t.as_dict(by) for t in self.totals()},
        }


def coverage(project: Project, *, langs: Iterable[str] | None = None,
             slugs: list[str] | None = None, qa: bool = True) -> Coverage:
    """Coverage of the project's catalogs. A catalog that does not exist yet counts all of its
    template's segments as untranslated. ``qa=False`` skips the checks (no errors counted, and
    nothing is ready-to-publish)."""
    wanted = list(langs) if langs else None
    statements = [s.slug for s in project.select(slugs)]
    languages: list[str] = []
    cells: dict[tuple[str, str], Cell] = {}
    for summary in project_summaries(project, None, slugs):
        lang, path = summary.lang, summary.path
        if wanted is not None and lang not in wanted:
            continue
        if summary.error:
            raise WorkbenchError(summary.error, path=path)
        if lang not in languages:
            languages.append(lang)
        rel = str(path.relative_to(project.root)) if project.root in path.parents else str(path)
        cell = Cell(summary.slug, lang, rel, exists=summary.exists)
        cell.stats = summary.stats or template_stats(project, summary.slug)
        cell.published = compare(project, summary.slug, lang)
        cells[(summary.slug, lang)] = cell
    if qa:
        _count_findings(project, cells, slugs)
    ordered = [code for code in project.config.target_languages if code in languages]
    ordered += [code for code in languages if code not in ordered]
    return Coverage(statements, ordered, cells)


def _count_findings(project: Project, cells: dict[tuple[str, str], Cell],
                    slugs: list[str] | None) -> None:
    from workbench.checks import run_project
    from workbench.checks.status import STATUS_CHECKS

    by_file = {cell.path: cell for cell in cells.values() if cell.exists}
    for lang in sorted({lang for _slug, lang in cells}):
        result = run_project(project, lang, slugs=slugs)
        for finding in result.findings:
            cell = by_file.get(finding.file or "")
            if cell is None or finding.check in STATUS_CHECKS:
                continue  # untranslated and fuzzy entries are counted by status already
            if finding.severity == "error":
                cell.qa_errors += 1
            elif finding.severity == "warning":
                cell.qa_warnings += 1
    for cell in by_file.values():
        cell.qa_checked = True
