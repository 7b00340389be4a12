"""All QA findings of the catalog; Enter (or a click) on one jumps to its segment."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from workbench.session import Session
from workbench.tui.widgets.editor.panels import SEVERITY_STYLES


class QAScreen(Screen[int | None]):
    BINDINGS = [Binding("escape", "close", "Back")]

    def __init__(self, session: Session, findings: dict[int, list[Any]], note: str = "") -> None:
        super().__init__()
        self.session, self.findings, self.note = session, findings, note

    def compose(self) -> ComposeResult:
        total = sum(len(v) for v in self.findings.values())
        yield Label(f"QA findings · {self.session.slug} · {self.session.lang} · {total} finding(s)"
                    f" in {len(self.findings)} segment(s)", id="title")
        yield DataTable(cursor_type="row", id="findings")
        yield Label(self.note or "Enter jumps to the segment · Esc goes back", id="qa-note")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        checks = [getattr(f, "check", "") for found in self.findings.values() for f in found]
        check_width = min(24, max([5, *map(len, checks)]))  # whole check names, as --list has
        width = max(20, self.app.size.width - check_width - 24)
        table.add_column("#", width=4, key="n")
        table.add_column("severity", width=8, key="sev")
        table.add_column("check", width=check_width, key="check")
        table.add_column("message", width=width, key="msg")
        n = 0
        for index in sorted(self.findings):
            for finding in self.findings[index]:
                severity = getattr(finding, "severity", "")
                table.add_row(Text(str(index + 1), justify="right"),
                              Text(severity, style=SEVERITY_STYLES.get(severity, "")),
                              Text(getattr(finding, "check", ""), style="dim"),
                              Text(getattr(finding, "message", str(finding))), key=f"{index}:{n}")
                n += 1
        table.focus()

    @on(DataTable.RowSelected)
    def chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(int(str(event.row_key.value).split(":")[0]))

    def action_close(self) -> None:
        self.dismiss(None)
