"""The editing session against a reference model: random sequences of everything a translator
does (type, confirm, fuzzy, save drafts, undo, redo, revert, reopen after a crash), of what
others do to the file meanwhile (edit it, break it, repair it), and of failing writes (disk
full, read-only), on real catalogs.

After every step: what the session holds as saved is what the model says is on disk (and
it is on disk, read back with polib, not our parser); the drafts are the model's and are in
the journal; nothing confirmed is lost (the model only forgets a confirmed text through undo
or someone else's later change).
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, cast

import polib
from babel.messages.pofile import read_po
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

import workbench.atomic
from workbench.catalog import read_catalog, write_catalog
from workbench.errors import WorkbenchError
from workbench.session import Journal, Session

CATALOGS = sorted((Path(__file__).parents[2] / "data" / "catalogs").glob("real-*.po"))
TEXT = st.text(alphabet="аб ї'x\n.", max_size=6)
KEY = tuple[str | None, str]
# The model's view of an entry: its forms (one for a singular entry) and whether it is fuzzy.
State = tuple[tuple[str, ...], bool]


def state_of(entry: polib.POEntry) -> State:
    forms = (tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
             if entry.msgid_plural else (entry.msgstr,))
    return forms, "fuzzy" in entry.flags


def on_disk(path: Path) -> dict[KEY, State]:
    """The file as Babel reads it: an independent parser (polib loses the \\a escapes)."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    found = {}
    for m in catalog:
        if not m.id:
            continue
        msgid = m.id[0] if isinstance(m.id, (tuple, list)) else m.id
        forms = tuple(m.string) if isinstance(m.string, (tuple, list)) else (m.string,)
        found[(m.context, msgid)] = (forms, m.fuzzy)
    return found


def with_forms(forms: tuple[str, ...], fuzzy: bool) -> State:
    return forms, fuzzy and any(forms)


