"""The Hunspell engine behind the check: chunspell (C Hunspell) where installed, else spylls.

Measured on this machine on the words of the real ru/uk/be catalogs (see the closing note of
issue 13): chunspell spells 100,000-170,000 words/s with verdicts identical to libenchant's
Hunspell; spylls, pure Python, 3,000-9,000 words/s and agrees except on some compounds. Both
read the same ``.dic``/``.aff`` files. ``WORKBENCH_SPELLING_BACKEND=spylls`` forces spylls.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from functools import cache

from workbench.spelling.dictionaries import DictionaryRef


class Speller:
    """One loaded dictionary: ``spell(word)`` and ``suggest(word)`` (Hunspell's own, slow:
    0.1-1 s a word), plus the letters the dictionary's TRY line lists, most frequent first."""

    def __init__(self, ref: DictionaryRef, engine: str, spell: Callable[[str], bool],
                 suggest: Callable[[str], list[str]]) -> None:
        self.ref = ref
        self.engine = engine
        self._spell = spell
        self._suggest = suggest
        self._lock = threading.Lock()  # the C engine is not thread-safe; the editor may use a worker
        self.try_letters = _try_letters(ref)

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._spell(word))

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            return list(self._suggest(word))


def _try_letters(ref: DictionaryRef) -> str:
    """The lower-case letters of the affix file's TRY line (Hunspell's own edit alphabet)."""
    try:
        with ref.aff.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("TRY "):
                    letters = line[4:].strip()
                    return "".join(dict.fromkeys(c for c in letters if c.isalpha() and c.islower()))
    except OSError:
        pass
    return ""


def _chunspell(ref: DictionaryRef) -> Speller | None:
    try:
        import hunspell
    except ImportError:
        return None
    factory = getattr(hunspell, "Hunspell", None)  # chunspell's class; pyhunspell has HunSpell
    if factory is None:
        return None
    engine = factory(ref.name, hunspell_data_dir=str(ref.folder))
    return Speller(ref, "chunspell", engine.spell, engine.suggest)


def _spylls(ref: DictionaryRef) -> Speller:
    from spylls.hunspell import Dictionary

    engine = Dictionary.from_files(str(ref.folder / ref.name))
    return Speller(ref, "spylls", engine.lookup, lambda word: list(engine.suggest(word)))


@cache
def load_speller(ref: DictionaryRef) -> Speller:
    """The speller of a dictionary, loaded once per process (0.1-0.6 s with chunspell)."""
    if os.environ.get("WORKBENCH_SPELLING_BACKEND", "") != "spylls":
        found = _chunspell(ref)
        if found is not None:
            return found
    return _spylls(ref)
