"""The editor's actions: one method per thing a translator can do, bound to keys and listed in
the command palette. Mixed into EditorScreen, which provides the widgets and the session."""
# self is typed as EditorScreen, the class that mixes this one in; mypy calls that "misc".
# mypy: disable-error-code="misc"

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from workbench.errors import WorkbenchError
from workbench.session import SaveOutcome
from workbench.tui.screens.editor_keys import EDITOR_BINDINGS, FILTER_LABELS, PALETTE_TITLES
from workbench.tui.widgets.editor.bars import PANELS
from workbench.tui.widgets.editor.target_area import TargetArea

if TYPE_CHECKING:
    from workbench.tui.screens.editor import EditorScreen

def in_order(action: Callable[..., None]) -> Callable[..., None]:
    """For actions on priority keys: the App runs those as soon as the key arrives, before
    the target has handled the keys typed just before; queue the action behind them."""

    @functools.wraps(action)
    def queued(self: EditorScreen, *args: Any) -> None:
        area = self.app.focused
        if isinstance(area, TargetArea) and area.busy():
            area.post_message(TargetArea.RunInOrder(lambda: action(self, *args)))
        else:  # nothing typed is waiting: at once, as fast as before
            action(self, *args)

    return queued



class EditorActions:
    """Actions of the editor screen (see EDITOR_BINDINGS for the keys)."""

    def palette_commands(self: EditorScreen) -> list[tuple[str, str, Callable[[], Any]]]:
        """Every action, for the command palette: (title, help with its key, callback)."""
        cmds: list[tuple[str, str, Callable[[], Any]]] = []
        for binding in EDITOR_BINDINGS:
            if not isinstance(binding, Binding):
                continue
            name, _, arg = binding.action.partition("(")
            title = PALETTE_TITLES.get(name, binding.description)
            method = getattr(self, f"action_{name}")
            if arg:
                number = int(arg.rstrip(")"))
                cmds.append((f"{title} {number}", binding.key, _bind(method, number)))
                continue
            cmds.append((title, f"{binding.tooltip} ({binding.key.replace(',', ' or ')})", method))
        cmds += [
            ("Undo", "Typing first, then whole segment changes (ctrl+z)", self.action_undo),
            ("Redo", "ctrl+y", self.action_redo),
        ]
        for status, label in FILTER_LABELS.items():
            cmds.append((f"Filter: {label}", "Show only these segments",
                         _bind(self.apply_filter, status, "")))
        return cmds

    def filter_label(self: EditorScreen) -> str:
        label = FILTER_LABELS.get(self.filter_status, self.filter_status)
        if self.filter_status == "all" and not self.filter_text:
            return "all"
        return f"{label}{' · ' + repr(self.filter_text) if self.filter_text else ''}"

    # -- saving ----------------------------------------------------------------------------
    def _write(self: EditorScreen, what: str, call: Callable[[], SaveOutcome]) -> bool:
        """Run a saving session call; a failure is shown and the text stays in the editor."""
        key = self.session.key(self.index) if len(self.session) else None
        try:
            outcome = call()
        except (WorkbenchError, OSError) as exc:
            self.notify(f"Not saved: {exc}", title="Save failed", severity="error", timeout=15)
            self.resync_target()
            if key is not None:
                self.refresh_row(self.index)
                self.update_status()
            return False
        if outcome.reloaded and key is not None:
            # Merged with the file on disk: entries may have moved; follow this one.
            found = self.session.index_of(key)
            self.index = found if found is not None else min(self.index, len(self.session) - 1)
        self.after_save(outcome, what)
        return True

    def action_confirm(self: EditorScreen) -> None:
        if not len(self.session):
            return
        text = self.forms.texts()
        if not any(t.strip() for t in text):
            self.notify("Nothing to confirm yet: type a translation (ctrl+↓ skips).",
                        severity="warning")
            return
        index = self.index
        if self.helpers_ready:  # the findings of exactly this text, not of a keystroke ago
            self.assisting.apply_check(index, text, self.assist.check(self.session.entries[index], text),
                             self.lookup.hints if self.lookup else [])
        errors = self.errors_in(index)
        if errors and self.warned_error != (index, text):
            self.warned_error = (index, text)  # asked once: Enter again confirms anyway
            message = getattr(errors[0], "message", str(errors[0]))
            self.notify(f"{message} · Enter again confirms anyway.", title="QA error",
                        severity="error", timeout=6)
            return
        self.warned_error = None
        if not self._write(f"#{index + 1} confirmed", lambda: self.session.confirm(index, text)):
            return
        index = self.index  # the same segment, wherever a merge put it
        self.refresh_row(index)
        following = self._step(index, 1, needing=True)
        if following is None:
            self.update_status()
            remaining = self.error_count()
            if remaining:
                self.notify(f"Every segment in view is confirmed; {remaining} still "
                            f"ha{'s' if remaining == 1 else 've'} QA errors (F3 lists them).",
                            title="QA errors remain", severity="warning")
            else:
                self.notify("Every segment in view is done.", title="All done")
            return
        self.go(following)

    @in_order
    def action_save(self: EditorScreen) -> None:
        self.sync_draft()
        drafts = [self.session.index_of(k) for k in self.session.drafts]
        if not drafts:
            self.notify("Nothing to save: every change is already on disk.")
            return
        if self._write(f"{len(drafts)} draft(s) saved as fuzzy", self.session.save):
            for area in self.forms.areas:
                area.history.clear()
            for i in drafts:
                if i is not None:
                    self.refresh_row(i)
            self.notify(f"Saved {len(drafts)} draft(s), marked fuzzy for review.")

    @in_order
    def action_toggle_fuzzy(self: EditorScreen) -> None:
        if not len(self.session) or not any(self.forms.texts()):
            self.notify("An empty segment cannot be fuzzy.", severity="warning")
            return
        index, text = self.index, self.forms.texts()
        if self._write(f"#{index + 1} fuzzy toggled",
                       lambda: self.session.toggle_fuzzy(index, text)):
            index = self.index
            for area in self.forms.areas:
                area.history.clear()  # undo now means: undo the toggle
            self.refresh_row(index)
            state = "fuzzy (needs review)" if self.session.status(index) == "fuzzy" else "not fuzzy"
            self.notify(f"#{index + 1} is now {state}.")

    def action_undo(self: EditorScreen) -> None:
        self._undo_redo(self.session.undo, "Nothing to undo.", "undone")

    def action_redo(self: EditorScreen) -> None:
        self._undo_redo(self.session.redo, "Nothing to redo.", "redone")

    def _undo_redo(self: EditorScreen, call: Callable[[], Any], empty: str, done: str) -> None:
        self.sync_draft()
        try:
            index, outcome = call()
        except (WorkbenchError, OSError) as exc:
            self.notify(f"Not saved: {exc}", title="Save failed", severity="error", timeout=15)
            self.resync_target()
            return
        if index is None:
            self.notify(empty)
            return
        self.after_save(outcome, f"#{index + 1} {done}")
        self.refresh_row(index)
        self.go(index)

    # -- moving ----------------------------------------------------------------------------
    def go(self: EditorScreen, index: int) -> None:
        self.sync_draft()
        if self.session.has_draft(self.index) or index != self.index:
            self.refresh_row(self.index)
        self.show_segment(index)

    def _step(self: EditorScreen, start: int, step: int, *, needing: bool) -> int | None:
        """The next index in the list's order (the filter applies), wrapping for 'needing'."""
        order = self.segments.indexes
        if not order:
            return None
        after = [i for i in order if (i > start if step > 0 else i < start)]
        before = [i for i in order if (i <= start if step > 0 else i >= start)]
        candidates = after if step > 0 else after[::-1]
        if needing:
            candidates += before if step > 0 else before[::-1]
            candidates = [i for i in candidates if i != start and self.session.needs_work(i)]
        return candidates[0] if candidates else None

    def _move(self: EditorScreen, step: int, *, needing: bool) -> None:
        found = self._step(self.index, step, needing=needing)
        if found is None:
            self.notify("No more segments that need work." if needing else
                        ("This is the last segment." if step > 0 else "This is the first segment."))
            return
        self.go(found)

    @in_order
    def action_next_segment(self: EditorScreen) -> None:
        self._move(1, needing=False)

    @in_order
    def action_prev_segment(self: EditorScreen) -> None:
        self._move(-1, needing=False)

    @in_order
    def action_next_needing_work(self: EditorScreen) -> None:
        self._move(1, needing=True)

    @in_order
    def action_prev_needing_work(self: EditorScreen) -> None:
        self._move(-1, needing=True)

    @in_order
    def action_jump(self: EditorScreen) -> None:
        from workbench.tui.screens.dialogs import JumpDialog

        def jump(number: int | None) -> None:
            if number is None:
                return
            if not 1 <= number <= len(self.session):
                self.notify(f"There is no segment {number} (1–{len(self.session)}).",
                            severity="warning")
                return
            if number - 1 not in self.segments.indexes:
                self.apply_filter("all", "")
            self.go(number - 1)

        self.app.push_screen(JumpDialog(len(self.session)), jump)

    @in_order
    def action_filter(self: EditorScreen) -> None:
        from workbench.tui.screens.dialogs import FilterDialog

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.apply_filter(*result)

        self.app.push_screen(FilterDialog(FILTER_LABELS, self.filter_status, self.filter_text),
                             chosen)

    def apply_filter(self: EditorScreen, status: str, text: str) -> None:
        self.sync_draft()
        old = (self.filter_status, self.filter_text)
        self.filter_status, self.filter_text = status, text
        shown = self.visible_indexes()
        if not shown:
            self.filter_status, self.filter_text = old
            self.notify(f"No segment is {FILTER_LABELS.get(status, status)}"
                        f"{' with ' + repr(text) if text else ''}; filter unchanged.",
                        severity="warning")
            return
        self.refill_list(shown)
        if self.index not in shown:
            self.go(shown[0])
        self.update_status()

    # -- inserting -------------------------------------------------------------------------
    def action_scroll_source(self: EditorScreen, direction: int) -> None:
        view = self.source_view
        view.scroll_relative(y=direction * max(1, view.size.height - 1), animate=False)

    def action_newline(self: EditorScreen) -> None:
        self.target.focus()
        self.target.action_newline()

    @in_order
    def action_insert_match(self: EditorScreen, number: int) -> None:
        matches = self.lookup.matches if self.lookup else []
        if not 1 <= number <= len(matches):
            self.notify(f"There is no TM match {number} for this segment.", severity="warning")
            return
        match = matches[number - 1]
        text = str(getattr(match, "suggestion", None) or getattr(match, "target", ""))
        self.target.post_message(TargetArea.InsertRequested(text, whole=True))  # after keys typed
        self.target.focus()

    @in_order
    def action_copy_source(self: EditorScreen) -> None:
        if len(self.session):
            self.target.post_message(TargetArea.InsertRequested(self.session.source(self.index),
                                                                whole=True))
            self.target.focus()

    @in_order
    def action_insert_term(self: EditorScreen) -> None:
        from workbench.tui.screens.dialogs import TermPicker

        hints = self.lookup.hints if self.lookup else []
        if not hints:
            self.notify("No glossary term in this segment.", severity="warning")
            return
        if len(hints) == 1:
            self.target.post_message(TargetArea.InsertRequested(hints[0].insert_text))
            self.target.focus()
            return

        def picked(text: str | None) -> None:
            if text:
                self.target.insert_at_cursor(text)
            self.target.focus()

        self.app.push_screen(TermPicker(hints), picked)

    # -- other screens -----------------------------------------------------------------------
    @in_order
    def action_concordance(self: EditorScreen) -> None:
        from workbench.tui.screens.concordance import ConcordanceScreen

        words = self.source_view.selected_text or self.target.selected_text

        def picked(text: str | None) -> None:
            if text:
                self.target.insert_at_cursor(text)
            self.target.focus()

        self.app.push_screen(ConcordanceScreen(self.assist, words.strip()), picked)

    @in_order
    def action_add_term(self: EditorScreen) -> None:
        from workbench.tui.screens.glossary import AddTermDialog

        word = self.source_view.word_at_cursor() if len(self.session) else ""
        translation = self.target.selected_text.strip()

        def added(ok: bool | None) -> None:
            if ok:
                self.assisting.refresh_assist()

        self.sync_draft()
        self.app.push_screen(AddTermDialog(self.assist, word, translation), added)

    def action_glossary(self: EditorScreen) -> None:
        from workbench.tui.screens.glossary import GlossaryScreen

        def picked(text: str | None) -> None:
            self.assisting.refresh_assist()  # terms may have been added
            if text:
                self.target.insert_at_cursor(text)
            self.target.focus()

        self.sync_draft()
        self.app.push_screen(GlossaryScreen(self.assist), picked)

    def action_qa(self: EditorScreen) -> None:
        from workbench.tui.screens.qa import QAScreen

        def picked(index: int | None) -> None:
            if index is not None:
                if index not in self.segments.indexes:
                    self.apply_filter("all", "")
                self.go(index)

        self.app.push_screen(QAScreen(self.session, self.findings, self.assist.qa_note), picked)

    def action_help(self: EditorScreen) -> None:
        from workbench.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_cycle_pivot(self: EditorScreen) -> None:
        if self.pivot.cycle() is None:
            self.notify("No other language has a catalog for this statement.")
            return
        self.assisting.pivot_worker()

    def action_next_panel(self: EditorScreen) -> None:
        at = PANELS.index(self.panel) if self.panel in PANELS else 0
        self.show_panel(PANELS[(at + 1) % len(PANELS)])

    def action_back(self: EditorScreen) -> None:
        self.sync_draft()
        self.flush_journal()
        self.app.show_home()  # type: ignore[attr-defined]


def _bind(func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    return lambda: func(*args)
