"""The home screen's figures: every statement × target language, with word counts by status."""

from __future__ import annotations

from workbench.catalog.stats import CatalogSummary, project_summaries, summarize
from workbench.project import Project, Statement
from workbench.segment.blocks import split_blocks

__all__ = ["CatalogSummary", "overview", "statement_title", "summarize"]


def statement_title(statement: Statement) -> str:
    """The statement's first heading as the segmenter sees it (ATX ``# Title`` or setext
    ``Title`` over ``===``), else its slug."""
    try:
        text = statement.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return statement.slug
    for block in split_blocks(text, statement.format):
        if block.kind == "heading" and block.text.strip():
            return " ".join(block.text.split())
    return statement.slug


def overview(project: Project) -> list[CatalogSummary]:
    """Counts for every statement × language (catalog/stats.py: the walk status and coverage use)."""
    return project_summaries(project)
