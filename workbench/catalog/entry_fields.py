"""The fields of a PO entry, named once: what a snapshot compares and what a merge merges."""

from __future__ import annotations

from collections.abc import Hashable

import polib

KEY_FIELDS = ("msgctxt", "msgid")
# Everything else that ends up in the file. ``flags`` merge as a set, the others as values.
VALUE_FIELDS = ("msgid_plural", "msgstr", "msgstr_plural", "obsolete", "tcomment", "comment",
                "occurrences", "previous_msgctxt", "previous_msgid", "previous_msgid_plural")
ENTRY_FIELDS = (*KEY_FIELDS, *VALUE_FIELDS, "flags")


def field_value(entry: polib.POEntry, name: str) -> Hashable:
    """A field in a form that compares by value (plural keys as ints, lists as tuples)."""
    value = getattr(entry, name)
    if name == "msgstr_plural":
        return tuple(sorted((int(k), v) for k, v in (value or {}).items()))
    if name == "occurrences":
        return tuple(tuple(o) if isinstance(o, (tuple, list)) else (o,) for o in value or ())
    if name == "flags":
        return tuple(value or ())
    return bool(value) if name == "obsolete" else value


def entry_values(entry: polib.POEntry) -> tuple[Hashable, ...]:
    """Every field that ends up in the file, comparable by value: ``field_value`` of each of
    ENTRY_FIELDS, in that order, spelled out because every read snapshots every entry.

    >>> e = polib.POEntry(msgid="a", msgstr="b", flags=["fuzzy"])
    >>> entry_values(e) == tuple(field_value(e, name) for name in ENTRY_FIELDS)
    True
    """
    plural = entry.msgstr_plural
    return (
        entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr,
        tuple(sorted((int(k), v) for k, v in plural.items())) if plural else (),
        bool(entry.obsolete), entry.tcomment, entry.comment,
        tuple(tuple(o) if isinstance(o, (tuple, list)) else (o,) for o in entry.occurrences or ()),
        entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural,
        tuple(entry.flags or ()),
    )
