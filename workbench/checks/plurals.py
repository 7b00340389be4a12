"""Plural forms: the count against the catalog's own Plural-Forms, and which forms cover one n.

The catalog's header is the authority, not CLDR: a Launchpad catalog with nplurals=4 for
Russian is consistent with itself, and msgfmt judges it by its header, so do we.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from functools import cache

import polib

from workbench.checks.model import CheckContext, Problem, check

NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
PLURAL = re.compile(r"plural\s*=\s*([^;]+)")


def parse_plural_forms(header: str | None) -> tuple[int | None, str | None]:
    """(nplurals, expression) from a Plural-Forms header value; (None, None) if unusable."""
    if not header:
        return None, None
    n = NPLURALS.search(header)
    expr = PLURAL.search(header)
    return (int(n.group(1)) if n else None), (expr.group(1).strip() if expr else None)


@cache
def single_number_forms(expr: str | None, nplurals: int | None) -> frozenset[int]:
    """Plural forms used for exactly one n (like n == 1 in English). As in msgfmt, such a form
    may leave out the number's placeholder ("one file")."""
    if not expr or not nplurals:
        return frozenset()
    try:
        func = gettext.c2py(expr)
        hits: dict[int, int] = {}
        for n in range(1000):
            form = func(n)
            hits[form] = hits.get(form, 0) + 1
    except (ValueError, SyntaxError, RecursionError, TypeError, ZeroDivisionError):
        return frozenset()
    return frozenset(form for form, count in hits.items() if count == 1)


def catalog_single_forms(catalog: polib.POFile) -> frozenset[int]:
    """The single-number forms of a catalog, by its own Plural-Forms header."""
    nplurals, expr = parse_plural_forms(catalog.metadata.get("Plural-Forms"))
    return plural_single_forms(expr, nplurals)


def plural_single_forms(expr: str | None, nplurals: int | None) -> frozenset[int]:
    """The forms compared with msgid ("one file"): those used for exactly one n; with no
    usable plural expression, form 0 (unless the language has one form only)."""
    if not expr:
        return frozenset() if nplurals == 1 else frozenset({0})
    return single_number_forms(expr, nplurals)


def form_pairs(entry: polib.POEntry, single: frozenset[int]) -> list[tuple[int | None, str, str]]:
    """(form, source, translation) of each non-empty translation of an entry: the one place
    that decides which source a plural form is compared with. A form used for one number
    only (n == 1) goes with msgid; every other form with msgid_plural (Russian msgstr[0] also
    serves 21, 31…, so it needs the number)."""
    if entry.msgid_plural:
        out: list[tuple[int | None, str, str]] = []
        for key, text in sorted(entry.msgstr_plural.items(), key=lambda kv: int(kv[0])):
            if text:
                form = int(key)
                out.append((form, entry.msgid if form in single else entry.msgid_plural, text))
        return out
    return [(None, entry.msgid, entry.msgstr)] if entry.msgstr else []


def expected_nplurals(ctx: CheckContext) -> int | None:
    if ctx.nplurals:
        return ctx.nplurals
    try:
        from workbench import languages

        return int(NPLURALS.search(languages.plural_forms(ctx.lang)).group(1))  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - an unknown language just skips the check
        return None


@check("plural-header", "error",
       "the catalog's Plural-Forms header is not valid (nplurals must be a number, plural= a "
       "C expression); msgfmt -c refuses such a catalog", scope="header")
def plural_header(catalog: polib.POFile, ctx: CheckContext) -> Iterator[Problem]:
    header = catalog.metadata.get("Plural-Forms")
    if header is None:
        return
    why = plural_forms_problem(header)
    if why:
        yield Problem(f"Plural-Forms {header.strip()!r}: {why}; use the language's rule "
                      "(workbench update writes it from CLDR)")


def plural_forms_problem(header: str) -> str | None:
    """What is wrong with a Plural-Forms value, as msgfmt -c sees it; None when it is valid."""
    n = re.search(r"nplurals\s*=\s*([^;\s]*)", header)
    if n is None or not n.group(1).isdigit() or not 0 < int(n.group(1)) <= 64:
        return "nplurals is not a number from 1 to 64"
    expr = PLURAL.search(header)
    if expr is None:
        return "the plural= expression is missing"
    try:
        func = gettext.c2py(expr.group(1).strip())
        forms = {func(k) for k in range(200)}
    except (ValueError, SyntaxError, RecursionError, TypeError, ZeroDivisionError):
        return "the plural= expression is not a valid C expression"
    if max(forms) >= int(n.group(1)):
        return f"the plural= expression gives form {max(forms)}, beyond nplurals={n.group(1)}"
    return None


@check("plural-count", "error",
       "the number of plural forms differs from the catalog's Plural-Forms header; "
       "give exactly nplurals forms (msgstr[0]…)", scope="entry")
def plural_count(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Problem]:
    if not entry.msgid_plural or not any(entry.msgstr_plural.values()):
        return
    expected = expected_nplurals(ctx)
    if expected is None:
        return
    forms = sorted(int(k) for k in entry.msgstr_plural)
    if forms != list(range(expected)):
        where = "the catalog's Plural-Forms" if ctx.nplurals else "the language's plural rule"
        yield Problem(f"{len(forms)} plural forms, but {where} says nplurals={expected}: "
                      f"give msgstr[0] to msgstr[{expected - 1}]")
