"""The glossary: browse and search the termbase; add a term (from a selected source word)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, Select

from workbench.tui.services.assist import Assistant
from workbench.tui.services.glossary_edit import add_term

STATUS_CHOICES = [("preferred", "preferred"), ("admitted", "admitted"),
                  ("forbidden (do not use)", "forbidden")]


def concept_row(concept: Any, source_lang: str, lang: str) -> tuple[Text, Text, Text]:
    source = ", ".join(t.text for t in concept.approved(source_lang)) or concept.label()
    target = Text()
    for n, term in enumerate(concept.approved(lang)):
        target.append(", " if n else "")
        target.append(term.text, style="green" if term.status == "preferred" else "")
    for term in concept.forbidden(lang):
        target.append("  ✗ ")
        target.append(term.text, style="strike red")
    notes = [t.note for t in concept.terms_in(lang) if t.note] or [concept.note or ""]
    return Text(source, style="bold"), target, Text(notes[0] or "", style="dim")


class GlossaryScreen(Screen[str | None]):
    """Enter on a term inserts its translation into the target; ctrl+n adds a term."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("ctrl+n", "add", "New term", priority=True),
        Binding("ctrl+f", "search", "Search", priority=True),
    ]

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assist = assistant

    def compose(self) -> ComposeResult:
        yield Label(f"Glossary · {self.assist.source_lang} → {self.assist.lang}", id="title")
        yield Input(placeholder="search terms (any language)", id="search")
        yield DataTable(cursor_type="row", id="terms")
        yield Label("", id="glossary-note")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        width = max(20, (self.app.size.width - 12) // 3)
        table.add_column(self.assist.source_lang, width=width, key="src")
        table.add_column(self.assist.lang, width=width, key="tgt")
        table.add_column("note", width=width, key="note")
        self.fill("")
        self.query_one("#search", Input).focus()  # F2 then type: the search narrows at once

    def fill(self, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        termbase = self.assist.termbase
        note = self.query_one("#glossary-note", Label)
        if termbase is None:
            note.update(self.assist.terms_note or "No glossary.")
            return
        needle = query.casefold().strip()
        shown = 0
        for concept in termbase:
            if needle and not any(needle in t.text.casefold() for t in concept.terms):
                continue
            table.add_row(*concept_row(concept, self.assist.source_lang, self.assist.lang),
                          key=concept.id)
            shown += 1
        note.update(f"{shown} of {len(termbase)} concepts · Enter inserts the translation · "
                    "ctrl+n adds a term · Esc goes back")

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def chosen(self, event: DataTable.RowSelected) -> None:
        termbase = self.assist.termbase
        concept = termbase.get(str(event.row_key.value)) if termbase is not None else None
        term = concept.preferred(self.assist.lang) if concept is not None else None
        self.dismiss(term.text if term is not None else None)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_add(self) -> None:
        def added(ok: bool | None) -> None:
            if ok:
                self.fill(self.query_one("#search", Input).value)

        self.app.push_screen(AddTermDialog(self.assist, "", ""), added)


class AddTermDialog(ModalScreen[bool | None]):
    """Source words and their translation; Enter in the last field (or ctrl+s) adds it."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "add", "Add")]

    def __init__(self, assistant: Assistant, source: str, translation: str) -> None:
        super().__init__()
        self.assist, self.source, self.translation = assistant, source, translation

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"New glossary term ({self.assist.source_lang} → {self.assist.lang})")
            yield Label(f"Term ({self.assist.source_lang}):")
            yield Input(self.source, placeholder=f"term in {self.assist.source_lang}", id="src",
                        compact=True)
            yield Label(f"Translation ({self.assist.lang}):")
            yield Input(self.translation, placeholder=f"translation in {self.assist.lang}",
                        id="tgt", compact=True)
            yield Label("Status:")
            yield Select(STATUS_CHOICES, value="preferred", allow_blank=False, id="status",
                         compact=True)
            yield Label("Note:")
            yield Input(placeholder="optional", id="note", compact=True)
            yield Label("Enter adds · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#tgt" if self.source else "#src", Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        for name in ("#src", "#tgt"):
            if not self.query_one(name, Input).value.strip():
                self.query_one(name, Input).focus()
                return
        self.action_add()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_add(self) -> None:
        status = self.query_one(Select).value
        self.save(self.query_one("#src", Input).value, self.query_one("#tgt", Input).value,
                  str(status), self.query_one("#note", Input).value.strip())

    @work(thread=True, exclusive=True, group="add-term", exit_on_error=False)
    def save(self, source: str, translation: str, status: str, note: str) -> None:
        assist = self.assist
        try:
            termbase = add_term(assist.project, source, assist.source_lang, translation,
                                assist.lang, status=status, note=note)
        except Exception as exc:  # noqa: BLE001 - say it, keep the dialog open
            self.app.call_from_thread(self.notify, f"Not added: {exc}", severity="error")
            return
        assist.use_termbase(termbase)
        self.app.call_from_thread(self._done, source, translation)

    def _done(self, source: str, translation: str) -> None:
        self.notify(f"Added to the glossary: {source} → {translation}")
        self.dismiss(True)
