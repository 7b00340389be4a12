"""Counts of a catalog: segments and source words, by status; the one walk over a project's
catalogs that status, coverage and the editor's overview share.

Statuses are gettext's: translated, fuzzy, untranslated. Review is counted beside them:
``reviewed`` (signed off, sign-off current) and ``stale`` (signed off, text changed since) are
subsets of ``translated`` and ``fuzzy`` (see :mod:`workbench.catalog.review`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import polib

from workbench.catalog import review
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.project import Project, Statement

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def count_words(text: str) -> int:
    """Source words, as CAT tools count them: runs of letters/digits, hyphenated words as one."""
    return len(_WORD.findall(text))


def entry_status(entry: polib.POEntry) -> str:
    """'translated', 'fuzzy' or 'untranslated' (a fuzzy entry with no text counts as untranslated)."""
    if entry.msgid_plural:
        filled = all(v for v in entry.msgstr_plural.values()) and bool(entry.msgstr_plural)
    else:
        filled = bool(entry.msgstr)
    if not filled:
        return "untranslated"
    return "fuzzy" if "fuzzy" in entry.flags else "translated"


@dataclass
class CatalogStats:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0
    reviewed: int = 0  # translated and signed off (a subset of translated)
    reviewed_words: int = 0
    stale: int = 0  # signed off, but changed since: needs another review

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def total_words(self) -> int:
        return self.translated_words + self.fuzzy_words + self.untranslated_words

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.translated == self.total

    def percent(self, by: str = "words") -> float:
        if by == "words":
            return 100.0 * self.translated_words / self.total_words if self.total_words else 0.0
        return 100.0 * self.translated / self.total if self.total else 0.0

    def add(self, other: CatalogStats) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def as_dict(self) -> dict[str, int]:
        return {**asdict(self), "total": self.total, "total_words": self.total_words}


def catalog_stats(catalog: polib.POFile) -> CatalogStats:
    stats = CatalogStats()
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        status = entry_status(entry)
        words = count_words(entry.msgid)
        setattr(stats, status, getattr(stats, status) + 1)
        setattr(stats, f"{status}_words", getattr(stats, f"{status}_words") + words)
        if review.PREFIX in (entry.tcomment or ""):
            if review.is_approved(entry):
                stats.reviewed += 1
                stats.reviewed_words += words
            elif review.is_stale(entry):
                stats.stale += 1
    return stats


@dataclass(frozen=True)
class CatalogSummary:
    """One statement in one language: its catalog's counts, or why there are none."""

    slug: str
    lang: str
    path: Path
    stats: CatalogStats | None  # None: no catalog yet, or unreadable (see error)
    error: str | None = None

    @property
    def exists(self) -> bool:
        return self.stats is not None


def summarize(project: Project, statement: Statement, lang: str) -> CatalogSummary:
    """Counts of one catalog; an unreadable one gives its error instead of hiding the others."""
    from workbench.catalog.pofile import read_catalog

    path = project.po_path(lang, statement.slug)
    if not path.exists():
        return CatalogSummary(statement.slug, lang, path, None)
    try:
        return CatalogSummary(statement.slug, lang, path, catalog_stats(read_catalog(path)))
    except (WorkbenchError, OSError) as exc:
        return CatalogSummary(statement.slug, lang, path, None, error=str(exc))


def project_summaries(project: Project, lang: str | None = None,
                      slugs: list[str] | None = None) -> list[CatalogSummary]:
    """Every catalog the project should have (statement order, then language order)."""
    return [summarize(project, st, target) for st, target, _ in project.catalogs(lang, slugs)]


def template_stats(project: Project, slug: str) -> CatalogStats:
    """A catalog not made yet: everything in its template is still to do."""
    from workbench.catalog.pofile import read_catalog

    pot = project.pot_path(slug)
    if not pot.is_file():
        return CatalogStats()
    stats = catalog_stats(read_catalog(pot))
    return CatalogStats(untranslated=stats.total, untranslated_words=stats.total_words)
