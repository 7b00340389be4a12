"""Which language a statement is written in: py3langid (langid.py's maintained fork; its
model ships inside the package, so it works offline), among the project's languages and the
common ones, so Belarusian, Ukrainian and Russian are told apart rather than guessed among 97."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

_COMMON = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "be")
_MARKUP = re.compile(r"\]\([^)]*\)|https?://\S+|(?<![\w.+-])[\w.+-]+@[\w.-]+|[#*_`|>\[\]-]+")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str, candidates: Iterable[str] = ()) -> tuple[str, float]:
    """The likeliest language of a text (base code) and its probability.

    >>> guess_language("Независимые профсоюзы требуют освободить задержанных.", ["ru", "uk", "be"])[0]
    'ru'
    >>> guess_language("Незалежныя прафсаюзы патрабуюць вызваліць затрыманых.", ["ru", "uk", "be"])[0]
    'be'
    """
    identifier = _identifier()
    known = set(identifier.nb_classes)
    wanted = sorted({c.split("_")[0].split("-")[0].lower() for c in (*candidates, *_COMMON)} & known)
    identifier.set_languages(wanted)
    lang, prob = identifier.classify(_MARKUP.sub(" ", text)[:20000])
    return str(lang), float(prob)
