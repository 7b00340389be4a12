"""What an entry looked like when read: its raw text and a snapshot of its fields."""

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
