"""An entry's state: what it looked like when read (raw text, a snapshot of its fields), and
the one rule for marking it fuzzy or not, used by the editor's session and pre-translation."""

from __future__ import annotations

from dataclasses import dataclass

import polib

from workbench.catalog.entry_fields import entry_values

STATE_ATTR = "_wb_state"


@dataclass
class EntryState:
    sep: str  # blank lines written before the entry
    raw: str  # the entry's text as read (or as last written)
    snapshot: tuple


def snapshot(entry: polib.POEntry) -> tuple:
    """Every field that ends up in the file, in a form that compares by value."""
    return entry_values(entry)


def state_of(entry: polib.POEntry) -> EntryState | None:
    return entry.__dict__.get(STATE_ATTR)


def remember(entry: polib.POEntry, sep: str, raw: str) -> None:
    entry.__dict__[STATE_ATTR] = EntryState(sep, raw, snapshot(entry))


def is_unchanged(entry: polib.POEntry) -> bool:
    state = state_of(entry)
    return state is not None and state.snapshot == snapshot(entry)


def set_fuzzy(entry: polib.POEntry, fuzzy: bool) -> None:
    """Mark ``entry`` fuzzy, or not. Clearing the mark drops the previous source (``#|``):
    it only means something on a fuzzy entry, and msgmerge drops it too.

    >>> e = polib.POEntry(msgid="New", msgstr="Новый", flags=["fuzzy"], previous_msgid="Old")
    >>> set_fuzzy(e, False); (e.flags, e.previous_msgid)
    ([], None)
    >>> set_fuzzy(e, True); e.flags
    ['fuzzy']
    """
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    elif not fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        entry.previous_msgid_plural = None
        entry.previous_msgctxt = None
