"""What the editing session needs to know about one PO entry: its key, its target, its state."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from workbench.catalog import po_state
from workbench.catalog.stats import entry_status

# (msgctxt, msgid): the identity of an entry, stable when entries are added or reordered on disk.
Key = tuple[str | None, str]


def key_of(entry: polib.POEntry) -> Key:
    return (entry.msgctxt, entry.msgid)


def key_to_text(key: Key) -> str:
    """gettext's own spelling of a key (context EOT msgid), for JSON files."""
    ctxt, msgid = key
    return msgid if ctxt is None else f"{ctxt}\x04{msgid}"


def key_from_text(text: str) -> Key:
    ctxt, sep, msgid = text.partition("\x04")
    return (ctxt, msgid) if sep else (None, text)


def target_of(entry: polib.POEntry) -> str:
    """The text a translator edits. Segment catalogs have no plurals; for a plural entry the
    editor works on the first form and leaves the others as they are."""
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, "")
    return entry.msgstr


def put_target(entry: polib.POEntry, text: str) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural[0] = text
    else:
        entry.msgstr = text


Forms = tuple[str, ...]  # a target's text, one string per plural form (one for most entries)


def targets_of(entry: polib.POEntry, count: int = 1) -> Forms:
    """Every form of an entry's target: ``count`` forms (the catalog's nplurals) for a plural
    entry, however many it has on disk; one for any other."""
    if entry.msgid_plural:
        n = max(count, len(entry.msgstr_plural), 1)
        return tuple(entry.msgstr_plural.get(k, "") for k in range(n))
    return (entry.msgstr,)


def put_targets(entry: polib.POEntry, forms: Forms) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = dict(enumerate(forms))
    else:
        entry.msgstr = forms[0]


set_fuzzy = po_state.set_fuzzy  # the one rule, shared with pre-translation


@dataclass(frozen=True)
class EntryState:
    """The part of an entry a translator changes; what undo restores and merges compare."""

    msgstr: str
    fuzzy: bool
    plural: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, entry: polib.POEntry) -> EntryState:
        plural = tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else ()
        return cls(entry.msgstr, "fuzzy" in entry.flags, plural)

    def apply(self, entry: polib.POEntry) -> None:
        entry.msgstr = self.msgstr
        if entry.msgid_plural:
            entry.msgstr_plural = dict(self.plural)
        set_fuzzy(entry, self.fuzzy)


def status_of(entry: polib.POEntry) -> str:
    return entry_status(entry)


@dataclass(frozen=True)
class Change:
    """One undoable step: entries before and after."""

    label: str
    items: tuple[tuple[Key, EntryState, EntryState], ...]


@dataclass(frozen=True)
class SegmentRow:
    index: int
    number: int
    status: str
    source: str
    target: str
    draft: bool


def states_in(data: bytes | None, path: object) -> dict[Key, EntryState]:
    """Entry states of a catalog's bytes (none for none)."""
    if data is None:
        return {}
    from workbench.catalog import parse_catalog

    return {key_of(e): EntryState.of(e)
            for e in parse_catalog(data, Path(str(path))) if e.msgid}
