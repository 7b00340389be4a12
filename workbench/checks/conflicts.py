"""Merge conflicts left by git's merge driver (``# workbench-conflict:`` comments)."""

from __future__ import annotations

from collections.abc import Iterator

import polib

from workbench.catalog.conflicts import has_conflict, header_conflicts, other_side
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


@check("merge-conflict-header", "error",
       "two translators changed a header field differently and git merged both: keep one "
       "value, then delete the '# workbench-conflict: header' line", scope="header")
def merge_conflict_header(catalog: polib.POFile, ctx: CheckContext) -> Iterator[Problem]:
    for field, other in header_conflicts(catalog):
        yield Problem(f"unresolved merge conflict in the header field {field}: the other side "
                      f"was {other!r}; keep one value and delete the '# workbench-conflict:' line")
