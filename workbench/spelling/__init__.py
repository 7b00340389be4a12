"""Spelling with Hunspell dictionaries: headless core for QA, the CLI and the editor.

Public API:

- ``checker_for(lang, project=None) -> SpellChecker | None``: the dictionary of ``lang`` with
  the project's words (``spelling/<lang>.txt``) and glossary terms and their forms; None when no
  dictionary is installed (one notice names the package). ``SpellChecker.misspellings(text,
  source)`` lists unknown words with spans; ``SpellChecker.suggestions(word)`` corrections.
- Editor: ``preload(lang, project, texts)`` once per catalog in a worker; per key press
  ``misspelled_spans(text, lang, project=..., source=...)``; on keys
  ``suggestions(word, lang, project=...)`` and ``add_word(project, lang, word)``.
- Belarusian: ``spelling_language(lang, texts)`` gives ``be@tarask`` for a catalog written in
  the classical orthography; ``orthography_of(texts)`` says which and why.
- ``find_dictionary(code, config, root)``, ``notices()``.
"""

from workbench.spelling.checker import Misspelling, SpellChecker
from workbench.spelling.dictionaries import DictionaryRef, find_dictionary
from workbench.spelling.orthography import Orthography
from workbench.spelling.service import (
    add_word,
    checker_for,
    misspelled_spans,
    notice,
    notices,
    orthography_of,
    preload,
    spelling_language,
    suggestions,
)

__all__ = [
    "DictionaryRef",
    "Misspelling",
    "Orthography",
    "SpellChecker",
    "add_word",
    "checker_for",
    "find_dictionary",
    "misspelled_spans",
    "notice",
    "notices",
    "orthography_of",
    "preload",
    "spelling_language",
    "suggestions",
]
