"""Project-wide find and replace from the editor: a preview of every change across the
project's catalogs, apply, undo as one step, QA of the changed entries. All the work is
``workbench.replace`` (the same functions as ``workbench replace``); this is only the view.
The dialog dismisses with whether any file changed, so the editor can take the open catalog
back in from disk (``Session.reload``)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Static

from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.replace import Plan, Result, apply_replace, plan_replace, undo_replace
from workbench.tui.screens.dialogs import Dialog

SHOWN = 200  # changes listed in the preview; the count says how many more


class ReplaceDialog(Dialog[bool]):
    """Enter previews, ctrl+a applies the previewed changes, ctrl+z takes the last
    replacement back (one step), Esc closes."""

    BINDINGS = [
        Binding("escape", "cancel", "Close"),
        Binding("ctrl+a", "apply", "Apply", priority=True),
        Binding("ctrl+z", "undo", "Undo replace", priority=True),
    ]

    DEFAULT_CSS = """
    #replace-box { width: 100; }
    #replace-preview { height: auto; max-height: 20; }
    """

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.plan: Plan | None = None
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="replace-box"):
            yield Label("Find in the translations of every catalog:")
            yield Input(placeholder="text (or a regular expression)", id="find", compact=True)
            yield Label("Replace with:")
            yield Input(placeholder="new text (\\1 refers to a group)", id="with", compact=True)
            yield Checkbox("regular expression", id="regex", compact=True)
            yield Checkbox("ignore case", id="ignore-case", compact=True)
            yield Label("Enter previews · ctrl+a applies · ctrl+z undoes the last replace · "
                        "Esc closes", id="replace-keys")
            with VerticalScroll(id="replace-preview"):
                yield Static("", id="replace-changes", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(self.changed)

    @on(Input.Submitted)
    def preview(self) -> None:
        find = self.query_one("#find", Input).value
        if not find:
            self.show("Type what to find.")
            return
        try:
            self.plan = plan_replace(self.project, find, self.query_one("#with", Input).value,
                                     regex=self.query_one("#regex", Checkbox).value,
                                     ignore_case=self.query_one("#ignore-case", Checkbox).value)
        except WorkbenchError as exc:
            self.plan = None
            self.show(f"{exc}")
            return
        lines = [c.describe() for c in self.plan.changes[:SHOWN]]
        more = len(self.plan.changes) - SHOWN
        count = (f"{len(self.plan.changes)} change(s) in {len(self.plan.catalogs)} catalog(s)"
                 + (f" ({more} more not listed)" if more > 0 else "")
                 + ("; ctrl+a applies them" if self.plan.changes else ""))
        self.show("\n".join([count, *lines]))

    def action_apply(self) -> None:
        if self.plan is None or not self.plan.changes:
            self.show("Nothing to apply: preview first (Enter).")
            return
        try:
            result = apply_replace(self.project, self.plan)
        except WorkbenchError as exc:
            self.show(f"Not applied: {exc}")
            return
        self.plan = None
        self.changed = self.changed or bool(result.applied)
        self.show(summary(result, "written") + "; ctrl+z takes them back")

    def action_undo(self) -> None:
        try:
            result = undo_replace(self.project)
        except WorkbenchError as exc:
            self.show(f"{exc}")
            return
        self.changed = self.changed or bool(result.applied)
        self.show(summary(result, "put back"))

    def show(self, text: str) -> None:
        self.query_one("#replace-changes", Static).update(text)


def summary(result: Result, done: str) -> str:
    """One line of counts, then the QA findings of the changed entries."""
    line = f"{len(result.applied)} change(s) {done}" + (
        f"; {len(result.skipped)} skipped (changed on disk meanwhile)" if result.skipped else "")
    found = [f"qa: {f.severity}: {f.message} [{f.check}]: {f.msgid[:60]}"
             for f in result.findings]
    return "\n".join([line, *found])
