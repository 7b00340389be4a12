"""The segment list: number, status, source, target and best TM match, one row per segment."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from workbench.session import SegmentRow

STATUS_ICONS = {
    "translated": ("✓", "green"),
    "fuzzy": ("~", "yellow"),
    "untranslated": ("·", "red"),
    "draft": ("✎", "cyan"),
}
FIXED_COLUMNS = 4 + 2 + 4  # number, status (+QA mark), match %
CELL_PADDING = 2 * 5


def status_cell(row: SegmentRow, findings: int) -> Text:
    icon, style = STATUS_ICONS["draft" if row.draft else row.status]
    cell = Text(icon, style=style)
    cell.append("!" if findings else " ", style="bold red")
    return cell


def one_line(text: str) -> Text:
    return Text(text.replace("\n", "⏎"), no_wrap=True, overflow="ellipsis")


def score_cell(score: float | None) -> Text:
    if score is None:
        return Text("")
    style = "green" if score >= 100 else "yellow" if score >= 85 else "dim"
    return Text(f"{int(score)}%", style=style, justify="right")


class SegmentList(DataTable[Text]):
    """Rows are keyed by segment index, so a filtered list still names its segments."""

    BINDINGS = [Binding("enter", "select_cursor", "Edit", key_display="⏎")]

    class SegmentChosen(Message):
        """The translator picked a segment (enter or click on a row)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.indexes: list[int] = []
        self._text_width = 20

    def text_width_for(self, width: int) -> int:
        return max(8, (width - FIXED_COLUMNS - CELL_PADDING - 2) // 2)

    def fill(self, rows: list[SegmentRow], cells: dict[int, tuple[int, float | None]],
             width: int) -> None:
        """Show these rows; ``cells`` gives (QA finding count, best match %) per index."""
        self.clear(columns=True)
        self._text_width = self.text_width_for(width)
        self.add_column("#", width=4, key="n")
        self.add_column("", width=2, key="st")
        self.add_column("Source", width=self._text_width, key="src")
        self.add_column("Target", width=self._text_width, key="tgt")
        self.add_column("%", width=4, key="pct")
        self.indexes = [r.index for r in rows]
        for row in rows:
            findings, score = cells.get(row.index, (0, None))
            self.add_row(*self._cells(row, findings, score), key=str(row.index))

    def _cells(self, row: SegmentRow, findings: int, score: float | None) -> list[Text]:
        return [Text(str(row.number), style="dim", justify="right"), status_cell(row, findings),
                one_line(row.source), one_line(row.target), score_cell(score)]

    def update_segment(self, row: SegmentRow, findings: int, score: float | None) -> None:
        if str(row.index) not in self.rows:
            return
        for column, value in zip(("n", "st", "src", "tgt", "pct"),
                                 self._cells(row, findings, score), strict=True):
            self.update_cell(str(row.index), column, value)

    def update_score(self, index: int, score: float | None) -> None:
        if str(index) in self.rows:
            self.update_cell(str(index), "pct", score_cell(score))

    def show_index(self, index: int) -> None:
        """Put the cursor on a segment, scrolled to the middle so its neighbours show."""
        if str(index) in self.rows:
            row = self.get_row_index(str(index))
            self.move_cursor(row=row, animate=False, scroll=False)
            self.scroll_to(y=max(0, row - max(0, self.size.height - 2) // 2), animate=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.SegmentChosen(int(event.row_key.value)))
