"""The home screen's figures: every statement × target language, with word counts by status."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.catalog import read_catalog
from workbench.catalog.stats import CatalogStats, catalog_stats
from workbench.project import Project, Statement


@dataclass(frozen=True)
class CatalogSummary:
    slug: str
    lang: str
    path: Path
    stats: CatalogStats | None  # None: no catalog yet, or unreadable (see error)
    error: str | None = None

    @property
    def exists(self) -> bool:
        return self.stats is not None


def statement_title(statement: Statement, limit: int = 4096) -> str:
    """The statement's first heading (its title), else its slug."""
    try:
        with statement.path.open(encoding="utf-8") as handle:
            head = handle.read(limit)
    except OSError:
        return statement.slug
    for line in head.splitlines():
        text = line.strip()
        if text.startswith("#"):
            return text.lstrip("#").strip() or statement.slug
    return statement.slug


def summarize(project: Project, statement: Statement, lang: str) -> CatalogSummary:
    path = project.po_path(lang, statement.slug)
    if not path.exists():
        return CatalogSummary(statement.slug, lang, path, None)
    try:
        return CatalogSummary(statement.slug, lang, path, catalog_stats(read_catalog(path)))
    except Exception as exc:  # noqa: BLE001 - one unreadable catalog must not hide the others
        return CatalogSummary(statement.slug, lang, path, None, error=str(exc))


def overview(project: Project) -> list[CatalogSummary]:
    return [summarize(project, st, lang) for st, lang, _ in project.catalogs()]
