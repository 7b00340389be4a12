"""Post-editing distance: how far translators moved TM pre-translations, per language.

Pre-translation marks an entry with translator comments (kept by msgmerge and our update)::

    # TM 87% from industriall-belarus-joint-statement
    # TM suggestion: "Профсоюзы Беларуси требуют освобождения"

The first line names the match score and where the match came from; the second keeps the
suggestion as inserted (a JSON string, so line breaks survive), because the translator
overwrites msgstr. Entries whose suggestion is not stored are counted but not scored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import polib

from workbench.catalog import read_catalog
from workbench.catalog.stats import entry_status
from workbench.project import Project
from workbench.reports.score import normalize

MARK = re.compile(r"^\s*TM\s+(\d+(?:[.,]\d+)?)\s*%\s+from\s+(.+?)\s*$", re.MULTILINE)
SUGGESTION = re.compile(r"^\s*TM suggestion:\s?(.*)$", re.MULTILINE)


@dataclass
class Pretranslated:
    msgid: str
    file: str
    score: float
    origin: str
    suggestion: str | None
    final: str


def tm_mark(entry: polib.POEntry) -> tuple[float, str, str | None] | None:
    """(score, origin, suggestion) when the entry was pre-translated from the TM."""
    comment = entry.tcomment or ""
    mark = MARK.search(comment)
    if mark is None:
        return None
    suggestion = None
    found = SUGGESTION.search(comment)
    if found:
        raw = found.group(1).strip()
        try:
            suggestion = json.loads(raw) if raw.startswith('"') else raw
        except json.JSONDecodeError:
            suggestion = raw
    return float(mark.group(1).replace(",", ".")), mark.group(2), suggestion


@dataclass
class PostEditReport:
    lang: str
    entries: list[Pretranslated] = field(default_factory=list)
    chrf: float | None = None  # corpus chrF of final vs suggestion (100 = untouched)
    ter: float | None = None  # corpus TER of the suggestion against the final (0 = untouched)
    unchanged: int = 0
    no_suggestion: int = 0
    signatures: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        scored = [e for e in self.entries if e.suggestion is not None]
        return {"lang": self.lang, "pretranslated": len(self.entries), "scored": len(scored),
                "unchanged": self.unchanged, "no_suggestion": self.no_suggestion,
                "chrf": self.chrf, "ter": self.ter, "signatures": self.signatures}


def postedit(project: Project, lang: str | None = None) -> list[PostEditReport]:
    """One report per language with pre-translated entries that are now translated."""
    reports: dict[str, PostEditReport] = {}
    for _statement, code, path in project.catalogs(lang):
        if not path.is_file():
            continue
        for entry in read_catalog(path):
            if entry.obsolete or not entry.msgid or entry_status(entry) != "translated":
                continue
            mark = tm_mark(entry)
            if mark is None:
                continue
            final = entry.msgstr if not entry.msgid_plural else entry.msgstr_plural.get(0, "")
            rel = str(path.relative_to(project.root)) if project.root in path.parents else str(path)
            report = reports.setdefault(code, PostEditReport(code))
            report.entries.append(Pretranslated(entry.msgid, rel, mark[0], mark[1], mark[2],
                                                str(final)))
    for report in reports.values():
        _score(report)
    return [reports[code] for code in sorted(reports)]


def _score(report: PostEditReport) -> None:
    from sacrebleu.metrics import CHRF, TER

    pairs = [(normalize(e.final), normalize(e.suggestion)) for e in report.entries
             if e.suggestion is not None]
    report.no_suggestion = len(report.entries) - len(pairs)
    report.unchanged = sum(1 for final, sugg in pairs if final == sugg)
    if not pairs:
        return
    finals = [f for f, _ in pairs]
    suggestions = [s for _, s in pairs]
    chrf, ter = CHRF(), TER()
    # The suggestion is the "hypothesis", the post-edited text the "reference": TER is then
    # the share of the suggestion that was edited (HTER), chrF how much of it survived.
    report.chrf = chrf.corpus_score(suggestions, [finals]).score
    report.ter = ter.corpus_score(suggestions, [finals]).score
    report.signatures = {"chrf": str(chrf.get_signature()), "ter": str(ter.get_signature())}
