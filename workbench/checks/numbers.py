"""Numbers compared by value: "3,000" in English is "3 000" in Russian and "3.000" in German.

Each number is read with Babel's strict locale parsing, in the target's locale and in the
source's (translators often keep the source's format, "1.5" in a Russian UI), so any grouping
or decimal separator the locale allows is accepted. A run Babel cannot read as one number
("2.6.0", "02.01.2024") is compared component by component, so a reordered date still matches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from workbench.checks.langdata import NUMBER_WORDS
from workbench.checks.model import CheckContext, Problem, Severity, check
from workbench.checks.text import Pair

# Digits with internal separators; a plain space only when it groups thousands ("3 000").
NUMBER = re.compile(r"\d+(?:(?:[.,'\u00a0\u202f\u2009]|\x20(?=\d{3}(?!\d)))\d+)*")
SPACES = re.compile(r"[\u00a0\u202f\u2009\x20']")
SEPARATORS = re.compile(r"[.,'\u00a0\u202f\u2009\x20]")
GROUPED_BY_SPACES = re.compile(r"\d{1,3}(?:[\u00a0\u202f\u2009\x20']\d{3})+(?:[.,]\d+)?")


class Num:
    __slots__ = ("text", "start", "end", "values")

    def __init__(self, text: str, start: int, end: int, values: frozenset[Decimal]) -> None:
        self.text, self.start, self.end, self.values = text, start, end, values


@lru_cache(maxsize=65536)
def readings(token: str, locales: tuple[str, ...]) -> tuple[frozenset[Decimal], ...]:
    """The values a number token can mean; several tuples when it is several numbers."""
    if token.isascii() and token.isdigit():
        return (frozenset({Decimal(int(token))}),)
    ascii_token = "".join(str(int(c)) if c.isdigit() else c for c in token)
    values: set[Decimal] = set()
    if GROUPED_BY_SPACES.fullmatch(ascii_token):
        # Space-like grouping is universal; Babel only knows each locale's own group symbol.
        values.add(Decimal(SPACES.sub("", ascii_token).replace(",", ".")))
    for loc in locales:
        try:
            values.add(parse_decimal(ascii_token, loc, strict=True).normalize())
        except (NumberFormatError, ValueError, ArithmeticError):
            continue
    if values:
        return (frozenset(v.normalize() for v in values),)
    return tuple(frozenset({Decimal(int(p))}) for p in SEPARATORS.split(ascii_token) if p)


def numbers_in(text: str, locales: tuple[str, ...], skip: Counter[str] | None = None
               ) -> list[Num]:
    """Numbers of ``text`` with their possible values; tokens counted in ``skip`` (spelled
    the same on the other side) are left out, as many times as counted."""
    out: list[Num] = []
    skip = Counter(skip) if skip else None
    for m in NUMBER.finditer(text):
        token = m.group()
        if skip and skip[token] > 0:
            skip[token] -= 1
            continue
        for values in readings(token, locales):
            out.append(Num(token, m.start(), m.end(), values))
    return out


def _match(source: list[Num], target: list[Num]) -> tuple[list[Num], list[Num]]:
    """Pair source numbers with target numbers of the same value; return the leftovers."""
    left = list(target)
    missing = []
    for num in source:
        for i, cand in enumerate(left):
            if num.values & cand.values:
                del left[i]
                break
        else:
            missing.append(num)
    return missing, left


def _spelled(nums: list[Num], text: str, lang: str) -> list[Num]:
    """The numbers of ``nums`` that ``text`` does not also write out as a word."""
    table = NUMBER_WORDS.get(lang.split("_")[0])
    if not table or not nums:
        return nums
    words = WORDS.findall(text.casefold())
    out = []
    for num in nums:
        value = next(iter(num.values)) if len(num.values) == 1 else None
        stems = table.get(int(value)) if value is not None and value == int(value) else None
        if not stems or not any(_spells(w, stems) for w in words):
            out.append(num)
    return out


@check("numbers", "error",
       "a number of the source is missing or changed in the translation; "
       "write the same value, in the target language's format")
def numbers(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src, tgt = pair.source_masked, pair.target_masked
    if not (DIGIT.search(src) or DIGIT.search(tgt)):
        return
    locales = (ctx.lang, ctx.source_lang) if ctx.lang != ctx.source_lang else (ctx.lang,)
    src_toks, tgt_toks = NUMBER.findall(src), NUMBER.findall(tgt)
    if sorted(src_toks) == sorted(tgt_toks):
        return  # the usual case: every number copied as written
    # Tokens spelled the same on both sides match whatever a locale makes of them ("[0,127]").
    same = Counter(src_toks) & Counter(tgt_toks)
    found_missing, found_extra = _match(numbers_in(src, (ctx.source_lang,), same),
                                        numbers_in(tgt, locales, same))
    missing = _spelled(found_missing, tgt, ctx.lang)
    extra = _spelled(found_extra, src, ctx.source_lang)
    if extra and found_missing and not missing:
        missing = found_missing  # "one" matched a word, but a new number appeared: changed
    problems = list(_report(missing, extra, src, tgt, src_toks))
    if problems and _soft(pair.source, missing, src):
        problems = [p._replace(severity="warning") for p in problems]
    yield from problems


def _soft(source: str, missing: list[Num], src: str) -> bool:
    """Where changing a number is often deliberate, it is only a warning: a configuration key
    a translator sets ("calendar:week_start:0"), a note to translators, or dates and times
    given as examples ("e.g. 12/31/99", "2:35 pm"), which are localized."""
    if CONFIG_KEY.fullmatch(source.strip()) or NOTE_TO_TRANSLATORS.search(source):
        return True
    dates = {m.group() for m in NUMBER.finditer(src) if _in_date(src, m.start(), m.end())}
    return bool(missing) and all(n.text in dates for n in missing)


def _in_date(text: str, start: int, end: int) -> bool:
    """Part of "12/31/99", "2:35" or "4 pm" (any occurrence of the same number counts)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before in ("/", ":") and text[start - 2:start - 1].isdigit():
        return True
    if after in ("/", ":") and text[end + 1:end + 2].isdigit():
        return True
    return text[end:end + 3].lower().strip() in ("am", "pm")


