"""Leverage analysis: how much of each statement the TM already covers, in CAT bands.

Segments are counted as they occur in the statement (an entry with three ``#:`` references
is three segments). The first occurrence of a source text, in statement order across the
whole analysis, gets the band of its best TM match; later occurrences are Repetitions.
A statement's own catalog is left out of its matches: the analysis measures what the rest
of the memory brings, so it does not change as the statement gets translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.catalog import read_catalog
from workbench.catalog.stats import count_words
from workbench.project import Project, Statement
from workbench.tm.memory import TranslationMemory

BANDS = ("repetitions", "101", "100", "95-99", "85-94", "75-84", "50-74", "none")
LABELS = {"repetitions": "Repetitions", "101": "101%", "100": "100%", "95-99": "95–99%",
          "85-94": "85–94%", "75-84": "75–84%", "50-74": "50–74%", "none": "No match"}
_FLOORS = ((101, "101"), (100, "100"), (95, "95-99"), (85, "85-94"), (75, "75-84"), (50, "50-74"))


def band_of(score: int | None) -> str:
    """The leverage band of a best match's score (None: no match).

    >>> [band_of(s) for s in (101, 100, 97, 80, 60, 30, None)]
    ['101', '100', '95-99', '75-84', '50-74', 'none', 'none']
    """
    for floor, band in _FLOORS:
        if score is not None and score >= floor:
            return band
    return "none"


@dataclass
class Bands:
    segments: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))
    words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))

    def add(self, band: str, words: int, times: int = 1) -> None:
        self.segments[band] += times
        self.words[band] += words * times

    def merge(self, other: Bands) -> None:
        for band in BANDS:
            self.segments[band] += other.segments[band]
            self.words[band] += other.words[band]

    @property
    def total_segments(self) -> int:
        return sum(self.segments.values())

    @property
    def total_words(self) -> int:
        return sum(self.words.values())

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {b: {"segments": self.segments[b], "words": self.words[b]} for b in BANDS}
        out["total"] = {"segments": self.total_segments, "words": self.total_words}
        return out


@dataclass
class Analysis:
    lang: str
    statements: dict[str, Bands] = field(default_factory=dict)
    total: Bands = field(default_factory=Bands)

    def as_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "bands": list(BANDS), "labels": LABELS,
                "statements": [{"slug": s, **b.as_dict()} for s, b in self.statements.items()],
                "total": self.total.as_dict()}


def analyze(project: Project, lang: str, slugs: list[str] | None = None, *,
            tm: TranslationMemory | None = None) -> Analysis:
    tm = tm or TranslationMemory.for_project(project, lang)
    result = Analysis(tm.lang)
    seen: set[str] = set()
    for statement in project.select(slugs):
        bands = _statement_bands(project, tm, statement, seen)
        result.statements[statement.slug] = bands
        result.total.merge(bands)
    return result


def _sources(project: Project, lang: str, statement: Statement) -> list[tuple[str, int]]:
    """(source, occurrences) in document order: from the catalog, the template, or (none made
    yet) the statement itself, segmented."""
    for path in (project.po_path(lang, statement.slug), project.pot_path(statement.slug)):
        if path.is_file():
            return [(e.msgid, max(1, len(e.occurrences)))
                    for e in read_catalog(path) if not e.obsolete and e.msgid]
    from workbench.segment import segment_document

    text = statement.path.read_text(encoding="utf-8")
    return [(seg.text, 1) for seg in segment_document(text, statement.source_language, statement.format)]


def _statement_bands(project: Project, tm: TranslationMemory, statement: Statement, seen: set[str]) -> Bands:
    live = _sources(project, tm.lang, statement)
    bands = Bands()
    own = f"statement {statement.slug}"
    for i, (source, times) in enumerate(live):
        words = count_words(source)
        if source in seen:
            bands.add("repetitions", words, times)
            continue
        seen.add(source)
        prev = live[i - 1][0] if i else ""
        nxt = live[i + 1][0] if i + 1 < len(live) else ""
        hits = tm.hits(source, limit=1, min_score=50, prev=prev, next=nxt, skip_origin=own)
        bands.add(band_of(hits[0].score if hits else None), words)
        if times > 1:
            bands.add("repetitions", words, times - 1)
    return bands

