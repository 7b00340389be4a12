"""What survives translation, as comparable keys: the anchors of sentence alignment.

- numbers: each run of digits by value ("17,000" and "17 000" share 17 and 0; "9.08.2020"
  and "9 August 2020" share 9 and 2020), and month names by number (CLDR names via Babel,
  matched by their first four letters so inflected forms count: "августе", "жніўня");
- URLs, e-mail addresses and printf/brace placeholders, as written;
- names and acronyms: capitalised words by the first four letters of their Latin spelling
  (Cyrillic romanized), so "Zimin" meets "Зимин" and "BNP" meets "БНП";
- glossary concepts found by the glossary's own (inflection-aware) matcher;
- cognates: other words but function words, by their first four letters, romanized and
  without accents (Simard, Foster and Isabelle 1992): "systemd", "Authentifizierung".

Numbers, addresses and placeholders are strong: one side having one the other lacks counts
against a pairing. Names and terms only count for one (a sentence-initial capital, a term
translated loosely, prove nothing when they do not meet).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from workbench.glossary.stopwords import builtin
from workbench.intake.slug import _CYRILLIC
from workbench.languages import base_language

_URL = re.compile(r"(?:https?|ftp)://[^\s<>()\]]*[^\s<>()\].,;:!?'\"»”]|www\.[^\s<>()\]]*[^\s<>()\].,;:!?'\"»”]")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # linear: starts once per run
_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[sdifuxXeEgGcrp%]|%\w+:\d+|\{\w*\}"
                          r"|\$[({]\w+[)}]")  # printf, Aspell's %name:1, {name}, ${name}, $(name)
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MARKS = re.compile(r"[?!(\[{\"«»“”„]")  # questions, brackets, quotes survive translation
_MARK_KEYS = {"«": "q", "»": "q", "“": "q", "”": "q", "„": "q", '"': "q"}
_MARKUP = re.compile(r"\]\([^)]*\)|[*_`\\]")

Terms = Callable[[str], list[str]]  # text -> concept ids found in it


@dataclass(frozen=True)
class Anchors:
    strong: Counter[str] = field(default_factory=Counter)  # numbers, months, URLs, addresses
    weak: Counter[str] = field(default_factory=Counter)  # names, acronyms, glossary concepts
    cognates: Counter[str] = field(default_factory=Counter)  # other words, first four letters

    def __add__(self, other: Anchors) -> Anchors:
        return Anchors(self.strong + other.strong, self.weak + other.weak,
                       self.cognates + other.cognates)


def visible(text: str) -> str:
    """A segment's text as read: link targets and emphasis marks gone."""
    return _MARKUP.sub(lambda m: "]" if m.group(0).startswith("]") else "", text).replace("[", "").replace("]", "")


@cache
def _months(lang: str) -> tuple[tuple[str, int], ...]:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return ()
    stems = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                stem = name.lower().rstrip(".")
                if len(stem) >= 3:
                    stems[stem[:4]] = number
    return tuple(sorted(stems.items()))


def _month(word: str, lang: str) -> int | None:
    low = word.lower()
    for stem, number in _months(lang):
        if low.startswith(stem) and len(low) <= len(stem) + 6:
            return number
    return None


def romanized(word: str) -> str:
    """A word in Latin letters, lower case (Cyrillic romanized).

    >>> romanized("Лукашенко"), romanized("БНП"), romanized("Зімін")
    ('lukashenko', 'bnp', 'zimin')
    """
    return "".join(_CYRILLIC.get(ch, ch) for ch in word.lower())


def anchors_of(text: str, lang: str, terms: Terms | None = None) -> Anchors:
    """The anchors of one sentence.

    >>> a = anchors_of("Zimin was sentenced to 25 days on August 9 (see www.ilo.org).", "en")
    >>> sorted(a.strong), sorted(k for k in a.weak if not k.startswith("w:"))
    (['month:8', 'n:25', 'n:9', 'url:www.ilo.org'], ['name:zimi', 'p:('])
    >>> b = anchors_of("9 августа Зимина приговорили к 25 суткам (см. www.ilo.org).", "ru")
    >>> agreement(a, b)
    Agreement(strong=4, weak=2, missing=0, cognates=0)
    """
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    rest = text
    for pattern, kind in ((_URL, "url"), (_EMAIL, "mail"), (_PLACEHOLDER, "ph")):
        for found in pattern.findall(rest):
            strong[f"{kind}:{found.lower().rstrip('/')}"] += 1
        rest = pattern.sub(" ", rest)
    for digits in _DIGITS.findall(rest):
        strong[f"n:{int(digits)}"] += 1
    cognates: Counter[str] = Counter()
    function_words = builtin(base_language(lang))
    for match in _WORD.finditer(rest):
        word = match.group()
        month = _month(word, lang) if word[0].isalpha() else None
        if month:
            strong[f"month:{month}"] += 1
        elif word[0].isupper() and (len(word) >= 4 or word.isupper() and len(word) >= 2):
            key = romanized(re.split(r"['’]", word)[0])
            weak[f"name:{key if word.isupper() else key[:4]}"] += 1
        elif len(word) >= 4 and word.lower() not in function_words:
            weak[f"w:{word.lower()}"] += 1  # the same word on both sides: "dpkg", "libdeps"
            cognates[_ascii(romanized(word))[:4]] += 1
    for mark in _MARKS.findall(rest):
        weak[f"p:{_MARK_KEYS.get(mark, mark)}"] += 1
    if terms is not None:
        for concept in terms(text):
            weak[f"term:{concept}"] += 1
    return Anchors(strong, weak, cognates)


class Agreement(NamedTuple):
    strong: int  # strong anchors both sides share
    weak: int  # weak anchors both sides share
    missing: int  # strong anchors only one side has
    cognates: int  # cognates both sides share

    @property
    def shared(self) -> int:
        return self.strong + self.weak


def agreement(a: Anchors, b: Anchors) -> Agreement:
    """How far two texts' anchors agree."""
    return Agreement(sum((a.strong & b.strong).values()), sum((a.weak & b.weak).values()),
                     sum((a.strong - b.strong).values()) + sum((b.strong - a.strong).values()),
                     sum((a.cognates & b.cognates).values()))


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
