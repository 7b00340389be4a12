"""Concordance: where have these words been translated before? Searches the TM in a worker."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label

from workbench.tui.services.assist import Assistant


def highlighted(text: str, words: str, spans: tuple[tuple[int, int], ...] = ()) -> Text:
    """The hit with the searched words marked (the TM's spans, else the words themselves)."""
    out = Text(text)
    if spans:
        for start, end in spans:
            out.stylize("bold reverse", start, end)
        return out
    for word in words.split():
        out.highlight_words([word], style="bold reverse", case_sensitive=False)
    return out


class ConcordanceFound(Message):
    def __init__(self, words: str, hits: list[Any]) -> None:
        super().__init__()
        self.words, self.hits = words, hits


class ConcordanceScreen(Screen[str | None]):
    """Type words, Enter searches; Enter on a hit inserts its translation; Esc goes back."""

    BINDINGS = [Binding("escape", "close", "Back"), Binding("ctrl+f", "search", "Search")]

    def __init__(self, assistant: Assistant, words: str = "") -> None:
        super().__init__()
        self.assist, self.words = assistant, words
        self.hits: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Label("Concordance: search the translation memory", id="title")
        yield Input(self.words, placeholder="words to look for", id="words")
        yield DataTable(cursor_type="row", id="hits")
        yield Label("", id="concordance-note")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        width = max(20, (self.app.size.width - 20) // 2)
        table.add_column("source", width=width, key="src")
        table.add_column(self.assist.lang, width=width, key="tgt")
        table.add_column("origin", width=10, key="origin")
        self.query_one(Input).focus()
        if self.words:
            self.search(self.words)
        elif self.assist.tm is None:
            self.query_one("#concordance-note", Label).update(self.assist.tm_note)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.search(event.value.strip())

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def search(self, words: str) -> None:
        self.post_message(ConcordanceFound(words, self.assist.concordance(words)))

    def on_concordance_found(self, message: ConcordanceFound) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.hits = message.hits
        for n, hit in enumerate(message.hits):
            table.add_row(highlighted(getattr(hit, "source", ""), message.words,
                                      getattr(hit, "source_spans", ())),
                          highlighted(getattr(hit, "target", ""), message.words,
                                      getattr(hit, "target_spans", ())),
                          Text(str(getattr(hit, "origin", "") or ""), style="dim"), key=str(n),
                          height=None)  # as tall as the hit: no sentence cut at the column
        note = self.assist.tm_note or (
            f"{len(message.hits)} hit(s) · Enter on a hit inserts its translation"
            if message.hits else f"Nothing found for {message.words!r}.")
        self.query_one("#concordance-note", Label).update(note)
        if message.hits:
            table.focus()

    @on(DataTable.RowSelected)
    def chosen(self, event: DataTable.RowSelected) -> None:
        hit = self.hits[int(str(event.row_key.value))]
        self.dismiss(getattr(hit, "target", "") or None)

    def action_search(self) -> None:
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
