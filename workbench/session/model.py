"""The editing session: one catalog for one (statement, language), as a translator works on it.

Headless on purpose: the terminal editor is one front end, a script is another. Segments are
addressed by index (0-based) in catalog order; ``number`` = index + 1 is what people see.

- A *draft* is text typed but not saved. Drafts live in the autosave journal, never in the PO.
- ``confirm`` writes the segment as translated (not fuzzy) at once; ``save`` writes every draft
  as fuzzy, so unreviewed text reaches the file but is marked for review.
- Every write is atomic and merged with changes made on disk by someone else (see saving.py).
- Undo/redo work on whole segment changes (confirm, fuzzy toggle, save); each is written too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import polib

from workbench.catalog import Catalog
from workbench.catalog.stats import CatalogStats, catalog_stats
from workbench.checks.accept import accept, is_accepted, unaccept
from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.session import navigation
from workbench.session.entries import (
    Change,
    EntryState,
    Forms,
    Key,
    SegmentRow,
    key_of,
    put_targets,
    set_fuzzy,
    status_of,
    targets_of,
)
from workbench.session.journal import Journal
from workbench.session.opening import load_or_create
from workbench.session.plurals import PluralForm, form_names, nplurals
from workbench.session.rollback import Snapshot
from workbench.session.saving import SaveOutcome, persist
from workbench.session.translator import find_translator


class Session:
    def __init__(self, project: Project, slug: str, lang: str, catalog: Catalog,
                 journal: Journal) -> None:
        self.project, self.slug, self.lang = project, slug, lang
        self.catalog = catalog
        self.journal = journal
        self.drafts: dict[Key, Forms] = {}
        self.restored = 0  # drafts replayed from the journal at open
        self.current: Key | None = None  # last position, from the journal
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._dirty: dict[Key, EntryState] = {}  # changed since the last write -> state then
        self._revisions: dict[Key, int] = {}
        self.translator: str | None = None  # written as Last-Translator with each save
        self._journal_dirty = False
        self._reindex()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, project: Project, slug: str, lang: str, *, restore: bool = True) -> Session:
        statement = project.statement(slug)
        if lang not in project.target_languages(statement):
            known = ", ".join(project.target_languages(statement)) or "none"
            raise WorkbenchError(f"{lang!r} is not a target language of {slug}",
                                 hint=f"targets: {known}")
        catalog = load_or_create(project, slug, lang)
        session = cls(project, slug, lang, catalog,
                      Journal.for_catalog(project.cache_dir, lang, slug))
        session.translator = find_translator(project.root)
        if restore:
            session.restore_journal()
        return session

    def restore_journal(self) -> None:
        """Take back the drafts the journal holds (those still differing from the catalog)."""
        data = self.journal.load()
        for key, forms in data.drafts.items():
            i = self._index.get(key)
            if i is not None and forms != self.saved_targets(i):
                self.drafts[key] = forms
        self.restored = len(self.drafts)
        self._journal_dirty = len(data.drafts) != self.restored  # drop what is saved now
        self.current = data.current if data.current in self._index else None

    def _reindex(self) -> None:
        self.entries: list[polib.POEntry] = [
            e for e in self.catalog if e.msgid and not e.obsolete]
        self._index: dict[Key, int] = {key_of(e): i for i, e in enumerate(self.entries)}
        self.nplurals = nplurals(self.catalog.metadata.get("Plural-Forms"))

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    @property
    def path(self) -> Path:
        return Path(self.catalog.path)  # type: ignore[arg-type]

    def index_of(self, key: Key) -> int | None:
        return self._index.get(key)

    def key(self, i: int) -> Key:
        return key_of(self.entries[i])

    def source(self, i: int) -> str:
        return self.entries[i].msgid

    def saved_target(self, i: int) -> str:
        return self.saved_targets(i)[0]

    def saved_targets(self, i: int) -> Forms:
        return targets_of(self.entries[i], self.nplurals)

    def target(self, i: int) -> str:
        """What the translator sees (the first form): the draft if any, else the saved text."""
        return self.targets(i)[0]

    def targets(self, i: int) -> Forms:
        """Every form the translator sees: one, or one per plural form of a plural entry."""
        return self.drafts.get(self.key(i)) or self.saved_targets(i)

    def is_plural(self, i: int) -> bool:
        return bool(self.entries[i].msgid_plural)

    def plural_forms(self) -> list[PluralForm]:
        """The catalog's plural forms, named for its language (one / few / many…)."""
        return form_names(self.catalog.metadata.get("Plural-Forms"), self.lang)

    def status(self, i: int) -> str:
        return status_of(self.entries[i])

    def has_draft(self, i: int) -> bool:
        return self.key(i) in self.drafts

    def needs_work(self, i: int) -> bool:
        return self.status(i) != "translated" or self.has_draft(i)

    def row(self, i: int) -> SegmentRow:
        return SegmentRow(i, i + 1, self.status(i), self.source(i), self.target(i),
                          self.has_draft(i))

    def rows(self) -> Iterator[SegmentRow]:
        return (self.row(i) for i in range(len(self.entries)))

    def stats(self) -> CatalogStats:
        return catalog_stats(self.catalog)

    def start_index(self) -> int:
        """Where to open: the journal's last position, else the first segment needing work."""
        if self.current is not None and self.current in self._index:
            return self._index[self.current]
        found = self.next_needing_work(-1, wrap=False)
        return found if found is not None else 0

    def next_needing_work(self, start: int, step: int = 1, *, wrap: bool = True) -> int | None:
        """The next segment after ``start`` (before it, with step=-1) that needs work."""
        return navigation.step(self, range(len(self)), start, step, needing=True, wrap=wrap)

    def step(self, order: Sequence[int], start: int, step: int = 1, *,
             needing: bool = False) -> int | None:
        """The next index in ``order`` (the segments a filter shows) after ``start``;
        with ``needing``, the next that needs work, wrapping round."""
        return navigation.step(self, order, start, step, needing=needing, wrap=needing)

    def matching(self, status: str = "all", text: str = "",
                 only: set[int] | None = None) -> list[int]:
        """Indexes kept by a filter: a status from FILTERS, a text (in source or target,
        case-insensitive), and optionally a set of indexes (e.g. those with QA findings)."""
        return navigation.matching(self, status, text, only)

    # -- editing ---------------------------------------------------------------------------
    def revision(self, i: int) -> int:
        """How many times entry ``i``'s saved state changed in this session. A view shows
        a segment at one revision; text typed over an older one is refused (set_target)."""
        return self._revisions.get(self.key(i), 0)

    def saved_state(self, i: int) -> EntryState:
        return EntryState.of(self.entries[i])

    def set_target(self, i: int, text: str, *, form: int = 0, seen: int | None = None) -> bool:
        """Record typed text as a draft (journaled, not yet in the catalog). ``seen`` is the
        revision the typist was shown; if the entry changed since (undo, redo, a merge),
        the text is stale and refused: returns False and changes nothing."""
        if seen is not None and seen != self.revision(i):
            return False
        key = self.key(i)
        forms = list(self.targets(i))
        forms[form] = text
        if tuple(forms) == self.saved_targets(i):
            changed = self.drafts.pop(key, None) is not None
        else:
            changed = self.drafts.get(key) != tuple(forms)
            self.drafts[key] = tuple(forms)
        self.current = key
        self._journal_dirty = self._journal_dirty or changed
        return True

    def revert(self, i: int) -> bool:
        """Drop the draft of segment ``i`` (the translator asked to): back to the saved text."""
        dropped = self.drafts.pop(self.key(i), None) is not None
        self._journal_dirty = self._journal_dirty or dropped
        return dropped

    def confirm(self, i: int, text: str | Forms | None = None) -> SaveOutcome:
        """The segment is done: its text goes into the catalog, not fuzzy, written at once.
        ``text``: the first form's (the others as shown), or every form; default as shown."""
        return self._commit("confirm", [(i, self._forms(i, text), False)])

    def toggle_fuzzy(self, i: int, text: str | Forms | None = None) -> SaveOutcome:
        fuzzy = "fuzzy" not in self.entries[i].flags
        return self._commit("fuzzy", [(i, self._forms(i, text), fuzzy)])

    def _forms(self, i: int, text: str | Forms | None) -> Forms:
        if text is None:
            return self.targets(i)
        if isinstance(text, str):
            return (text, *self.targets(i)[1:])
        return tuple(text)

    def save(self) -> SaveOutcome:
        """Write every draft into the catalog, marked fuzzy (typed but not confirmed)."""
        edits = [(self._index[k], f, True) for k, f in self.drafts.items() if k in self._index]
        return self._commit("save", edits)

    def comment(self, i: int) -> str:
        """The translator comment (``#``) of segment ``i``."""
        return self.entries[i].tcomment or ""

    def set_comment(self, i: int, text: str) -> SaveOutcome:
        """Write the translator comment, at once. Merged field by field with the file (a
        comment changed there too keeps theirs); not on the undo stack of segment changes."""
        entry, text = self.entries[i], text.strip("\n")
        old = entry.tcomment or ""

        def apply() -> bool:
            if old == text:
                return False
            entry.tcomment = text
            return True

        try:
            return self._transaction(apply, {})
        except BaseException:
            if self.index_of(key_of(entry)) is not None and self.entries[i] is entry:
                entry.tcomment = old  # not merged before failing: as on disk again
            raise

    def toggle_accepted(self, i: int, check: str) -> tuple[bool, SaveOutcome]:
        """Accept a QA finding of ``check`` on segment ``i`` (the ``# workbench-accept:``
        comment), or take the acceptance back. Returns whether it is accepted now."""
        probe = polib.POEntry(msgid=self.source(i), tcomment=self.comment(i))
        accepted = not is_accepted(probe, check)
        (accept if accepted else unaccept)(probe, check)
        return accepted, self.set_comment(i, probe.tcomment)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> tuple[int | None, SaveOutcome | None]:
        """Revert the last segment change; returns the index it touched and the save outcome."""
        if not self._undo:
            return None, None
        return self._restore(self._undo, self._redo, before=True)

    def redo(self) -> tuple[int | None, SaveOutcome | None]:
        if not self._redo:
            return None, None
        return self._restore(self._redo, self._undo, before=False)

    def _restore(self, source: list[Change], target: list[Change], *,
                 before: bool) -> tuple[int | None, SaveOutcome]:
        change = source[-1]

        def apply() -> bool:
            source.pop()
            target.append(change)
            for key, old, new in change.items:
                i = self._index.get(key)
                if i is not None:
                    self._mark_dirty(key, i)
                    (old if before else new).apply(self.entries[i])
                    self._drop_draft_if_saved(key, i)
            return True

        outcome = self._transaction(apply, {})
        first = self._index.get(change.items[0][0]) if change.items else None
        return first, outcome

    def _drop_draft_if_saved(self, key: Key, i: int) -> None:
        """A draft stays a draft unless it is now exactly the saved text (never dropped
        silently: undo of a segment change keeps what was typed over it)."""
        if self.drafts.get(key) == self.saved_targets(i):
            del self.drafts[key]
            self._journal_dirty = True

    def _commit(self, label: str, edits: list[tuple[int, Forms, bool]]) -> SaveOutcome:
        def apply() -> bool:
            items = []
            for i, forms, fuzzy in edits:
                entry, key = self.entries[i], self.key(i)
                before = EntryState.of(entry)
                self._mark_dirty(key, i)
                put_targets(entry, forms)
                set_fuzzy(entry, fuzzy and any(forms))
                if self.drafts.pop(key, None) is not None:
                    self._journal_dirty = True
                if EntryState.of(entry) != before:
                    items.append((key, before, EntryState.of(entry)))
            if not items:  # e.g. Enter on a segment already done: no write, no date change
                return False
            self._undo.append(Change(label, tuple(items)))
            self._redo.clear()
            return True

        # What the translator meant, kept as drafts if the write fails.
        pending = {self.key(i): forms for i, forms, _ in edits}
        return self._transaction(apply, pending)

    def _mark_dirty(self, key: Key, i: int) -> None:
        self._dirty.setdefault(key, EntryState.of(self.entries[i]))

    def _transaction(self, apply: Callable[[], bool], pending: dict[Key, Forms]) -> SaveOutcome:
        """Change entries in memory with ``apply`` and write them. All or nothing: if the write
        fails, the entries are as on disk again, ``pending`` texts are drafts, the undo
        history is as it was, and the error is raised. So what the session holds as saved
        is always what it last read or wrote."""
        snapshot = Snapshot(self)
        try:
            if not apply():
                self._dirty.clear()
                self.flush_journal()
                return SaveOutcome(self.path)
            self.catalog.metadata["PO-Revision-Date"] = _now_stamp()
            if self.translator:
                self.catalog.metadata["Last-Translator"] = self.translator
            return self._write()
        except BaseException:
            snapshot.roll_back(self, pending)
            raise
        finally:
            self._dirty.clear()
            self._bump_revisions(snapshot.states)

    def _bump_revisions(self, before: dict[Key, EntryState]) -> None:
        for e in self.entries:
            key = key_of(e)
            if before.get(key) != EntryState.of(e):
                self._revisions[key] = self._revisions.get(key, 0) + 1

    def _write(self) -> SaveOutcome:
        catalog, outcome = persist(self.catalog, self._dirty)
        if catalog is not self.catalog or outcome.reloaded:
            self.catalog = catalog
            self._reindex()
            gone = [k for k in self.drafts if k not in self._index]
            outcome.lost += [f"{k[1]} (your draft: {self.drafts.pop(k)[0]})" for k in gone]
        kept = [(key, theirs, EntryState.of(self.entries[self._index[key]]))
                for key, theirs in outcome.overridden if key in self._index]
        if kept:  # undo brings back the other side's version
            self._undo.append(Change("keep mine", tuple(kept)))
        self._journal_dirty = True
        self.flush_journal()
        return outcome

    def reload(self) -> bool:
        """Take in what another writer of ours changed on disk (a project-wide replace): the
        entries as on disk, drafts kept, undo history dropped (it would write over those
        texts). Returns whether any entry changed."""
        before = {key_of(e): EntryState.of(e) for e in self.entries}
        self.catalog = load_or_create(self.project, self.slug, self.lang)
        self._reindex()
        changed = any(before.get(key_of(e)) != EntryState.of(e) for e in self.entries)
        if changed:
            self._undo.clear()
            self._redo.clear()
        self._bump_revisions(before)
        return changed

    # -- journal ---------------------------------------------------------------------------
    def flush_journal(self, current: int | None = None) -> bool:
        """Write the journal if drafts changed since the last flush. Returns whether it wrote."""
        if current is not None and 0 <= current < len(self.entries):
            self.current = self.key(current)
        if not self._journal_dirty:
            return False
        self.journal.write(self.drafts, self.current)
        self._journal_dirty = False
        return True


def _now_stamp() -> str:
    from workbench.catalog.template import now_stamp

    return now_stamp()
