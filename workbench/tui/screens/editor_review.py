"""Review mode (approve / reject / what a stale sign-off approved) and merge conflicts, as a
mixin of the integrated editor (editor_plus.py). The writes are in services/review_desk.py."""
# self is typed as IntegratedEditor, the class that mixes this one in; mypy calls that "misc".
# mypy: disable-error-code="misc"

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from workbench.catalog import conflicts
from workbench.errors import WorkbenchError
from workbench.tui.screens.dialogs import Dialog
from workbench.tui.services import review_desk

if TYPE_CHECKING:
    from workbench.tui.screens.editor_plus import IntegratedEditor


class RejectDialog(Dialog[str]):
    """The note for the translator; Enter rejects (back to fuzzy), Esc cancels."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Reject #{self.number}: note for the translator (Enter rejects, "
                        "Esc cancels)")
            yield Input(placeholder="what to fix", id="note", compact=True)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())


class ReviewActions:
    review_mode: bool

    def review_status(self: IntegratedEditor) -> str:
        if not len(self.session):
            return ""
        entry = self.session.entries[self.index]
        state = "conflict" if conflicts.has_conflict(entry) else review_desk.state_of(entry)
        if not self.review_mode:  # outside review mode only a state worth knowing
            return "" if state == "unreviewed" else f"review: {state}"
        left = sum(1 for e in self.session.entries if review_desk.needs_review(e))
        return f"review: {state}, {left} to review"

    def action_review_next(self: IntegratedEditor) -> None:
        found = review_desk.next_to_review(self.session, self.index) if len(self.session) else None
        if found is None:
            self.notify("Nothing left to review: every translated segment is signed off.",
                        title="Review done")
            return
        self.go(found)

    def action_approve(self: IntegratedEditor) -> None:
        if not len(self.session):
            return
        self.sync_draft()
        i = self.index
        try:
            ok = self._write(f"#{i + 1} approved",
                             lambda: review_desk.approve(self.session, i))
        except ValueError as exc:
            self.notify(f"Not approved: {exc}", severity="warning")
            return
        if ok:
            self.after_review(i)

    def action_reject(self: IntegratedEditor) -> None:
        if not len(self.session):
            return
        i = self.index

        def chosen(note: str | None) -> None:
            self.forms.first.focus()
            if note is None:
                return
            if self._write(f"#{i + 1} rejected",
                           lambda: review_desk.reject(self.session, i, note)):
                self.after_review(i)

        self.app.push_screen(RejectDialog(i + 1), chosen)

    def after_review(self: IntegratedEditor, i: int) -> None:
        self.resync_target()
        self.refresh_row(self.index)
        self.show_context()
        self.update_status()
        if self.review_mode:
            self.action_review_next()

    def action_take_other_side(self: IntegratedEditor) -> None:
        """Conflict: put the other side into the target (again: the kept side back)."""
        sides = review_desk.conflict_sides(self.session.entries[self.index]) \
            if len(self.session) else None
        if sides is None:
            self.notify("No merge conflict on this segment.", severity="warning")
            return
        kept, other = sides
        current = list(self.forms.texts())
        wanted = kept if current[: len(other)] == other[: len(current)] else other
        for area, text in zip(self.forms.areas[: self.forms.count], wanted, strict=False):
            area.put(text)
        which = "kept side" if wanted is kept else "other side"
        self.notify(f"The {which} is in the target: edit to combine, Enter confirms and "
                    "clears the conflict.")

    def clear_conflict_if_done(self: IntegratedEditor, key: object) -> None:
        """After a confirm: a confirmed conflicted entry loses its marks."""
        i = self.session.index_of(key)  # type: ignore[arg-type]
        if i is None:
            return
        entry = self.session.entries[i]
        if conflicts.has_conflict(entry) and "fuzzy" not in entry.flags and entry.translated():
            try:
                self.after_save(review_desk.clear_conflict(self.session, i),
                                f"#{i + 1} conflict resolved")
            except (WorkbenchError, OSError) as exc:
                self.notify(f"Conflict mark not cleared: {exc}", severity="error")
            self.refresh_row(i)

    def review_details(self: IntegratedEditor) -> list[tuple[str, str | Text]]:
        """Lines for the context panel: conflict sides, rejection note, stale diff."""
        entry = self.session.entries[self.index]
        out: list[tuple[str, str | Text]] = []
        sides = review_desk.conflict_sides(entry)
        if sides is not None:
            out.append(("kept", " / ".join(sides[0])))
            out.append(("other", " / ".join(sides[1]) + "  (alt+o takes it)"))
        note = review_desk.rejection_note(entry)
        if note:
            out.append(("rejected", note))
        return out
