"""Spelling for the editor (headless): the catalog's dictionary, the word at the cursor,
suggestions and the project's words, over workbench.spelling."""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")


def word_at(text: str, offset: int) -> tuple[int, int, str] | None:
    """The word touching ``offset`` (start, end, word), or None.

    >>> word_at("Профсоюз протестовал", 10)
    (9, 20, 'протестовал')
    >>> word_at("a, b", 2) is None
    True
    """
    for m in _WORD.finditer(text):
        if m.start() <= offset <= m.end():
            return m.start(), m.end(), m.group()
    return None


class Speller:
    def __init__(self, project: Any, lang: str) -> None:
        self.project, self.lang = project, lang
        self.code = lang  # be@tarask for a classical Belarusian catalog (after preload)
        self.ready = False

    def preload(self, texts: list[str]) -> list[str]:
        """Load the dictionary (0.1–2 s: a worker). Returns notices to show once."""
        from workbench import spelling

        self.code = spelling.preload(self.lang, self.project, texts)
        self.ready = True
        return spelling.notices()

    def spans(self, text: str, source: str = "") -> list[tuple[int, int]]:
        if not self.ready:  # never load a dictionary on the UI thread
            return []
        from workbench import spelling

        return spelling.misspelled_spans(text, self.code, project=self.project, source=source)

    def suggestions(self, word: str) -> list[str]:
        from workbench import spelling

        return spelling.suggestions(word, self.code, project=self.project, limit=5)

    def add(self, word: str) -> list[str]:
        from workbench import spelling

        return spelling.add_word(self.project, self.code, word)
