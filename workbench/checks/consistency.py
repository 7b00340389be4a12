"""Consistency across entries: one source translated two ways, and one translation reused for
two different sources (Weblate's "inconsistent" and "reused translation").

These checks see a list of units, (entry, context) pairs, possibly from many catalogs of one
language: the CLI passes a whole project, ``check_catalog`` passes one catalog.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import polib

from workbench.catalog.stats import entry_status
from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import strip_accelerators

Unit = tuple[polib.POEntry, CheckContext]
TRAILING = " \t\n.:!?…;,"
LETTER = re.compile(r"[^\W\d_]")


def _target(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return "\x00".join(v for _, v in sorted(entry.msgstr_plural.items()))
    return str(entry.msgstr)


def _loose(text: str) -> str:
    return strip_accelerators(text).rstrip(TRAILING).casefold().strip()


def _where(unit: Unit) -> str:
    entry, ctx = unit
    return f"{ctx.file or 'this catalog'}:{entry.linenum}"


def _short(text: str, limit: int = 60) -> str:
    text = text.replace("\x00", " | ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _translated(units: Sequence[Unit]) -> Iterator[tuple[int, polib.POEntry, CheckContext]]:
    for i, (entry, ctx) in enumerate(units):
        if not entry.obsolete and entry.msgid and entry_status(entry) == "translated":
            yield i, entry, ctx


@check("inconsistent", "warning",
       "the same source is translated differently elsewhere in the project; "
       "use one translation, or give the entries different contexts", scope="catalog")
def inconsistent(units: Sequence[Unit], ctx: CheckContext) -> Iterator[tuple[int, Problem]]:
    if all(u[1] is units[0][1] for u in units):
        return  # one catalog: gettext keeps one entry per (context, source) already
    groups: dict[tuple[str, ...], dict[str, list[int]]] = {}
    for i, entry, uctx in _translated(units):
        key = (uctx.lang, entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")
        norm = " ".join(strip_accelerators(_target(entry)).split())
        groups.setdefault(key, {}).setdefault(norm, []).append(i)
    for i, other, first in _clashes(groups):
        yield i, Problem(f"translated differently at {_where(units[first])} ({_short(other)!r}): "
                         "use one translation for the same source")


def _clashes(groups: dict[Any, dict[str, list[int]]]) -> Iterator[tuple[int, str, int]]:
    """For each unit of a group with two or more variants: (unit, another variant, its first unit)."""
    for variants in groups.values():
        if len(variants) < 2:
            continue
        for variant, indexes in variants.items():
            other = next(v for v in variants if v != variant)
            for i in indexes:
                yield i, other, variants[other][0]


@check("reused-translation", "info",
       "the same translation is used for different sources; check that one of them is not "
       "a mistranslation", scope="catalog")
def reused_translation(units: Sequence[Unit], ctx: CheckContext
                       ) -> Iterator[tuple[int, Problem]]:
    groups: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, entry, uctx in _translated(units):
        target = _loose(_target(entry))
        if len(target) < 2 or not LETTER.search(target):
            continue
        source = _loose(entry.msgid)
        groups.setdefault((uctx.lang, target), {}).setdefault(source, []).append(i)
    for i, _other, first in _clashes(groups):
        yield i, Problem(f"the same translation is used for another source at {_where(units[first])} "
                         f"({_short(units[first][0].msgid)!r}): check that both are right")
