"""The editor with spelling, review mode, merge conflicts and the shared TM's background sync
(issues 13, 14, 15) composed over EditorScreen: the app opens this one. Each feature's core
is headless (workbench.spelling, catalog.review/conflicts, tm.shared); the glue is in
editor_spelling.py, editor_review.py and services/."""

from __future__ import annotations

import dataclasses
from typing import Any

from textual import work
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.worker import get_current_worker

from workbench.catalog import conflicts
from workbench.session import SaveOutcome, SegmentRow, Session
from workbench.tui.screens.editor import EditorScreen, about_entry
from workbench.tui.screens.editor_actions import in_order
from workbench.tui.screens.editor_keys import EDITOR_BINDINGS
from workbench.tui.screens.editor_review import ReviewActions
from workbench.tui.screens.editor_spelling import SpellingActions
from workbench.tui.screens.replace import ReplaceDialog
from workbench.tui.services import review_desk
from workbench.tui.services.assist import Assistant
from workbench.tui.services.pivot import Pivot
from workbench.tui.services.shared_sync import CONFIRM_DELAY, SharedSync
from workbench.tui.services.spelling_assist import Speller
from workbench.tui.widgets.editor.panels import ContextPanel

EXTRA_BINDINGS: list[BindingType] = [
    Binding("f7", "spelling", "Spelling", show=False, priority=True,
            tooltip="Suggestions for the word at the cursor; Enter replaces it"),
    Binding("alt+w", "add_word", "Add word", show=False, priority=True,
            tooltip="Add the word at the cursor to the project's words (spelling/<lang>.txt)"),
    Binding("f5", "approve", "Approve", show=False, priority=True,
            tooltip="Review: approve (sign off) the segment as saved, then the next to review"),
    Binding("shift+f5,alt+r", "reject", "Reject", show=False, priority=True,
            tooltip="Review: reject back to fuzzy with a note for the translator"),
    Binding("alt+n", "review_next", "Next to review", show=False, priority=True,
            tooltip="Review: next segment not signed off (or whose sign-off went stale)"),
    Binding("alt+o", "take_other_side", "Other side", show=False, priority=True,
            tooltip="Merge conflict: put the other side in the target (again: the kept side)"),
    Binding("ctrl+r", "replace", "Replace", show=False, priority=True,
            tooltip="Find and replace in every catalog's translations: preview, apply, undo"),
]
EXTRA_TITLES = {
    "spelling": "Spelling suggestions", "add_word": "Add word to the project's words",
    "approve": "Review: approve segment", "reject": "Review: reject segment",
    "review_next": "Review: next to review", "take_other_side": "Merge conflict: other side",
    "replace": "Find and replace, project-wide",
}
ALL_BINDINGS = [*EDITOR_BINDINGS, *EXTRA_BINDINGS]


