"""The spell checker of one language in one project: the dictionary, then the project's known
words, then the words of the source segment. Verdicts are cached per word, so a warm check is
a tokenization and dictionary lookups."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.spelling import affixes, tokens
from workbench.spelling.backend import Speller
from workbench.spelling.known import KnownWords
from workbench.spelling.suggest import quick_suggestions

_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Misspelling:
    """An unknown word: its text as written (an accelerator mark left out) and its span in
    the checked text."""

    word: str
    start: int
    end: int


class SpellChecker:
    """One dictionary language in one project: the dictionary, the project's known words, the
    prefix and abbreviation rules, then (per segment) the words of the source."""

    def __init__(self, lang: str, speller: Speller, known: KnownWords,
                 orthography: str | None = None) -> None:
        self.lang = lang
        self.speller = speller
        self.known = known
        self.orthography = orthography  # "official"/"classical" for Belarusian, else None
        self.script = tokens.script_pattern(speller.try_letters)
        self.prefixes = affixes.prefixes_of(lang)
        self._verdicts: dict[str, bool] = {}
        self._fine: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}

    @property
    def dictionary(self) -> Path:
        return self.speller.ref.dic

    def knows(self, word: str) -> bool:
        """Whether ``word`` (as the dictionary reads it) is spelt right; cached."""
        found = self._verdicts.get(word)
        if found is None:
            if len(self._verdicts) > _CACHE_LIMIT:
                self._verdicts.clear()
            found = self.speller.spell(word) or self.known.knows(word) or self._prefixed(word)
            self._verdicts[word] = found
        return found

    def _listed(self, word: str) -> bool:
        """In the dictionary or the project's words: what a suggestion may be (a word made
        up by the prefix rule is accepted when written, never proposed)."""
        return self.speller.spell(word) or self.known.listed(word)

    def _prefixed(self, word: str) -> bool:
        """"неотслеживаемый" = не + отслеживаемый (see :mod:`.affixes`)."""
        return any(self._listed(rest) for rest in affixes.split_prefix(word, self.prefixes))

    def fine(self, word: str) -> bool:
        """Whether ``word`` passes whatever its segment: not judged, or known. Cached."""
        found = self._fine.get(word)
        if found is None:
            if len(self._fine) > _CACHE_LIMIT:
                self._fine.clear()
            found = self._fine[word] = not tokens.judged(word, self.script) or self.knows(word)
        return found

    def _excused(self, word: str, after: str, copied: frozenset[str]) -> bool:
        """An unknown word copied from the source, or an abbreviation with its period."""
        lexicon = self.known.lexicon
        starts = lexicon.starts if lexicon is not None else None
        return word.casefold() in copied or affixes.abbreviation(word, after, starts)

    def misspellings(self, text: str, source: str = "", markup: str = "plain",
                     source_words: frozenset[str] | None = None) -> list[Misspelling]:
        """The unknown words of ``text`` (a translation of ``source``), left to right."""
        if not text:
            return []
        fine = self._fine
        unknown: list[tuple[str, int, int]] = []
        for word in tokens.words(text, markup, tokens.accelerators_of(source)):
            if not word.parts:
                if not (fine.get(word.text) or self.fine(word.text)):
                    unknown.append((word.text, word.start, word.end))
            elif not (word.text and tokens.judged(word.text, self.script)
                      and self.knows(word.text)):  # "какой-то" is in the dictionary whole
                unknown += [(p, s, e) for p, s, e in word.parts if not self.fine(p)]
        if not unknown:
            return []
        copied = source_words if source_words is not None else (
            tokens.source_words(source, markup) if source else frozenset())
        return [Misspelling(tokens.ACCEL.sub("", text[start:end]), start, end)
                for word, start, end in unknown
                if not self._excused(word, text[end:end + 1], copied)
                and text[start:end].casefold() not in copied]

    def suggestions(self, word: str, limit: int = 5, *, thorough: bool = False) -> list[str]:
        """Up to ``limit`` corrections: words one edit away (fast, what QA shows); with
        ``thorough``, Hunspell's own suggestions after them (0.1-1 s: the editor's key)."""
        key = word.translate(tokens.APOSTROPHES).replace(tokens.STRESS, "")
        cached = self._suggestions.get(key)
        if cached is None:
            cached = quick_suggestions(key, self.speller.spell, self.speller.try_letters, limit,
                                       self.known.listed)
            if len(self._suggestions) > _CACHE_LIMIT // 10:
                self._suggestions.clear()
            self._suggestions[key] = cached
        if thorough and len(cached) < limit:
            more = [s for s in self.speller.suggest(key) if s not in cached]
            return (cached + more)[:limit]
        return cached[:limit]

    def unknown_words(self, pairs: Iterable[tuple[str, str]], markup: str = "plain"
                      ) -> dict[str, int]:
        """Unknown words of many (source, translation) pairs with their counts."""
        counts: dict[str, int] = {}
        for source, text in pairs:
            for miss in self.misspellings(text, source, markup):
                counts[miss.word] = counts.get(miss.word, 0) + 1
        return counts

    def describe(self) -> str:
        ortho = f", {self.orthography} orthography" if self.orthography else ""
        return f"{self.lang}: {self.dictionary} ({self.speller.engine}{ortho})"


def info(checker: SpellChecker | None) -> dict[str, Any]:
    if checker is None:
        return {}
    return {"lang": checker.lang, "dictionary": str(checker.dictionary),
            "engine": checker.speller.engine, "orthography": checker.orthography}
