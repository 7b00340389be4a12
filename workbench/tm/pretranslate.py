"""Pre-translation: fill untranslated entries from the TM, never touching a translation.

A 101% match, or a 100% match whose identical sources all carry one translation, is filled
as translated. Any other best match at or above ``min_score`` is filled as fuzzy, with
translator comments naming its score and origin and keeping the suggestion::

    # TM 87% from statement industriall-belarus-joint-statement
    # TM suggestion: "Профсоюзы Беларуси требуют освобождения"
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import polib

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.lock import catalog_lock
from workbench.catalog.po_state import set_fuzzy
from workbench.catalog.stats import entry_status
from workbench.project import Project
from workbench.tm.memory import Hit, TranslationMemory
from workbench.tm.scoring import substitute_numbers


@dataclass
class CatalogResult:
    slug: str
    path: str
    translated: int = 0
    fuzzy: int = 0
    unmatched: int = 0  # untranslated entries left as they were
    written: bool = False


@dataclass
class PretranslateReport:
    lang: str
    min_score: int
    catalogs: list[CatalogResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # statements with no catalog yet

    @property
    def translated(self) -> int:
        return sum(c.translated for c in self.catalogs)

    @property
    def fuzzy(self) -> int:
        return sum(c.fuzzy for c in self.catalogs)

    @property
    def unmatched(self) -> int:
        return sum(c.unmatched for c in self.catalogs)

    def as_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "min": self.min_score, "translated": self.translated,
                "fuzzy": self.fuzzy, "unmatched": self.unmatched, "missing": self.missing,
                "catalogs": [asdict(c) for c in self.catalogs]}


def pretranslate(project: Project, lang: str, slugs: list[str] | None = None, min_score: int = 100, *,
                 tm: TranslationMemory | None = None, dry_run: bool = False) -> PretranslateReport:
    tm = tm or TranslationMemory.for_project(project, lang)
    report = PretranslateReport(tm.lang, min_score)
    for statement, _lang, path in project.catalogs(tm.lang, slugs):
        if not path.is_file():
            report.missing.append(statement.slug)
            continue
        with catalog_lock(path):  # read, fill and write with no other writer in between
            catalog = read_catalog(path)
            result = CatalogResult(statement.slug, str(path))
            if fill_catalog(catalog, tm, min_score, result) and not dry_run:
                catalog.metadata["PO-Revision-Date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000")
                write_catalog(catalog)
                result.written = True
        report.catalogs.append(result)
    return report


def fill_catalog(catalog: polib.POFile, tm: TranslationMemory, min_score: int,
                 result: CatalogResult) -> bool:
    """Fill the untranslated entries of ``catalog`` in memory; True when anything changed."""
    live = [e for e in catalog if not e.obsolete and e.msgid]
    for i, entry in enumerate(live):
        if entry_status(entry) != "untranslated":
            continue
        prev = live[i - 1].msgid if i else ""
        nxt = live[i + 1].msgid if i + 1 < len(live) else ""
        hits = tm.hits(entry.msgid, limit=10, min_score=min_score, prev=prev, next=nxt)
        outcome = _fill(entry, hits, tm)
        if outcome == "translated":
            result.translated += 1
        elif outcome == "fuzzy":
            result.fuzzy += 1
        else:
            result.unmatched += 1
    return bool(result.translated or result.fuzzy)


def _fill(entry: polib.POEntry, hits: list[Hit], tm: TranslationMemory) -> str:
    usable = [h for h in hits if _forms_fit(entry, h)]
    if not usable:
        return ""
    best = usable[0]
    exact = {h.targets for h in usable if h.score >= 100 and not h.fuzzy}
    sure = not best.fuzzy and (best.score == 101 or (best.score == 100 and len(exact) == 1))
    targets = tuple(substitute_numbers(entry.msgid, best.source, t) for t in best.targets)
    if entry.msgid_plural:
        entry.msgstr_plural = dict(enumerate(targets))
    else:
        entry.msgstr = targets[0]
    set_fuzzy(entry, not sure)  # translated: the #| previous source goes too
    if sure:
        return "translated"
    # The format reports/postedit.py reads back to measure post-editing distance.
    note = (f"TM {best.score}% from {tm.origin(best)}\n"
            f"TM suggestion: {json.dumps(targets[0], ensure_ascii=False)}")
    entry.tcomment = f"{entry.tcomment}\n{note}" if entry.tcomment else note
    return "fuzzy"


def _forms_fit(entry: polib.POEntry, hit: Hit) -> bool:
    """A plural entry takes a match with as many forms; a singular entry any match."""
    if not entry.msgid_plural:
        return True
    return len(hit.targets) > 1 and len(hit.targets) == max(len(entry.msgstr_plural), 2)

