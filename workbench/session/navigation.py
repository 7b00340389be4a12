"""Moving through a session's segments: filters, and the next segment (needing work) in the
order a list shows them. Functions over a small view of the session, so the editor's list
and scripts step exactly alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from workbench.errors import WorkbenchError
from workbench.session.entries import Forms

STATUSES = ("untranslated", "fuzzy", "translated")
FILTERS = ("all", "needs-work", "untranslated", "fuzzy", "translated", "draft")


class Segments(Protocol):
    def __len__(self) -> int: ...
    def needs_work(self, i: int) -> bool: ...
    def has_draft(self, i: int) -> bool: ...
    def status(self, i: int) -> str: ...
    def source(self, i: int) -> str: ...
    def targets(self, i: int) -> Forms: ...


def step(segments: Segments, order: Sequence[int], start: int, direction: int = 1, *,
         needing: bool = False, wrap: bool = False) -> int | None:
    """The index after ``start`` in ``order`` (before it when ``direction`` is -1), or with
    ``needing`` the next one that needs work; ``wrap`` goes round the end. ``start`` need
    not be in ``order`` (a filter may hide it)."""
    after = [i for i in order if (i > start if direction > 0 else i < start)]
    candidates = after if direction > 0 else after[::-1]
    if wrap:
        before = [i for i in order if (i <= start if direction > 0 else i >= start)]
        candidates += before if direction > 0 else before[::-1]
    for i in candidates:
        if i != start and (not needing or segments.needs_work(i)):
            return i
    return None


def matching(segments: Segments, status: str = "all", text: str = "",
             only: set[int] | None = None) -> list[int]:
    if status not in FILTERS:
        raise WorkbenchError(f"unknown filter {status!r}", hint=f"use {', '.join(FILTERS)}")
    needle = text.casefold()
    keep = []
    for i in range(len(segments)):
        if only is not None and i not in only:
            continue
        if status == "needs-work" and not segments.needs_work(i):
            continue
        if status == "draft" and not segments.has_draft(i):
            continue
        if status in STATUSES and segments.status(i) != status:
            continue
        if needle and needle not in segments.source(i).casefold() \
                and needle not in "\n".join(segments.targets(i)).casefold():
            continue
        keep.append(i)
    return keep
