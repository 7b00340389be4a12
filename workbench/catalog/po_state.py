"""What an entry looked like when read: its raw text and a snapshot of its fields."""

from __future__ import annotations

from dataclasses import dataclass

import polib

STATE_ATTR = "_wb_state"


@dataclass
class EntryState:
    sep: str  # blank lines written before the entry
    raw: str  # the entry's text as read (or as last written)
    snapshot: tuple


def snapshot(entry: polib.POEntry) -> tuple:
    """Every field that ends up in the file, in a form that compares by value."""
    return (
        entry.msgid,
        entry.msgstr,
        entry.msgid_plural,
        tuple(sorted((str(k), v) for k, v in (entry.msgstr_plural or {}).items())),
        entry.msgctxt,
        bool(entry.obsolete),
        entry.tcomment,
        entry.comment,
        tuple(tuple(o) if isinstance(o, (tuple, list)) else (o,) for o in entry.occurrences or ()),
        tuple(entry.flags or ()),
        entry.previous_msgctxt,
        entry.previous_msgid,
        entry.previous_msgid_plural,
    )


def state_of(entry: polib.POEntry) -> EntryState | None:
    return entry.__dict__.get(STATE_ATTR)


def remember(entry: polib.POEntry, sep: str, raw: str) -> None:
    entry.__dict__[STATE_ATTR] = EntryState(sep, raw, snapshot(entry))


def is_unchanged(entry: polib.POEntry) -> bool:
    state = state_of(entry)
    return state is not None and state.snapshot == snapshot(entry)
