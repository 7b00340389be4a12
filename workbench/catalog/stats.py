"""Counts of a catalog: segments and source words, by status."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import polib

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
    return stats
