"""Merge conflicts left by git's merge driver (``# workbench-conflict:`` comments)."""

from __future__ import annotations

from collections.abc import Iterator

import polib

from workbench.catalog.conflicts import has_conflict, other_side
from workbench.checks.model import CheckContext, Problem, check


@check("merge-conflict", "error",
       "two translators translated the entry differently and git merged both: keep one, "
       "combine them, then delete the '# workbench-conflict:' lines", scope="entry")
def merge_conflict(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Problem]:
    if has_conflict(entry):
        other = other_side(entry)
        shown = f": the other side is {other[0]!r}" if other else ""
        yield Problem(f"unresolved merge conflict{shown}; choose or combine the two "
                      "translations and delete the '# workbench-conflict:' lines")
