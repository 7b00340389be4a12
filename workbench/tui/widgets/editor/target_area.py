"""The target text area: Enter confirms, ctrl+j (or shift+enter) breaks the line, QA spans
are underlined, and undo falls through to segment-level undo when the text has none left."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea

from workbench.tui.widgets.editor.key_order import KeyQueue, copy_key, is_released
from workbench.tui.widgets.editor.spans import line_starts, stylize_line

# The editor takes these keys for itself (fuzzy, concordance); TextArea's line deletions go.
TAKEN_BY_EDITOR = ("ctrl+u", "ctrl+k")


def text_area_bindings(*, skip_actions: tuple[str, ...] = ()) -> list[Binding]:
    """TextArea's own bindings without the keys the editor takes."""
    return [b for b in TextArea.BINDINGS
            if isinstance(b, Binding) and not any(k in b.key.split(",") for k in TAKEN_BY_EDITOR)
            and b.action not in skip_actions]


class TargetArea(TextArea, inherit_bindings=False):
    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {"target-area--finding"}
    # Own bindings first: the footer lists keys in this order.
    BINDINGS = [
        Binding("enter", "screen.confirm", "Confirm", key_display="⏎"),
        Binding("ctrl+j,shift+enter", "newline", "Newline", key_display="^j"),
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("ctrl+y", "redo", "Redo", show=False),
        *text_area_bindings(skip_actions=("undo", "redo")),
    ]

    class ConfirmRequested(Message):
        """Enter was pressed: the translator considers the segment done. Keys typed after it
        are held until the editor has moved on (``release``), so they land in the next
        segment, as typed, not in the one being confirmed."""

    class InsertRequested(Message):
        """Text to insert (a TM match, a term), queued behind the keys typed before it."""

        def __init__(self, text: str, *, whole: bool = False) -> None:
            super().__init__()
            self.text, self.whole = text, whole

    class SegmentUndoRequested(Message):
        """Undo was pressed with no typing left to undo: undo the last segment change."""

    class SegmentRedoRequested(Message):
        """Redo was pressed with no typing left to redo."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", soft_wrap=True, tab_behavior="focus", show_line_numbers=False,
                         highlight_cursor_line=False,
                         placeholder="Type the translation · Enter confirms · ctrl+j new line",
                         **kwargs)  # type: ignore[arg-type]
        self._findings: list[tuple[int, int]] = []
        self._starts = [0]
        self.keys = KeyQueue(self)

    async def _on_key(self, event: events.Key) -> None:
        # Each key goes where the translator's focus was meant to be when it was typed
        # (key_order.py): held behind an Enter or an action under way, forwarded when the
        # focus has moved on (Tab, a dialog) before this widget got to it.
        if not is_released(event) and self.keys.holding():
            self._swallow(event)
            self.keys.hold(event)
            return
        focused = self.app.focused
        if focused is not None and focused is not self:
            self._swallow(event)
            focused.post_message(copy_key(event, released=is_released(event)))
            return
        if event.key in ("tab", "shift+tab"):  # move now, so the next key finds the new field
            self._swallow(event)
            (self.screen.focus_next if event.key == "tab" else self.screen.focus_previous)()
            return
        if event.key == "enter" and not self.read_only:
            self._swallow(event)
            self.keys.block()
            self.post_message(self.ConfirmRequested())
            return
        await super()._on_key(event)

    def busy(self) -> bool:
        """Keys or messages are waiting to be handled here (typed before what comes now)."""
        queue = getattr(self, "_message_queue", None)  # Textual's pump queue (no public size)
        return self.keys.holding() or (queue is not None and not queue.empty())

    @staticmethod
    def _swallow(event: events.Key) -> None:
        event.stop()
        event.prevent_default()

    def release(self) -> None:
        """The editor handled Enter: the keys typed since go on, to what has focus now."""
        self.keys.unblock()

    class RunInOrder(Message):
        """An editor action bound to a priority key, run behind the keys typed before it."""

        def __init__(self, callback: Callable[[], object]) -> None:
            super().__init__()
            self.callback = callback

    def on_target_area_run_in_order(self, message: RunInOrder) -> None:
        """Run the action; keys typed after it wait until the screen has settled (a dialog it
        opened has the focus, the next segment is shown)."""
        message.stop()
        self.keys.block()
        try:
            message.callback()
        finally:
            self.call_after_refresh(self.keys.unblock)

    def on_target_area_insert_requested(self, message: InsertRequested) -> None:
        message.stop()
        if message.whole:
            self.put(message.text)
        else:
            self.insert_at_cursor(message.text)

    def action_newline(self) -> None:
        start, end = self.selection
        self.replace("\n", start, end, maintain_selection_offset=False)

    def action_undo(self) -> None:
        if self.history.undo_stack:
            self.undo()
        else:
            self.post_message(self.SegmentUndoRequested())

    def action_redo(self) -> None:
        if self.history.redo_stack:
            self.redo()
        else:
            self.post_message(self.SegmentRedoRequested())

    def show(self, text: str) -> None:
        """Load a segment's text with the cursor at its end, history cleared."""
        self._findings = []
        self.load_text(text)
        self._starts = line_starts(text)
        self.move_cursor(self.document.end)

    def put(self, text: str) -> None:
        """Replace the whole text as an undoable edit (TM insert, copy source)."""
        self.history.checkpoint()
        self.replace(text, self.document.start, self.document.end, maintain_selection_offset=False)
        self.history.checkpoint()

    def insert_at_cursor(self, text: str) -> None:
        self.history.checkpoint()
        start, end = self.selection
        self.replace(text, start, end, maintain_selection_offset=False)

    def mark_findings(self, spans: list[tuple[int, int]]) -> None:
        self._findings = spans
        self._starts = line_starts(self.text)
        self._line_cache.clear()
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        if not self._findings:
            return line
        style = self.get_component_rich_style("target-area--finding", partial=True)
        spans = [(s, e, style or Style(underline=True)) for s, e in self._findings]
        return stylize_line(line, line_index, self._starts, spans)
