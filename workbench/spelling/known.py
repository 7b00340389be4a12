"""Words the project knows besides the dictionary: its own word lists and its glossary.

- ``spelling/<lang>.txt`` in the project: one word a line, ``#`` starts a comment. A word
  written in lower case is known in any case ("профсоюз" also passes as "Профсоюз"); one
  written with capitals only so ("Лукашэнка").
- Every glossary term of the language, word by word, with its inflected forms (the glossary's
  morphology: pymorphy3 lemmas for ru/uk, stems for Snowball languages, the bounded-prefix
  matcher for be), and every do-not-translate term in any language, as written.

Words copied from the source are known per segment: see :mod:`workbench.spelling.checker`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError

WORDS_DIR = "spelling"
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ‘-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def words_file(root: Path, lang: str) -> Path:
    """``spelling/<lang>.txt`` ("be@tarask" keeps its gettext name)."""
    if "/" in lang or "\\" in lang or lang.startswith("."):
        raise WorkbenchError(f"unsafe language code {lang!r}")
    return root / WORDS_DIR / f"{lang}.txt"


def _clean(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip().translate(_APOSTROPHES))


def read_words(path: Path) -> list[str]:
    """The words of a list (comments and blank lines left out); none when there is no file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise WorkbenchError("not UTF-8 text", path=path, hint="save the word list as UTF-8") from exc
    out = []
    for line in text.splitlines():
        word = _clean(line.split("#", 1)[0])
        if word:
            out.append(word)
    return out


def add_words(root: Path, lang: str, new: Iterable[str]) -> tuple[Path, list[str]]:
    """Append words to the project's list (atomically; words already there are skipped).
    Returns the file and the words added."""
    path = words_file(root, lang)
    known = set(read_words(path))
    added = []
    for raw in new:
        word = _clean(raw)
        if not word or any(c.isspace() for c in word) or "#" in word:
            raise WorkbenchError(f"not a word: {raw!r}", hint="give one word per argument")
        if word not in known:
            known.add(word)
            added.append(word)
    if added:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old and not old.endswith("\n"):
            old += "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, old + "".join(f"{w}\n" for w in added))
    return path, added


class KnownWords:
    """Project words and glossary terms of one language. ``knows(word)`` is asked only about
    words the dictionary rejected, and the checker caches its answers."""

    def __init__(self, lang: str, words: Iterable[str] = (), terms: Iterable[str] = (),
                 exact: Iterable[str] = (), lexicon: Lexicon | None = None) -> None:
        self.lang = lang
        self.lexicon = lexicon  # a second dictionary (pymorphy3's, for ru and uk)
        self.exact: set[str] = set(exact)  # as written (capitals kept)
        self.folded: set[str] = set()  # written in lower case: any case passes
        for word in words:
            (self.folded if word.islower() else self.exact).add(word)
        # Inflected forms: of glossary terms and lower-case project words in any case, of
        # capitalised project words ("Брыздюк": "Брыздюка") only with the capital.
        self.term_words = sorted({w.casefold() for t in terms for w in _WORD.findall(t)} |
                                 self.folded)
        self.name_words = sorted({w.casefold() for w in self.exact if w[:1].isupper()})
        self._analyzer: Any = None
        self._keys: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.exact) + len(self.folded) + len(self.term_words)

    def listed(self, word: str) -> bool:
        """In a list as written (project words, the second dictionary): cheap, no morphology."""
        if word in self.exact or word.casefold() in self.folded:
            return True
        return self.lexicon is not None and self.lexicon.knows(word.lower())

    def knows(self, word: str) -> bool:
        """Listed, or an inflected form of a term or project word (morphology: slower)."""
        if self.listed(word):
            return True
        folded = word.casefold()
        if self.term_words and self._inflected(folded, self.term_words):
            return True
        return bool(self.name_words) and word[:1].isupper() and self._inflected(
            folded, self.name_words)

    def _inflected(self, word: str, stems: list[str]) -> bool:
        """A form of one of ``stems``, by the glossary's morphology for the language."""
        if word in stems:
            return True
        analyzer = self._analyzer_of()
        if analyzer is None:
            return False
        if analyzer.keys_decide:
            keys = self._keys.get(id(stems))
            if keys is None:
                keys = self._keys[id(stems)] = frozenset().union(
                    *(analyzer.term_keys(t) for t in stems))
            return not analyzer.keys(word).isdisjoint(keys)
        return any(analyzer.matches(t, word) for t in stems)

    def warm(self) -> None:
        """Load the morphology now (once, 0.1-2 s) rather than on the first unknown word."""
        if self.term_words or self.name_words:
            self._analyzer_of()

    def _analyzer_of(self) -> Any:
        if self._analyzer is None:
            try:
                from workbench.glossary.morphology import analyzer_for

                self._analyzer = analyzer_for(self.lang)
            except Exception:  # noqa: BLE001 - no analyser: exact words only
                self._analyzer = False
        return self._analyzer or None


def glossary_terms(termbase: Any, lang: str) -> tuple[list[str], list[str]]:
    """(terms of ``lang``, do-not-translate terms of every language) of a termbase."""
    terms: list[str] = []
    dnt: list[str] = []
    for concept in termbase or ():
        terms += [t.text for t in concept.terms_in(lang)]
        if concept.dnt:
            dnt += [t.text for t in concept.terms]
    return terms, dnt


class Lexicon:
    """pymorphy3's dictionary (OpenCorpora for ru, VESUM for uk, 5 million forms each) as a
    second dictionary: it has the words of computing that the Hunspell dictionaries lack
    ("репозиторий", "сокет", "кластеризовать"), and answers prefix questions (abbreviations)."""

    def __init__(self, morph: Any) -> None:
        self._known = morph.word_is_known
        self._words = morph.dictionary.words

    def knows(self, word: str) -> bool:
        return bool(self._known(word))

    def starts(self, prefix: str) -> bool:
        """Whether some word of the dictionary starts with ``prefix`` (lower case)."""
        return next(iter(self._words.iterkeys(prefix)), None) is not None


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The second dictionary of ``lang`` (ru and uk), or None."""
    base = lang.split("@")[0].split("_")[0].split("-")[0]
    if base not in ("ru", "uk"):
        return None
    try:
        import pymorphy3

        return Lexicon(pymorphy3.MorphAnalyzer(lang=base))
    except Exception:  # noqa: BLE001 - no dictionary package: Hunspell alone
        return None


def known_words(lang: str, root: Path | None, termbase: Any) -> KnownWords:
    """The project's words of ``lang`` and its glossary's terms."""
    words = read_words(words_file(root, lang)) if root is not None else []
    terms, dnt = glossary_terms(termbase, lang)
    exact = [w for t in dnt for w in _WORD.findall(_clean(t))]
    return KnownWords(lang, words, terms, exact, lexicon(lang))
