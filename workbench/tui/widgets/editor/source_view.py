"""The source segment: read-only, glossary terms highlighted, words selectable for new terms."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import TextArea

from workbench.tui.widgets.editor.spans import line_starts, stylize_line
from workbench.tui.widgets.editor.target_area import text_area_bindings


class SourceView(TextArea, inherit_bindings=False):
    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {"source-view--term"}
    # Its box has a fixed size: a new segment's text must not cost a layout of the screen.
    virtual_size = Reactive(Size(0, 0), layout=False)
    BINDINGS: ClassVar[list[BindingType]] = list(text_area_bindings())

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False,
                         highlight_cursor_line=False, **kwargs)  # type: ignore[arg-type]
        self._terms: list[tuple[int, int]] = []
        self._starts = [0]

    def show(self, text: str, terms: list[tuple[int, int]]) -> None:
        self._terms = terms
        self._starts = line_starts(text)
        self.load_text(text)

    def mark_terms(self, terms: list[tuple[int, int]]) -> None:
        self._terms = terms
        self._line_cache.clear()
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        if not self._terms:
            return line
        style = self.get_component_rich_style("source-view--term", partial=True)
        spans = [(s, e, style or Style(underline=True)) for s, e in self._terms]
        return stylize_line(line, line_index, self._starts, spans)

    def word_at_cursor(self) -> str:
        """The selected text, or the word under the cursor (for 'add term')."""
        if self.selected_text.strip():
            return " ".join(self.selected_text.split())
        row, col = self.cursor_location
        line = self.document.get_line(row)
        start = col
        while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "-'’"):
            start -= 1
        end = col
        while end < len(line) and (line[end].isalnum() or line[end] in "-'’"):
            end += 1
        return line[start:end]
