"""What a catalog is: its language, its source language and whether its segments are Markdown."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import polib

from workbench import languages
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.project import Project

# Letters that tell the Cyrillic orthographies apart, for catalogs with no Language header:
# ў is Belarusian only; і is Belarusian or Ukrainian; и is Russian or Ukrainian; ї є ґ are
# Ukrainian; ы э are Russian or Belarusian.
_LETTERS = "ўіиїєґыэ"


def _valid(code: str | None) -> str | None:
    if not code or not code.strip():
        return None
    try:
        return languages.validate(code)
    except WorkbenchError:
        return None


def catalog_language(catalog: polib.POFile, path: str | Path | None = None) -> str | None:
    """The Language header; else the folder in .../<lang>/LC_MESSAGES/; else a guess from the
    letters of a Cyrillic catalog; else None."""
    found = _valid(catalog.metadata.get("Language"))
    if found:
        return found
    if path is not None:
        parts = Path(path).parts
        if len(parts) >= 3 and parts[-2] == "LC_MESSAGES":
            found = _valid(parts[-3])
            if found:
                return found
    return _guess_cyrillic(catalog)


def _guess_cyrillic(catalog: polib.POFile) -> str | None:
    counts: Counter[str] = Counter()
    for i, entry in enumerate(catalog):
        if i > 400:
            break
        text = entry.msgstr.lower()
        counts.update(c for c in text if c in _LETTERS)
    if sum(counts.values()) < 5:
        return None
    if counts["ў"] or (counts["і"] and not counts["и"]):
        return "be"
    if counts["і"] or counts["ї"] or counts["є"] or counts["ґ"]:
        return "uk"
    return "ru" if counts["и"] or counts["ы"] else None


def source_language(catalog: polib.POFile, project: Project | None = None) -> str:
    """The project's source language when known (statements can override it), else English:
    gettext msgids are English by convention."""
    if project is not None:
        slug = catalog.metadata.get("Project-Id-Version", "").strip()
        langs = project.config.statement_languages
        return str(langs.get(slug, project.config.source_language))
    return _valid(catalog.metadata.get("X-Source-Language")) or "en"


def catalog_markup(catalog: polib.POFile) -> str:
    """"md" when the entries come from Markdown statements (their #: references say .md)."""
    for i, entry in enumerate(catalog):
        if i > 20:
            break
        for ref, _line in entry.occurrences:
            if ref.endswith(".md"):
                return "md"
    return "plain"
