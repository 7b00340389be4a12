"""Statements × languages, each cell a progress bar of words translated / fuzzy / untranslated."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from workbench.catalog.stats import CatalogStats
from workbench.tui.services.overview import CatalogSummary
from workbench.tui.services.titles import distinct_titles

BAR = 7
TITLE_MIN = 16


def bar_width(width: int, columns: int) -> int:
    """Bars as wide as the terminal allows: 3 to 10 cells, after a readable title column."""
    room = (width - 4 - TITLE_MIN) // max(1, columns) - 2 - 5
    return max(3, min(10, room))


def progress_bar(stats: CatalogStats | None, width: int = BAR) -> Text:
    if stats is None:
        return Text("no catalog".center(width + 5), style="dim")
    total = stats.total_words or 1
    done = round(width * stats.translated_words / total)
    fuzzy = min(width - done, round(width * stats.fuzzy_words / total))
    out = Text(no_wrap=True)
    out.append("█" * done, style="green")
    out.append("█" * fuzzy, style="yellow")
    out.append("░" * (width - done - fuzzy), style="dim")
    out.append(f"{stats.percent('words'):4.0f}%", style="bold" if stats.complete else "")
    return out


class OverviewTable(DataTable[Text]):
    BINDINGS = [Binding("enter", "select_cursor", "Open", key_display="⏎")]

    class CatalogChosen(Message):
        """A cell was selected (Enter or click): open this statement in this language."""

        def __init__(self, slug: str, lang: str) -> None:
            super().__init__()
            self.slug, self.lang = slug, lang

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="cell", **kwargs)  # type: ignore[arg-type]
        self.langs: list[str] = []
        self.slugs: list[str] = []

    def fill(self, titles: dict[str, str], langs: list[str],
             summaries: dict[tuple[str, str], CatalogSummary], width: int) -> None:
        self.clear(columns=True)
        self.langs, self.slugs = langs, list(titles)
        bar = bar_width(width, len(langs))
        title_width = max(TITLE_MIN, width - len(langs) * (bar + 7) - 4)
        self.add_column("Statement", width=title_width, key="title")
        for lang in langs:
            self.add_column(lang, width=bar + 5, key=lang)
        fitted = distinct_titles(titles, title_width - 1)
        for slug, title in fitted.items():
            cells = [progress_bar(s.stats, bar) if (s := summaries.get((slug, lang))) else Text("")
                     for lang in langs]
            self.add_row(Text(title, no_wrap=True, overflow="ellipsis"), *cells, key=slug)

    def select(self, slug: str | None, lang: str | None) -> None:
        row = self.slugs.index(slug) if slug in self.slugs else 0
        column = self.langs.index(lang) + 1 if lang in self.langs else 1
        if self.slugs and self.langs:
            self.move_cursor(row=row, column=column, animate=False)

    def current(self) -> tuple[str, str] | None:
        """(slug, lang) under the cursor; the statement column counts as its first language."""
        if not self.slugs or not self.langs:
            return None
        row, column = self.cursor_coordinate
        return self.slugs[row], self.langs[max(column, 1) - 1]

    async def _on_click(self, event: events.Click) -> None:
        """One click opens a catalog (a DataTable selects only on the second click)."""
        before = self.cursor_coordinate
        await super()._on_click(event)
        row = event.style.meta.get("row", -1)
        if row >= 0 and self.cursor_coordinate != before:
            chosen = self.current()
            if chosen is not None:
                self.post_message(self.CatalogChosen(*chosen))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        chosen = self.current()
        if chosen is not None:
            self.post_message(self.CatalogChosen(*chosen))
