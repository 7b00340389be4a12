"""The editor: segment list, source, target and side panels for one catalog.

Data flows down (the screen tells each widget what to show) and events come up as messages
(SegmentChosen, ConfirmRequested, Assisted…). Slow work runs in thread workers that
post their results back; a result for a segment the translator already left is dropped.
The actions (keys and palette) live in editor_actions.py, the background work in the
composed controller of editor_assist.py (``self.assisting``).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from workbench.session import SaveOutcome, Session
from workbench.tui.screens.editor_actions import EditorActions
from workbench.tui.screens.editor_assist import Assisted, Assisting
from workbench.tui.screens.editor_keys import EDITOR_BINDINGS
from workbench.tui.screens.editor_notes import EntryNotes
from workbench.tui.services.assist import Assistant, Lookup
from workbench.tui.services.overview import statement_title
from workbench.tui.services.pivot import Pivot
from workbench.tui.widgets.editor.bars import PANELS, PanelTabs, StatusLine
from workbench.tui.widgets.editor.layout import box_heights
from workbench.tui.widgets.editor.panels import (
    ContextPanel,
    FindingsPanel,
    MatchList,
    PivotPanel,
    TermsPanel,
    about_entry,
)
from workbench.tui.widgets.editor.segment_list import SegmentHeader, SegmentList
from workbench.tui.widgets.editor.source_view import SourceView
from workbench.tui.widgets.editor.target_area import TargetArea
from workbench.tui.widgets.editor.target_forms import TargetForms

JOURNAL_DELAY = 0.4  # seconds of quiet typing before the journal is written
QA_DELAY = 0.3
TM_REFRESH_DELAY = 2.0  # seconds after the last save
TM_POLL = 20.0  # seconds between looks for memory changes made outside the editor


class EditorScreen(EditorActions, Screen[None]):
    CSS_PATH = "../editor.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = EDITOR_BINDINGS
    index: int  # the segment being edited (the mixin reads it too)
    helpers_ready: bool
    assisting: Assisting

    def __init__(self, session: Session, assistant: Assistant, pivot: Pivot) -> None:
        super().__init__()
        self.session, self.assist, self.pivot = session, assistant, pivot
        self.index = session.start_index()
        self.shown_revision = 0  # the session's revision of the segment in the text area
        self.warned_error: tuple[int, tuple[str, ...]] | None = None  # (segment, text) Enter was warned on
        self.statement_title = statement_title(session.project.statement(session.slug))
        self.notes = EntryNotes(self)
        self.assisting = Assisting(self)  # lookups, checks, helpers loading: in workers
        self.filter_status: str = "all"
        self.filter_text: str = ""
        self.findings: dict[int, list[Any]] = {}
        self.scores: dict[int, float] = {}
        self.lookup: Lookup | None = None
        self.stats = session.stats()  # recounted after each write
        self.lookup_index: int | None = None  # the segment the TM and glossary panels show
        self.panel = "tm"
        self.saved_note = ""
        self.helpers_ready = False
        self._journal_timer: Timer | None = None
        self._qa_timer: Timer | None = None
        self._tm_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            with Vertical(id="work"):
                yield SegmentHeader(id="segments-head")
                yield SegmentList(id="segments")
                yield SourceView(id="source")
                yield TargetForms(self.session.lang, id="targets")
            with Vertical(id="assist"):
                yield PanelTabs(id="tabs")
                yield MatchList(id="tm", classes="panel -shown")
                yield TermsPanel(id="terms", classes="panel")
                yield FindingsPanel(id="qa", classes="panel")
                yield ContextPanel(id="context", classes="panel")
                yield PivotPanel(id="pivot", classes="panel")
        yield Footer()

    # -- widgets -----------------------------------------------------------------------------
    @property
    def segments(self) -> SegmentList:
        return self.query_one(SegmentList)

    @property
    def forms(self) -> TargetForms:
        return self.query_one(TargetForms)

    @property
    def target(self) -> TargetArea:
        """The target form being edited: the focused one, else the first."""
        focused = self.app.focused
        if isinstance(focused, TargetArea) and focused in self.forms.areas:
            return focused
        return self.forms.first

    @property
    def source_view(self) -> SourceView:
        return self.query_one(SourceView)

    def on_mount(self) -> None:
        self.source_view.border_title = "Source"
        self.query_one(MatchList).border_title = "TM matches (alt+1…9)"
        self.query_one(TermsPanel).border_title = "Glossary (ctrl+t)"
        self.query_one(FindingsPanel).border_title = "QA"
        self.query_one(ContextPanel).border_title = "Context"
        self.query_one(PivotPanel).border_title = "Pivot (F4)"
        self.refill_list()
        self.show_segment(self.index)
        self.call_after_refresh(self._fit_to_size)
        # After the first frame: the glossary and checks load in a thread that would
        # otherwise compete with the first paint for the interpreter.
        self.set_timer(0.05, self.assisting.load_helpers)
        # Memory changes made elsewhere (a `tm import`, a colleague's catalog) show up.
        self.set_interval(TM_POLL, self.assisting.refresh_tm_worker)
        if self.session.restored:
            self.notify(f"Restored {self.session.restored} unsaved draft(s) from the journal. "
                        "Enter confirms, ctrl+s saves them as fuzzy.", timeout=8)

    def on_unmount(self) -> None:
        self.flush_journal(refresh=False)

    # -- the list --------------------------------------------------------------------------
    def visible_indexes(self) -> list[int]:
        only = set(self.findings) if self.filter_status == "qa" else None
        status = "all" if self.filter_status == "qa" else self.filter_status
        return self.session.matching(status, self.filter_text, only)

    def refill_list(self, indexes: list[int] | None = None) -> None:
        indexes = self.visible_indexes() if indexes is None else indexes
        cells = {i: (len(self.findings.get(i, ())), self.scores.get(i)) for i in indexes}
        self.segments.fill([self.session.row(i) for i in indexes], cells)
        self.segments.show_index(self.index)

    def refresh_row(self, index: int) -> None:
        self.segments.update_segment(self.session.row(index), len(self.findings.get(index, ())),
                                     self.scores.get(index))

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_to_size)

    def _fit_to_size(self) -> None:
        if len(self.session):  # the read-only source does not rewrap by itself
            terms = [(h.start, h.end) for h in self.lookup.hints] if self.lookup else []
            self.source_view.show(self.source_text(self.index), terms)
        self.fit_boxes()
        for area in self.forms.areas:  # rewrapped at the new width: repaint every line, or
            area.refresh()             # the terminal keeps lines wrapped for the old one
        self.segments.show_index(self.index)

    def source_text(self, index: int) -> str:
        """The source as shown: the plural source below the singular one."""
        entry = self.session.entries[index]
        if entry.msgid_plural:
            return f"{entry.msgid}\n── plural ──\n{entry.msgid_plural}"
        return entry.msgid

    def fit_boxes(self) -> None:
        """Source and target boxes sized to their text within their part of the column."""
        room = self.query_one("#work").size.height - 1  # minus the list's header
        if room <= 0:
            return
        forms = self.forms.areas[: self.forms.count]
        source, heights = box_heights(room, [a.wrapped_document.height for a in forms])
        boxes = [self.source_view, *forms]
        if [b.styles.height.value if b.styles.height else 0 for b in boxes] != [source, *heights]:
            for box, height in zip(boxes, [source, *heights], strict=True):
                box.styles.height = height

    # -- showing a segment ---------------------------------------------------------------------
    def show_segment(self, index: int, *, focus: bool = True) -> None:
        if not len(self.session):
            self.forms.show(("",))
            self.forms.first.read_only = True
            self.update_status()
            return
        self.flush_journal()
        self.index = index
        session = self.session
        self.source_view.border_title = self.source_title(index)
        self.shown_revision = session.revision(index)
        self.show_targets(index)
        self.segments.show_index(index)
        self.show_context()
        self.show_pivot()
        cached = self.cached_lookup(index)
        if cached is not None:
            self.assisting.apply_lookup(index, cached)
        else:
            self.lookup, self.lookup_index = None, None  # no stale match for alt+1 to insert
            self.source_view.show(self.source_text(index), [])
            self.query_one(MatchList).show([], "Looking up…" if self.assist.tm else self.assist.tm_note)
            self.assisting.start_lookup(index)
        self.assisting.check_now()
        self.update_status()
        if focus:
            self.forms.first.focus()

    def source_title(self, index: int) -> str:
        entry = self.session.entries[index]
        context = f" · context: {entry.msgctxt}" if entry.msgctxt else ""
        return f"Source #{index + 1}{context}"

    def neighbours(self, index: int) -> tuple[str | None, str | None]:
        prev = self.session.source(index - 1) if index > 0 else None
        nxt = self.session.source(index + 1) if index + 1 < len(self.session) else None
        return prev, nxt

    def cached_lookup(self, index: int) -> Lookup | None:
        if not self.helpers_ready:
            return None
        matches = self.assist.cached_matches(self.session.source(index), *self.neighbours(index))
        if matches is None and self.assist.tm is not None:
            return None
        hints = self.assist.hints(self.session.source(index), self.session.target(index))
        return Lookup(matches or [], hints)

    def show_context(self) -> None:
        i, s = self.index, self.session
        before = (i, s.source(i - 1), s.target(i - 1)) if i > 0 else None
        after = (i + 2, s.source(i + 1), s.target(i + 1)) if i + 1 < len(s) else None
        self.query_one(ContextPanel).show(before, after, about_entry(s.entries[i]))

    def show_pivot(self) -> None:
        found = self.pivot.lookup(self.session.key(self.index)) if self.pivot.ready else None
        self.query_one(PivotPanel).show(self.pivot.current, found, self.pivot.note)
        self.query_one(PanelTabs).show(pivot=self.pivot.current or "")

    def update_status(self) -> None:
        s = self.session
        self.query_one(StatusLine).show(
            slug=s.slug, lang=s.lang, number=self.index + 1 if len(s) else None, total=len(s),
            shown=len(self.segments.indexes), stats=self.stats, drafts=len(s.drafts),
            filter_label=self.filter_label(), saved=self.saved_note,
            title=self.statement_title, errors=self.error_count())

    def errors_in(self, index: int) -> list[Any]:
        return [f for f in self.findings.get(index, ()) if getattr(f, "severity", "") == "error"]

    def error_count(self) -> int:
        """Segments with a QA error (kept in the status line until they are fixed)."""
        return sum(1 for i in self.findings if self.errors_in(i))

    # -- typing ------------------------------------------------------------------------------
    def action_edit_comment(self) -> None:
        from workbench.tui.screens.dialogs import CommentDialog

        def chosen(text: str | None) -> None:
            if text is not None:
                self.notes.save_comment(text)
            self.forms.first.focus()

        if len(self.session):
            self.app.push_screen(CommentDialog(self.index + 1, self.session.comment(self.index)),
                                 chosen)

    def action_scroll_panel(self) -> None:
        """Show what the current panel clips; at its end, back to the top."""
        panel = self.query_one(f"#{self.panel}")
        if panel.scroll_y >= panel.max_scroll_y:
            panel.scroll_home(animate=False)
        else:
            panel.scroll_relative(y=max(1, panel.size.height - 1), animate=False)

    def action_accept_finding(self) -> None:
        if len(self.session):
            self.notes.toggle_accept()

    def show_targets(self, index: int) -> None:
        labels = [f.label for f in self.session.plural_forms()] \
            if self.session.is_plural(index) else None
        self.forms.show(self.session.targets(index), labels)
        self.fit_boxes()  # at once: waiting for a refresh would cost one more per move

    def on_target_forms_edited(self, message: TargetForms.Edited) -> None:
        if not len(self.session) or message.form >= len(self.session.targets(self.index)):
            return
        was_draft = self.session.has_draft(self.index)
        if not self.session.set_target(self.index, message.text, form=message.form,
                                       seen=self.shown_revision):
            self.resync_target()
            return
        self.fit_boxes()  # a line more or less: the target grows or shrinks with its text
        if was_draft != self.session.has_draft(self.index):
            self.refresh_row(self.index)
            self.update_status()
        self._journal_timer = _restart(self, self._journal_timer, JOURNAL_DELAY, self.flush_journal)
        self._qa_timer = _restart(self, self._qa_timer, QA_DELAY, self.assisting.check_current)

    def flush_journal(self, refresh: bool = True) -> None:
        if len(self.session):
            try:
                if self.session.flush_journal(current=self.index) and refresh:
                    self.refresh_row(self.index)
            except OSError as exc:
                self.notify(f"Could not write the autosave journal: {exc}", severity="error")

    def sync_draft(self) -> None:
        """Make sure the session has what is in the text area right now (unless the segment
        changed in the session since the text area was filled: then the session is right)."""
        if len(self.session) and not self.forms.first.read_only:
            for form, text in enumerate(self.forms.texts()):
                self.session.set_target(self.index, text, form=form, seen=self.shown_revision)

    def resync_target(self) -> None:
        """After a session transition: show the current segment's text as the session has it
        if its saved state changed (undo, redo, a merge), so the view is never stale."""
        if not len(self.session):
            return
        revision = self.session.revision(self.index)
        if revision != self.shown_revision:
            self.shown_revision = revision
            if self.forms.texts() != self.session.targets(self.index):
                self.show_targets(self.index)

    def on_assisted(self, message: Assisted) -> None:
        message.apply()  # a worker's result, in the order posted

    def check_now(self) -> None:
        self.assisting.check_now()

    # -- messages from widgets -------------------------------------------------------------------
    def on_segment_list_segment_chosen(self, message: SegmentList.SegmentChosen) -> None:
        self.go(message.index)

    def on_target_area_confirm_requested(self) -> None:
        try:
            self.action_confirm()
        finally:  # the keys typed after Enter, to the segment shown now
            for area in self.forms.areas:
                area.release()

    def on_target_area_segment_undo_requested(self) -> None:
        self.action_undo()

    def on_target_area_segment_redo_requested(self) -> None:
        self.action_redo()

    def on_match_list_match_clicked(self, message: MatchList.MatchClicked) -> None:
        self.action_insert_match(message.number)

    def on_panel_tabs_panel_picked(self, message: PanelTabs.PanelPicked) -> None:
        self.show_panel(message.panel)

    def show_panel(self, panel: str) -> None:
        self.panel = panel if panel in PANELS else "tm"
        for name in PANELS:
            self.query_one(f"#{name}").set_class(name == self.panel, "-shown")
        self.query_one(PanelTabs).show(self.panel)

    # -- after a write -----------------------------------------------------------------------
    def after_save(self, outcome: SaveOutcome | None, done: str) -> None:
        self.resync_target()
        if outcome is None:
            return
        from datetime import datetime

        self.saved_note = f"{done} · saved {datetime.now():%H:%M:%S}"
        self.stats = self.session.stats()
        if outcome.reloaded:  # merged with the file on disk: indexes may have moved
            self.findings, self.scores = {}, {}
            self.refill_list()
            if self.helpers_ready:
                self.assisting.catalog_check_worker(self.session.catalog)
                self.assisting.on_memory_loaded()
        if outcome.message:
            self.notify(outcome.message, title="Merged with changes on disk", severity="warning",
                        timeout=5)  # long enough to read; it sits over the target
        self.update_status()
        # The TM learns what was just saved, for repetitions further down.
        self._tm_timer = _restart(self, self._tm_timer, TM_REFRESH_DELAY, self.assisting.refresh_tm_worker)


def _restart(screen: Screen[Any], timer: Timer | None, delay: float, callback: Any) -> Timer:
    if timer is not None:
        timer.stop()
    return screen.set_timer(delay, callback)
