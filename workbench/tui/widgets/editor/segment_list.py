"""The segment list: number, status, source, target and best TM match, one line per segment.

A Line-API widget rather than a DataTable: each row is rendered once into a cached Strip, and
moving the cursor re-renders two rows, so a 1,000-segment statement scrolls as fast as a short
one. Rows are addressed by segment index, so a filtered list still names its segments.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from workbench.session import SegmentRow

STATUS_ICONS = {
    "translated": ("✓", "green"),
    "fuzzy": ("~", "yellow"),
    "untranslated": ("·", "red"),
    "draft": ("✎", "cyan"),
    "reviewed": ("✔", "bold green"),  # signed off (review mode, issue 14)
    "stale": ("!", "yellow"),  # signed off once, changed since
    "rejected": ("✗", "yellow"),
    "conflict": ("⚡", "bold red"),  # '# workbench-conflict:' from the merge driver
}
NUMBER, STATUS, SCORE = 5, 3, 5  # column widths, separators included


def fit(text: str, width: int) -> str:
    """One line of exactly ``width`` cells, with an ellipsis when it is cut."""
    text = text.replace("\n", "⏎")
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out, used = [], 0
    for char in text:
        if used + cell_len(char) > width - 1:
            break
        out.append(char)
        used += cell_len(char)
    return "".join(out) + "…" + " " * (width - 1 - used)


def text_widths(width: int) -> int:
    """Width of the source and of the target column for a list ``width`` cells wide."""
    return max(6, (width - NUMBER - STATUS - SCORE - 2) // 2)


def row_text(row: SegmentRow, findings: int, score: float | None, text_width: int) -> Text:
    icon, icon_style = STATUS_ICONS["draft" if row.draft else row.status]
    out = Text(no_wrap=True)
    out.append(f"{row.number:>{NUMBER - 1}} ", style="dim")
    out.append(icon, style=icon_style)
    out.append("! " if findings else "  ", style="bold red")
    out.append(fit(row.source, text_width) + " ")
    out.append(fit(row.target, text_width) + " ")
    if score is not None:
        style = "green" if score >= 100 else "yellow" if score >= 85 else "dim"
        out.append(f"{int(score):>3}%", style=style)
    return out


def header_text(text_width: int) -> Text:
    return Text(f"{'#':>{NUMBER - 1}}{'':{STATUS + 1}}{fit('Source', text_width)} "
                f"{fit('Target', text_width)} {'%':>4}", style="bold", no_wrap=True)


class SegmentHeader(Static):
    """The column titles above the list (they stay put while the list scrolls)."""


class SegmentList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"segment-list--cursor"}
    BINDINGS = [
        Binding("enter", "choose", "Edit", key_display="⏎"),
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
    ]

    class SegmentChosen(Message):
        """The translator picked a segment (Enter on the list, or a click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.indexes: list[int] = []
        self.cursor = 0  # position in self.indexes
        self._rows: dict[int, tuple[SegmentRow, int, float | None]] = {}
        self._strips: dict[tuple[int, bool], Strip] = {}
        self._text_width = 20

    def __contains__(self, index: int) -> bool:
        return index in self._rows

    @property
    def row_count(self) -> int:
        return len(self.indexes)

    # -- data in ---------------------------------------------------------------------------
    def fill(self, rows: list[SegmentRow], cells: dict[int, tuple[int, float | None]]) -> None:
        """Show these rows; ``cells`` gives (QA finding count, best match %) per index."""
        self.indexes = [r.index for r in rows]
        self._rows = {r.index: (r, *cells.get(r.index, (0, None))) for r in rows}
        self._strips.clear()
        self.cursor = min(self.cursor, max(0, len(rows) - 1))
        self.virtual_size = Size(self.size.width, len(rows))
        self.refresh()

    def update_segment(self, row: SegmentRow, findings: int, score: float | None) -> None:
        if row.index not in self._rows or self._rows[row.index] == (row, findings, score):
            return
        self._rows[row.index] = (row, findings, score)
        self._forget(row.index)

    def update_score(self, index: int, score: float | None) -> None:
        if index in self._rows:
            row, findings, _ = self._rows[index]
            self.update_segment(row, findings, score)

    def _forget(self, index: int) -> None:
        self._strips.pop((index, True), None)
        self._strips.pop((index, False), None)
        if index in self._rows:
            self.refresh_line(self.indexes.index(index))

    def on_resize(self) -> None:
        self._text_width = text_widths(self.size.width)
        self._strips.clear()
        self.virtual_size = Size(self.size.width, len(self.indexes))
        header = self.screen.query(SegmentHeader)
        if header:
            header.first().update(header_text(self._text_width), layout=False)

    # -- cursor ----------------------------------------------------------------------------
    def show_index(self, index: int) -> None:
        """Put the cursor on a segment, scrolled to the middle so its neighbours show."""
        if index not in self._rows:
            return
        old, self.cursor = self.cursor, self.indexes.index(index)
        for position in (old, self.cursor):
            if 0 <= position < len(self.indexes):
                self._strips.pop((self.indexes[position], position == self.cursor), None)
                self.refresh_line(position)
        self.scroll_to(y=max(0, self.cursor - self.size.height // 2), animate=False)

    def action_cursor(self, step: int) -> None:
        if self.indexes:
            self.show_index(self.indexes[max(0, min(len(self.indexes) - 1, self.cursor + step))])

    def action_page(self, step: int) -> None:
        self.action_cursor(step * max(1, self.size.height - 1))

    def action_edge(self, end: int) -> None:
        if self.indexes:
            self.show_index(self.indexes[-1 if end else 0])

    def action_choose(self) -> None:
        if self.indexes:
            self.post_message(self.SegmentChosen(self.indexes[self.cursor]))

    def on_click(self, event: events.Click) -> None:
        position = event.y + self.scroll_offset.y
        if 0 <= position < len(self.indexes):
            self.post_message(self.SegmentChosen(self.indexes[position]))

    # -- rendering -------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        position = y + self.scroll_offset.y
        width = self.size.width
        if not 0 <= position < len(self.indexes):
            return Strip.blank(width, self.rich_style)
        index = self.indexes[position]
        is_cursor = position == self.cursor
        strip = self._strips.get((index, is_cursor))
        if strip is None:
            row, findings, score = self._rows[index]
            text = row_text(row, findings, score, self._text_width)
            segments = [Segment(s.text, self.rich_style + s.style if s.style else self.rich_style)
                        for s in text.render(self.app.console)]
            strip = Strip(segments).adjust_cell_length(width, self.rich_style)
            if is_cursor:
                strip = strip.apply_style(self.get_component_rich_style("segment-list--cursor"))
            self._strips[(index, is_cursor)] = strip
        return strip

