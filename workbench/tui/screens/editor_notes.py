"""The editor's entry notes: the translator comment and accepted QA findings. A small
controller the screen owns (composed, not mixed in); it talks to the session and reports
through the screen's notify and refresh hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from workbench.errors import WorkbenchError
from workbench.session import SaveOutcome, Session


class NotesView(Protocol):
    """What the controller needs of the screen (a test can pass a fake)."""

    session: Session
    index: int
    findings: dict[int, list[Any]]

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None) -> None: ...
    def after_save(self, outcome: SaveOutcome | None, done: str) -> None: ...
    def show_context(self) -> None: ...
    def check_now(self) -> None: ...


class EntryNotes:
    def __init__(self, view: NotesView) -> None:
        self.view = view

    def save_comment(self, text: str) -> None:
        view = self.view
        self._write(lambda: view.session.set_comment(view.index, text),
                    f"#{view.index + 1} comment saved")

    def toggle_accept(self) -> None:
        """Accept the first QA finding of the segment (F6); with none left, take back the
        last acceptance."""
        view = self.view
        findings = view.findings.get(view.index, [])
        check = getattr(findings[0], "check", "") if findings else self._last_accepted()
        if not check:
            view.notify("No QA finding on this segment to accept.", severity="warning")
            return
        result: list[bool] = []

        def call() -> SaveOutcome:
            accepted, outcome = view.session.toggle_accepted(view.index, check)
            result.append(accepted)
            return outcome

        if self._write(call, f"#{view.index + 1} {check}"):
            verb = "accepted (F6 again takes it back)" if result[0] else "no longer accepted"
            view.notify(f"QA '{check}' {verb} for #{view.index + 1}.")
            view.check_now()

    def _last_accepted(self) -> str:
        from workbench.checks.accept import accepted_checks

        entry = self.view.session.entries[self.view.index]
        accepted = sorted(accepted_checks(entry))
        return accepted[-1] if accepted else ""

    def _write(self, call: Callable[[], SaveOutcome], done: str) -> bool:
        try:
            outcome = call()
        except (WorkbenchError, OSError) as exc:
            self.view.notify(f"Not saved: {exc}", title="Save failed", severity="error",
                             timeout=15)
            return False
        self.view.after_save(outcome, done)
        self.view.show_context()
        return True
