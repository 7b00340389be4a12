"""Untranslated and fuzzy entries."""

from __future__ import annotations

from collections.abc import Iterator

import polib

from workbench.catalog.stats import entry_status
from workbench.checks.model import CheckContext, Problem, check

# The ids of this module's checks: reports that count statuses themselves leave them out.
STATUS_CHECKS = frozenset({"untranslated", "fuzzy"})


@check("untranslated", "warning", "the entry has no translation; translate it", scope="entry")
def untranslated(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Problem]:
    if entry_status(entry) == "untranslated":
        partly = entry.msgid_plural and any(entry.msgstr_plural.values())
        yield Problem("some plural forms are empty: fill in every msgstr[n]" if partly
                      else "not translated yet: translate it")


@check("fuzzy", "warning",
       "the translation is marked fuzzy (needs review); check it against the source, "
       "then clear the fuzzy flag", scope="entry")
def fuzzy(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Problem]:
    if entry_status(entry) == "fuzzy":
        was = f" (the source was: {entry.previous_msgid!r})" if entry.previous_msgid else ""
        yield Problem(f"marked fuzzy{was}: review the translation, then clear the flag")
