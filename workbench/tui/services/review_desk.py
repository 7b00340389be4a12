"""Review mode and merge conflicts over an editing session (headless: no Textual here).

Every write goes through the session (``set_comment`` / ``toggle_fuzzy``), so a sign-off or a
rejection is saved under the writers' lock and merged with the file like any other edit.
"""

from __future__ import annotations

import copy
import difflib

import polib

from workbench.catalog import conflicts, review
from workbench.session import SaveOutcome, Session

TO_REVIEW = ("unreviewed", "stale")


def needs_review(entry: polib.POEntry) -> bool:
    """Translated (not fuzzy, not empty) and not signed off for its current text."""
    translated = entry.translated() and "fuzzy" not in entry.flags
    return bool(translated and review.review_state(entry) in TO_REVIEW)


def next_to_review(session: Session, start: int, step: int = 1) -> int | None:
    """The next segment after ``start`` (wrapping, ``start`` itself last) that needs review."""
    total = len(session)
    for offset in range(1, total + 1):
        i = (start + step * offset) % total
        if needs_review(session.entries[i]):
            return i
    return None


def state_of(entry: polib.POEntry) -> str:
    return str(review.review_state(entry))


def approve(session: Session, i: int, reviewer: str | None = None) -> SaveOutcome:
    """Sign segment ``i`` off as it is saved (a draft must be confirmed first)."""
    if session.has_draft(i):
        raise ValueError("the segment has unsaved text: confirm it (Enter) before approving")
    probe = copy.deepcopy(session.entries[i])
    review.approve(probe, reviewer or review.default_reviewer())  # ValueError: fuzzy/empty
    return session.set_comment(i, probe.tcomment or "")


def reject(session: Session, i: int, note: str, reviewer: str | None = None) -> SaveOutcome:
    """Send segment ``i`` back to the translator: fuzzy, with the reviewer's note."""
    probe = copy.deepcopy(session.entries[i])
    review.reject(probe, reviewer or review.default_reviewer(), note)
    outcome = session.set_comment(i, probe.tcomment or "")
    if "fuzzy" not in session.entries[i].flags:
        outcome = session.toggle_fuzzy(i, session.saved_targets(i))
    return outcome


def rejection_note(entry: polib.POEntry) -> str | None:
    found = review.rejection(entry)
    return None if found is None else f"{found.reviewer}, {found.date}: {found.note or '(no note)'}"


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces from ``old`` to ``new`` by words: equal, delete, insert.

    >>> word_diff("a b c", "a x c")
    [('equal', 'a '), ('delete', 'b '), ('insert', 'x '), ('equal', 'c')]
    """
    a, b = old.split(" "), new.split(" ")
    a = [w + " " for w in a[:-1]] + a[-1:]
    b = [w + " " for w in b[:-1]] + b[-1:]
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out


# -- merge conflicts ---------------------------------------------------------------------------
def conflict_sides(entry: polib.POEntry) -> tuple[list[str], list[str]] | None:
    """(the kept side, the other side) of a conflicted entry, one string per form."""
    other = conflicts.other_side(entry)
    if not conflicts.has_conflict(entry) or other is None:
        return None
    kept = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)] \
        if entry.msgid_plural else [entry.msgstr]
    return kept, other


def clear_conflict(session: Session, i: int) -> SaveOutcome:
    """Drop the conflict marks of segment ``i`` (its translation was just confirmed)."""
    probe = copy.deepcopy(session.entries[i])
    conflicts.resolve(probe)
    return session.set_comment(i, probe.tcomment or "")


def previous_approved_at(path: object, entry: polib.POEntry) -> list[str] | None:
    """The text a stale sign-off approved, from git history (subprocess: call in a worker)."""
    from pathlib import Path

    from workbench.catalog.review_history import approved_text

    try:
        return approved_text(Path(str(path)), entry)
    except OSError:
        return None
