"""Every key, generated from the bindings themselves so the list cannot fall out of date."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.tui.keys import TERMINAL_NOTES

EXTRA_KEYS = [
    ("Editor", "tab / shift+tab", "Move between the list, the source and the target"),
    ("Editor", "shift+enter", "Newline too, where the terminal reports it"),
    ("Editor", "ctrl+z / ctrl+y", "Undo / redo typing, then whole segment changes"),
    ("Editor", "shift+arrows, F5, F7", "Select text; select word; select all"),
    ("Editor", "ctrl+c / ctrl+x / ctrl+v", "Copy / cut / paste"),
    ("Editor", "click", "A row opens its segment; a TM match inserts it"),
    ("Everywhere", "ctrl+p", "Command palette: every action by name"),
    ("Everywhere", "ctrl+q", "Quit (drafts are kept in the journal)"),
]


def binding_rows(section: str, bindings: list[Binding]) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for binding in bindings:
        if binding.action.startswith("insert_match(") and binding.key != "alt+1":
            continue
        keys = binding.key.replace(",", " / ")
        description = binding.tooltip or binding.description
        if binding.action == "insert_match(1)":
            keys = "alt+1 … alt+9"
        if binding.action in rows:
            continue
        rows[binding.action] = (section, keys, description)
    return list(rows.values())


def help_text() -> Text:
    from workbench.tui.screens.editor_actions import EDITOR_BINDINGS
    from workbench.tui.screens.home import HOME_BINDINGS

    rows = binding_rows("Editor", EDITOR_BINDINGS) + binding_rows("Home", HOME_BINDINGS)
    rows += EXTRA_KEYS
    out = Text()
    section = ""
    for name, keys, description in rows:
        if name != section:
            out.append(f"\n{name}\n" if section else f"{name}\n", style="bold underline")
            section = name
        out.append(f"  {keys:<22}", style="bold")
        out.append(f"{description}\n")
    out.append("\nIn terminals\n", style="bold underline")
    for note in TERMINAL_NOTES:
        out.append(f"  • {note}\n")
    return out


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(help_text())
            yield Static(Text("Esc closes · ↑↓ scroll", style="dim"))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
