"""The coordinator's view: unknown words across catalogs, with counts, most frequent first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib

from workbench.spelling.checker import SpellChecker
from workbench.spelling.service import checker_for, spelling_language


@dataclass
class WordCount:
    word: str
    count: int
    suggestions: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


@dataclass
class LanguageReport:
    """Unknown words of one dictionary language (``be`` and ``be@tarask`` are two)."""

    lang: str
    dictionary: str | None  # None: no dictionary installed, nothing checked
    orthography: str | None
    catalogs: int = 0
    segments: int = 0
    words: list[WordCount] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "dictionary": self.dictionary,
                "orthography": self.orthography, "catalogs": self.catalogs,
                "segments": self.segments,
                "words": [{"word": w.word, "count": w.count, "suggestions": w.suggestions,
                           "files": w.files} for w in self.words]}


def _pairs(catalog: polib.POFile) -> Iterator[tuple[str, str]]:
    for entry in catalog:
        if entry.obsolete or not entry.msgid or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            for key, text in sorted(entry.msgstr_plural.items(), key=lambda kv: int(kv[0])):
                if text:
                    yield (entry.msgid if int(key) == 0 else entry.msgid_plural), text
        elif entry.msgstr:
            yield entry.msgid, entry.msgstr


def _markup(catalog: polib.POFile) -> str:
    for entry in catalog[:20]:
        if any(ref.endswith(".md") for ref, _line in entry.occurrences):
            return "md"
    return "plain"


def unknown_words(catalogs: Iterable[tuple[polib.POFile, str, str]], project: Any = None
                  ) -> list[LanguageReport]:
    """Reports per dictionary language for (catalog, language, label) triples."""
    reports: dict[str, LanguageReport] = {}
    counts: dict[str, dict[str, WordCount]] = {}
    checkers: dict[str, SpellChecker | None] = {}
    for catalog, lang, label in catalogs:
        pairs = list(_pairs(catalog))
        code = spelling_language(lang, [t for _s, t in pairs], label)
        if code not in checkers:
            checkers[code] = checker_for(code, project)
        checker = checkers[code]
        report = reports.get(code)
        if report is None:
            report = reports[code] = LanguageReport(
                code, str(checker.dictionary) if checker else None,
                checker.orthography if checker else None)
        report.catalogs += 1
        report.segments += len(pairs)
        if checker is None:
            continue
        markup = _markup(catalog)
        seen = counts.setdefault(code, {})
        for source, text in pairs:
            for miss in checker.misspellings(text, source, markup):
                found = seen.setdefault(miss.word, WordCount(miss.word, 0))
                found.count += 1
                if label not in found.files:
                    found.files.append(label)
    for code, report in reports.items():
        checker = checkers[code]
        ranked = sorted(counts.get(code, {}).values(), key=lambda w: (-w.count, w.word))
        for item in ranked:
            item.suggestions = checker.suggestions(item.word) if checker else []
        report.words = ranked
    return list(reports.values())


def label_of(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root)) if root is not None else str(path)
    except ValueError:
        return str(path)