class IntegratedEditor(SpellingActions, ReviewActions, EditorScreen):
    BINDINGS = ALL_BINDINGS

    def __init__(self, session: Session, assistant: Assistant, pivot: Pivot, *,
                 review: bool = False, shared: SharedSync | None = None) -> None:
        super().__init__(session, assistant, pivot)
        self.review_mode = review
        self.speller = Speller(session.project, session.lang)
        self.shared = shared if shared is not None else SharedSync(session.project)
        self.diff_note: tuple[int, str] | None = None  # (segment, what a stale sign-off approved)
        self._sync_timer: Timer | None = None
        self._confirming = False
        if review and len(session):
            start = review_desk.next_to_review(session, self.index - 1)
            self.index = start if start is not None else self.index

    def on_mount(self) -> None:
        super().on_mount()
        self.spelling_preload_worker()
        if self.shared.enabled:
            self.start_sync()

    # -- keys in the palette and help ------------------------------------------------------------
    def palette_commands(self) -> list[tuple[str, str, Any]]:
        cmds = super().palette_commands()
        for b in EXTRA_BINDINGS:
            assert isinstance(b, Binding)
            cmds.append((EXTRA_TITLES[b.action], f"{b.tooltip} ({b.key.replace(',', ' or ')})",
                         getattr(self, f"action_{b.action}")))
        return cmds

    # -- project-wide find and replace: the files change on disk, the session takes them in ----
    def action_replace(self) -> None:
        self.app.push_screen(ReplaceDialog(self.session.project), self.replaced)

    def replaced(self, changed: bool | None) -> None:
        if not changed or not self.session.reload():
            return
        self.findings, self.scores = {}, {}
        self.refill_list()
        self.resync_target()
        if self.helpers_ready:
            self.assisting.catalog_check_worker(self.session.catalog)
        self.stats = self.session.stats()
        self.update_status()

    # -- the list and status line show review state and conflicts -----------------------------
    def row_of(self, i: int) -> SegmentRow:
        row = self.session.row(i)
        entry = self.session.entries[i]
        if row.draft:
            return row
        if conflicts.has_conflict(entry):
            return dataclasses.replace(row, status="conflict")
        state = review_desk.state_of(entry)
        if state in ("reviewed", "stale", "rejected") and (state != "reviewed" or
                                                           row.status == "translated"):
            return dataclasses.replace(row, status=state)
        return row

    def refill_list(self, indexes: list[int] | None = None) -> None:
        indexes = self.visible_indexes() if indexes is None else indexes
        cells = {i: (len(self.findings.get(i, ())), self.scores.get(i)) for i in indexes}
        self.segments.fill([self.row_of(i) for i in indexes], cells)
        self.segments.show_index(self.index)

    def refresh_row(self, index: int) -> None:
        self.segments.update_segment(self.row_of(index), len(self.findings.get(index, ())),
                                     self.scores.get(index))

    def update_status(self) -> None:
        note = self.saved_note
        extras = [x for x in (self.review_status(), self.shared.status) if x]
        self.saved_note = " · ".join([*extras, note] if note else extras)
        try:
            super().update_status()
        finally:
            self.saved_note = note

    def show_context(self) -> None:
        i, s = self.index, self.session
        before = (i, s.source(i - 1), s.target(i - 1)) if i > 0 else None
        after = (i + 2, s.source(i + 1), s.target(i + 1)) if i + 1 < len(s) else None
        about: list[Any] = [*self.review_details(), *about_entry(s.entries[i])]
        if self.diff_note and self.diff_note[0] == i:
            about.insert(0, ("approved before", self.diff_note[1]))
        self.query_one(ContextPanel).show(before, after, about)
        if self.diff_note is None or self.diff_note[0] != i:
            self.diff_note = None
            if review_desk.review.is_stale(s.entries[i]):
                self.stale_diff_worker(i, s.path, s.entries[i], s.targets(i))

    @work(thread=True, exclusive=True, group="review-diff", exit_on_error=False)
    def stale_diff_worker(self, i: int, path: Any, entry: Any, current: tuple[str, ...]) -> None:
        approved = review_desk.previous_approved_at(path, entry)
        if approved is None or get_current_worker().is_cancelled:
            return
        diff = "".join(text if op == "equal" else f"[-{text}-]" if op == "delete" else
                       f"{{+{text}+}}" for old, new in zip(approved, current, strict=False)
                       for op, text in review_desk.word_diff(old, new))
        self.app.call_from_thread(self._show_diff, i, diff)

    def _show_diff(self, i: int, diff: str) -> None:
        if i == self.index:
            self.diff_note = (i, diff)
            self.show_context()

    # -- confirm: clears a resolved conflict; schedules the shared sync -------------------------
    @in_order
    def action_confirm(self) -> None:
        key = self.session.key(self.index) if len(self.session) else None
        confirm = getattr(EditorScreen.action_confirm, "__wrapped__", EditorScreen.action_confirm)
        self._confirming = True  # confirming is how a conflict is resolved: not an error here
        try:
            confirm(self)
        finally:
            self._confirming = False
        if key is not None:
            self.clear_conflict_if_done(key)

    def errors_in(self, index: int) -> list[Any]:
        errors = super().errors_in(index)
        if self._confirming:
            return [f for f in errors if getattr(f, "check", "") != "merge-conflict"]
        return errors

    def after_save(self, outcome: SaveOutcome | None, done: str) -> None:
        super().after_save(outcome, done)
        if outcome is not None and self.shared.enabled:
            if self._sync_timer is not None:
                self._sync_timer.stop()
            self._sync_timer = self.set_timer(CONFIRM_DELAY, self.start_sync)

    # -- shared memory -------------------------------------------------------------------------
    def start_sync(self) -> None:
        self.shared.status = "TM syncing…"
        self.update_status()
        self.sync_worker()

    @work(thread=True, exclusive=True, group="shared-sync", exit_on_error=False)
    def sync_worker(self) -> None:
        worker = get_current_worker()
        self.shared.run(lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.sync_done)

    def sync_done(self) -> None:
        self.update_status()
        if self.shared.pulled:  # pulled units: the TM takes them in, as after a save
            self.assisting.refresh_tm_worker()