def _report(missing: list[Num], extra: list[Num], src: str, tgt: str,
            src_toks: list[str]) -> Iterator[Problem]:
    spans = tuple((n.start, n.end) for n in extra)
    if missing:
        # A number dropped from a name ("[SE-18]" left out of a place name) is worth a look;
        # a number replaced by another is an error.
        dropped_from_names = not extra and all(_in_name(src, n) for n in missing)
        found = f" (the translation has {', '.join(n.text for n in extra)})" if extra else ""
        severity: Severity | None = "warning" if dropped_from_names else None
        yield Problem(
            f"number {', '.join(n.text for n in missing)} of the source is missing or changed"
            f"{found}: write the same value, in the target language's format", spans, severity)
        return
    # Nothing is missing: a number repeated ("UTF8 … UTF8") or glued to a name adds nothing.
    new = [n for n in extra if n.text not in src_toks and not _in_name(tgt, n)]
    if new:
        yield Problem(f"number {', '.join(n.text for n in new)} is not in the source: "
                      "check it, or remove it", tuple((n.start, n.end) for n in new), "warning")


def _spells(word: str, stems: tuple[str, ...]) -> bool:
    """A number word, inflected, or negated as in "ненулевой" (non-zero)."""
    if len(word) <= 3:
        return word in stems
    if word.startswith(stems):
        return True
    return any(word.startswith(neg) and word[len(neg):].startswith(stems) for neg in NEGATIONS)


def _in_name(text: str, num: Num) -> bool:
    """Part of a name or code: "MIPS16", "SE-18", "FILE1"."""
    before = text[max(0, num.start - 2):num.start]
    if not before:
        return False
    return before[-1].isalpha() or (len(before) == 2 and before[1] == "-" and before[0].isalpha())


DIGIT = re.compile(r"\d")
CONFIG_KEY = re.compile(r"(?<![\w.-])[\w.-]+(?::[\w.-]+)+")  # GTK's "calendar:week_start:0"
NOTE_TO_TRANSLATORS = re.compile(r"\btranslators?\b", re.IGNORECASE)
NEGATIONS = ("не", "без", "non-", "non")
WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
