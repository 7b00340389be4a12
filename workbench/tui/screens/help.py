"""Every key, generated from the bindings themselves so the list cannot fall out of date."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
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
    ("Editor", "TM colours", "Under each match, its source: struck out in red, words only the "
     "match has; underlined in green, words only your segment has"),
    ("Everywhere", "ctrl+p", "Command palette: every action by name"),
    ("Everywhere", "ctrl+q", "Quit (drafts are kept in the journal)"),
]


def binding_rows(section: str, bindings: list[BindingType]) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for binding in bindings:
        if not isinstance(binding, Binding):
            continue
        if binding.action.startswith("insert_match(") and binding.key != "alt+1":
            continue
        keys = " / ".join(k.upper() if k[:1] == "f" and k[1:].isdigit() else k
                          for k in binding.key.split(","))
        description = binding.tooltip or binding.description
        if binding.action == "insert_match(1)":
            keys = "alt+1 … alt+9"
        if binding.action in rows:
            continue
        rows[binding.action] = (section, keys, description)
    return list(rows.values())


def help_rows() -> list[tuple[str, str, str]]:
    from workbench.tui.screens.editor_keys import EDITOR_BINDINGS
    from workbench.tui.screens.home import HOME_BINDINGS

    extra = {name: [row for row in EXTRA_KEYS if row[0] == name] for name in ("Editor", "Everywhere")}
    from workbench.tui.screens.editor_plus import EXTRA_BINDINGS

    return (binding_rows("Editor", [*EDITOR_BINDINGS, *EXTRA_BINDINGS]) + extra["Editor"]
            + binding_rows("Home", HOME_BINDINGS) + extra["Everywhere"])


def help_table() -> Table:
    """Keys by section, descriptions wrapping in their own column."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("key", style="bold", no_wrap=True, min_width=12)
    table.add_column("what", ratio=1)
    section = ""
    for name, keys, description in help_rows():
        if name != section:
            if section:
                table.add_row("", "")
            table.add_row(Text(name, style="bold underline"), "")
            section = name
        table.add_row(keys, description)
    table.add_row("", "")
    table.add_row(Text("In terminals", style="bold underline"), "")
    for note in TERMINAL_NOTES:
        table.add_row("•", note)
    return table


def help_text() -> Text:
    """The same content as plain text (for tests and the README)."""
    return Text("\n".join(f"{keys}  {what}" for _, keys, what in help_rows()) + "\n"
                + "\n".join(TERMINAL_NOTES))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(help_table())
            yield Static(Text("Esc closes · ↑↓ scroll", style="dim"))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
