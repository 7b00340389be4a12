"""The home screen's figures: every statement × target language, with word counts by status."""

from __future__ import annotations

from workbench.catalog.stats import CatalogSummary, project_summaries, summarize
from workbench.project import Project, Statement

__all__ = ["CatalogSummary", "overview", "statement_title", "summarize"]


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


def overview(project: Project) -> list[CatalogSummary]:
    """Counts for every statement × language (catalog/stats.py: the walk status and coverage use)."""
    return project_summaries(project)