def merge_differs(base: State, mine: State, theirs: State) -> bool:
    """Whether a field-by-field 3-way merge (the disk winning clashes) leaves anything but
    mine: then the session puts mine back and keeps theirs for undo."""
    return any((m == b and t != b) or (m != b and t not in (b, m))
               for b, m, t in zip(base, mine, theirs, strict=True))


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="wb-session-"))
        self.failure: OSError | None = None  # injected into the next catalog write
        self.good: bytes | None = None  # the file before someone broke it

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    @initialize(source=st.sampled_from(CATALOGS))
    def open_catalog(self, source: Path) -> None:
        self.path = self.tmp / source.name
        shutil.copy(source, self.path)
        self.view = on_disk(self.path)  # what the session holds as saved
        self.disk = dict(self.view)
        self.pending: dict[KEY, State] = {}  # changed on disk by someone else, not merged yet
        self.drafts: dict[KEY, tuple[str, ...]] = {}
        self.undo: list[list[tuple[KEY, State, State]]] = []
        self.redo: list[list[tuple[KEY, State, State]]] = []
        self.session = self._open()

    def _open(self) -> Session:
        session = Session(cast(Any, None), "demo", "uk", read_catalog(self.path),
                          Journal(self.tmp / "journal.json"))
        session.restore_journal()
        return session

    def _key(self, n: int) -> tuple[int, KEY]:
        i = n % len(self.session)
        return i, self.session.key(i)

    def _shown(self, key: KEY) -> tuple[str, ...]:
        return self.drafts.get(key, self.view[key][0])

    # -- the session's writes, as the model expects them --------------------------------------
    def _write(self, call: Any, edits: dict[KEY, State], pending_drafts: dict[KEY, Any],
               undo_items: list[tuple[KEY, State, State]] | None, push: Any) -> None:
        """Run a writing call and check it did what the model says (or failed as it must)."""
        writes = undo_items is None or bool(undo_items)
        old_drafts = dict(self.drafts)
        for key in pending_drafts:
            self.drafts.pop(key, None)
        if not writes:
            call()
            return
        # A broken file always fails. An injected failure fails the write unless a merge
        # with someone else's change left nothing to write.
        must_fail = self.good is not None or (self.failure is not None and not self.pending)
        may_fail = self.failure is not None
        try:
            self._with_failure(call)
        except (WorkbenchError, OSError):
            assert must_fail or may_fail
            self._failed(old_drafts, pending_drafts)
            return
        assert not must_fail, "a write that had to fail reported success"
        self._written(edits, push)

    def _failed(self, old_drafts: dict[KEY, Any], pending_drafts: dict[KEY, Any]) -> None:
        """Nothing written: the session holds what it held, or, if a first attempt merged
        with the file before the write failed, what is on disk now. Either is saved."""
        held = {self.session.key(i): state_of(self.session.entries[i])
                for i in range(len(self.session))}
        if self.pending and held != self.view:
            assert held == self.disk
            self.view, self.pending = dict(self.disk), {}
        self.drafts = old_drafts
        for key, forms in pending_drafts.items():
            if forms != self.view[key][0]:
                self.drafts[key] = forms
            else:
                self.drafts.pop(key, None)

    def _written(self, edits: dict[KEY, State], push: Any) -> None:
        keep_mine = []
        for key, theirs in self.pending.items():
            if key not in edits:
                self.view[key] = theirs
            elif merge_differs(self.view[key], edits[key], theirs):
                keep_mine.append((key, theirs, edits[key]))
        self.view.update(edits)
        push()
        if keep_mine:
            self.undo.append(keep_mine)
        self.disk, self.pending = dict(self.view), {}
        for key in edits:
            if self.drafts.get(key) == self.view[key][0]:
                del self.drafts[key]

    def _with_failure(self, call: Any) -> Any:
        if self.failure is None:
            return call()
        failure, original = self.failure, workbench.atomic._write_temporary

        def failing(path: Path, data: bytes) -> str:
            if path.suffix == ".po":
                raise failure
            return original(path, data)

        workbench.atomic._write_temporary = failing  # type: ignore[assignment]
        try:
            return call()
        finally:
            workbench.atomic._write_temporary = original  # type: ignore[assignment]
            self.failure = None

    def _commit(self, call: Any, edits: dict[KEY, State], texts: dict[KEY, Any]) -> None:
        items = [(k, self.view[k], s) for k, s in edits.items() if s != self.view[k]]

        def push() -> None:
            self.undo.append(items)
            self.redo.clear()

        self._write(call, edits, texts, items, push)

    # -- what the translator does ---------------------------------------------------------------
    @rule(n=st.integers(0, 10**6), text=TEXT, form=st.integers(0, 5))
    def type_text(self, n: int, text: str, form: int) -> None:
        i, key = self._key(n)
        forms = list(self._shown(key))
        form %= len(forms)
        forms[form] = text
        assert self.session.set_target(i, text, form=form, seen=self.session.revision(i))
        if tuple(forms) == self.view[key][0]:
            self.drafts.pop(key, None)
        else:
            self.drafts[key] = tuple(forms)

    @rule(n=st.integers(0, 10**6))
    def type_over_a_stale_view(self, n: int) -> None:
        i, key = self._key(n)
        assert not self.session.set_target(i, "stale", seen=self.session.revision(i) - 1)

    @rule(n=st.integers(0, 10**6))
    def confirm(self, n: int) -> None:
        i, key = self._key(n)
        forms = self._shown(key)
        self._commit(lambda: self.session.confirm(i), {key: with_forms(forms, False)},
                     {key: forms})

    @rule(n=st.integers(0, 10**6))
    def toggle_fuzzy(self, n: int) -> None:
        i, key = self._key(n)
        forms, fuzzy = self._shown(key), not self.view[key][1]
        self._commit(lambda: self.session.toggle_fuzzy(i), {key: with_forms(forms, fuzzy)},
                     {key: forms})

    @rule()
    def save_drafts(self) -> None:
        edits = {k: with_forms(f, True) for k, f in self.drafts.items()}
        self._commit(self.session.save, edits, dict(self.drafts))

    @rule(n=st.integers(0, 10**6))
    def revert(self, n: int) -> None:
        i, key = self._key(n)
        assert self.session.revert(i) == (self.drafts.pop(key, None) is not None)

    @precondition(lambda self: bool(self.undo))
    @rule()
    def undo(self) -> None:
        self._step_back(self.session.undo, self.undo, self.redo, before=True)

    @precondition(lambda self: bool(self.redo))
    @rule()
    def redo(self) -> None:
        self._step_back(self.session.redo, self.redo, self.undo, before=False)

    def _step_back(self, call: Any, source: list[Any], target: list[Any], *, before: bool) -> None:
        change = source[-1]
        edits = {k: (old if before else new) for k, old, new in change}

        def push() -> None:
            target.append(source.pop())

        self._write(call, edits, {}, None, push)

    @precondition(lambda self: self.good is None)
    @rule()
    def crash_and_reopen(self) -> None:
        self.session = self._open()
        self.view = on_disk(self.path)
        self.disk = dict(self.view)
        self.pending, self.undo, self.redo = {}, [], []
        self.drafts = {k: f for k, f in self.drafts.items() if f != self.view[k][0]}

    # -- what happens to the file meanwhile -----------------------------------------------------
    @precondition(lambda self: self.good is None)
    @rule(n=st.integers(0, 10**6), text=TEXT, fuzzy=st.booleans())
    def someone_else_edits(self, n: int, text: str, fuzzy: bool) -> None:
        _, key = self._key(n)
        other = read_catalog(self.path)
        entry = next(e for e in other if (e.msgctxt, e.msgid) == key and not e.obsolete)
        if entry.msgid_plural:
            entry.msgstr_plural[0] = text
        else:
            entry.msgstr = text
        if fuzzy and "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        elif not fuzzy and "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        write_catalog(other)
        self.disk[key] = state_of(entry)
        self.pending = {k: s for k, s in self.disk.items() if s != self.view[k]}

    @precondition(lambda self: self.good is None)
    @rule()
    def someone_breaks_the_file(self) -> None:
        self.good = self.path.read_bytes()
        self.path.write_bytes(self.good + b'\nmsgid "broken\n')

    @precondition(lambda self: self.good is not None)
    @rule()
    def the_file_is_repaired(self) -> None:
        assert self.good is not None
        self.path.write_bytes(self.good)
        self.good = None

    @rule(kind=st.sampled_from([errno.ENOSPC, errno.EROFS, errno.EACCES]))
    def next_write_fails(self, kind: int) -> None:
        self.failure = OSError(kind, "injected", str(self.path))

    # -- after every step -----------------------------------------------------------------------
    @invariant()
    def saved_is_on_disk_and_drafts_are_kept(self) -> None:
        if not hasattr(self, "session"):
            return
        s = self.session
        held = {s.key(i): state_of(s.entries[i]) for i in range(len(s))}
        assert held == self.view
        assert s.drafts == self.drafts
        if self.good is None:
            assert on_disk(self.path) == self.disk
            if not self.pending:
                assert self.disk == held
        s.flush_journal()
        assert s.journal.load().drafts == self.drafts
        assert s.can_undo() == bool(self.undo) and s.can_redo() == bool(self.redo)


SessionMachine.TestCase.settings = settings(
    # A few seconds in the suite; WB_MACHINE_EXAMPLES=500 for a long hunt.
    max_examples=int(os.environ.get("WB_MACHINE_EXAMPLES", "20")), stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_session_machine = SessionMachine.TestCase
