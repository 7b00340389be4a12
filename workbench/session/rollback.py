"""Putting a session back as it was when a write fails: entries as on disk, drafts kept,
the undo history untouched. Part of the session (it reads its private state)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from workbench.catalog import Catalog, parse_catalog
from workbench.session.entries import EntryState, Forms, Key, key_of, states_in

if TYPE_CHECKING:
    from workbench.session.model import Session


class Snapshot:
    """The session before a transaction, to put back if its write fails."""

    def __init__(self, session: Session) -> None:
        self.undo, self.redo = list(session._undo), list(session._redo)
        self.drafts = dict(session.drafts)
        self.metadata = dict(session.catalog.metadata)
        self.base = getattr(session.catalog, "base_bytes", None)
        self.states = {key_of(e): EntryState.of(e) for e in session.entries}

    def roll_back(self, session: Session, pending: dict[Key, Forms]) -> None:
        """Entries as on disk (the catalog's base), drafts kept, history as it was."""
        session._undo[:], session._redo[:] = self.undo, self.redo
        catalog = session.catalog
        base = getattr(catalog, "base_bytes", None)
        if base is not None and base is not self.base:
            # a first attempt merged with the disk before a later one failed
            session._reindex()
            on_disk = _states_on_disk(catalog)
            catalog.metadata = dict(parse_catalog(base, session.path).metadata)
        else:
            on_disk, catalog.metadata = {}, self.metadata
        for key in set(session._dirty) | set(pending):
            i = session.index_of(key)
            state = on_disk.get(key, session._dirty.get(key))
            if i is not None and state is not None:
                state.apply(session.entries[i])
        session.drafts = dict(self.drafts)
        for key, forms in pending.items():
            i = session.index_of(key)
            if i is not None and forms != session.saved_targets(i):
                session.drafts[key] = forms
            elif i is not None:  # the disk holds this text already (merged before failing)
                session.drafts.pop(key, None)
        session._journal_dirty = True
        with contextlib.suppress(OSError):  # the write error is the one to report; retried later
            session.flush_journal()


def _states_on_disk(catalog: Catalog) -> dict[Key, EntryState]:
    """Entry states in the bytes last read or written (the catalog's base)."""
    return states_in(getattr(catalog, "base_bytes", None), catalog.path)
