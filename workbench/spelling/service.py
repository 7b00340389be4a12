"""Spell checkers by language and project, cached; notices; the editor's per-keystroke API.

A checker is rebuilt only when the project's word list or glossary changes on disk, so the
editor can call :func:`misspelled_spans` on every key press: a warm call is a tokenization and
dictionary lookups of words already seen (microseconds a segment).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workbench.spelling.backend import load_speller
from workbench.spelling.checker import SpellChecker
from workbench.spelling.dictionaries import (
    candidate_names,
    find_dictionary,
    missing_notice,
    split_lang,
)
from workbench.spelling.known import add_words, known_words, words_file
from workbench.spelling.orthography import (
    CLASSICAL,
    OFFICIAL,
    Orthography,
    detect,
    is_classical_code,
)

Span = tuple[int, int]
_CHECKERS: dict[tuple[Any, ...], SpellChecker | None] = {}
_NOTICES: dict[str, None] = {}


def notice(message: str) -> None:
    """Say something once per process (a missing dictionary, the orthography found): on
    stderr, and kept for front ends that show it elsewhere (:func:`notices`)."""
    if message in _NOTICES:
        return
    _NOTICES[message] = None
    print(f"workbench: notice: {message}", file=sys.stderr)


def notices() -> list[str]:
    return list(_NOTICES)


def project_root(project: Any) -> Path | None:
    root = getattr(project, "root", None)
    return Path(root) if root is not None else None


def _config(project: Any) -> dict[str, Any]:
    config = getattr(project, "config", None)
    return config.section("spelling") if config is not None else {}


def _termbase(project: Any) -> Any:
    if project is None:
        return None
    from workbench.checks.glossary import project_termbase

    return project_termbase(project)


def _stamp(path: Path | None) -> int | None:
    try:
        return path.stat().st_mtime_ns if path is not None else None
    except OSError:
        return None


def orthography_of(texts: Iterable[str]) -> Orthography:
    """The Belarusian orthography of a catalog's translations (see :mod:`.orthography`)."""
    return detect(texts)


def spelling_language(lang: str, texts: Iterable[str] | None = None,
                      label: str | None = None) -> str:
    """The dictionary language of a catalog: ``be@tarask`` for a Belarusian catalog written in
    the classical orthography (said once, as a notice), else ``lang`` unchanged."""
    base, _region, variant = split_lang(lang)
    if base != "be" or variant or texts is None:
        return lang
    found = detect(texts)
    if found.name == CLASSICAL:
        notice(f"spelling: {label or 'a Belarusian catalog'} is written in the "
               f"{found.describe()}; checked against a be@tarask dictionary, not be_BY")
        return "be@tarask"
    return lang


def checker_for(lang: str, project: Any = None, *, termbase: Any = None,
                root: Path | None = None) -> SpellChecker | None:
    """The checker of ``lang`` (with the project's words and glossary), or None when there is
    no dictionary for it (one notice says what to install). Cached."""
    root = root if root is not None else project_root(project)
    if termbase is None:
        termbase = _termbase(project)
    words_path = words_file(root, lang) if root is not None else None
    key = (lang, str(root), _stamp(words_path), id(termbase), getattr(termbase, "version", 0))
    if key in _CHECKERS:
        return _CHECKERS[key]
    ref = find_dictionary(lang, _config(project), root)
    checker = None
    if ref is None:
        notice(_missing(lang))
    else:
        ortho = None
        if split_lang(lang)[0] == "be":
            ortho = CLASSICAL if is_classical_code(lang) else OFFICIAL
        known = known_words(lang, root, termbase)
        known.warm()
        checker = SpellChecker(lang, load_speller(ref), known, ortho)
    if len(_CHECKERS) > 64:
        _CHECKERS.clear()
    _CHECKERS[key] = checker
    return checker


def _missing(lang: str) -> str:
    if is_classical_code(lang):
        return (f"spelling: no Hunspell dictionary for the classical Belarusian orthography "
                f"({lang}): put {candidate_names(lang)[0]}.dic and .aff in a folder of "
                "[spelling] paths in workbench.toml or of DICPATH; catalogs in it are not "
                "spell-checked (never against the official be_BY)")
    return missing_notice(lang)


# -- the editor's API ------------------------------------------------------------------------
def preload(lang: str, project: Any = None, texts: Iterable[str] | None = None) -> str:
    """Load the dictionary of a catalog now (0.1-0.6 s, once per process), e.g. in the
    editor's helper-loading worker, so that the first live check does not wait for it.
    Returns the spelling language (``be@tarask`` for a classical Belarusian catalog)."""
    code = spelling_language(lang, texts)
    checker_for(code, project)
    return code


def misspelled_spans(text: str, lang: str, *, project: Any = None, source: str = "",
                     markup: str = "plain") -> list[Span]:
    """Spans of the unknown words of ``text`` (a translation of ``source``) in ``lang``: cheap
    enough for every key press. Empty when there is no dictionary for ``lang``. For a
    Belarusian catalog, pass ``spelling_language(lang, its translations)`` as ``lang``."""
    checker = checker_for(lang, project)
    if checker is None:
        return []
    return [(m.start, m.end) for m in checker.misspellings(text, source, markup)]


def suggestions(word: str, lang: str, *, project: Any = None, limit: int = 5,
                thorough: bool = True) -> list[str]:
    """Corrections for ``word``: words one edit away first, then (``thorough``) Hunspell's
    own suggestions, which take 0.1-1 s: call it on the suggestion key, not per keystroke."""
    checker = checker_for(lang, project)
    return checker.suggestions(word, limit, thorough=thorough) if checker is not None else []


def add_word(project: Any, lang: str, *words: str) -> list[str]:
    """Add words to the project's ``spelling/<lang>.txt``; the next check knows them."""
    root = project_root(project)
    if root is None:
        return []
    _path, added = add_words(root, lang, words)
    return added
