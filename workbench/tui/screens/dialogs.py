"""Small modal dialogs of the editor: go to a number, filter, pick a glossary term."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.tui.services.assist import TermHint

T = TypeVar("T")


class Dialog(ModalScreen[T | None]):
    """A centred box; escape cancels (dismisses with None)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)


class JumpDialog(Dialog[int]):
    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Go to segment (1–{self.total}); Enter goes, Esc cancels")
            yield Input(type="integer", placeholder="number", id="number", compact=True)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(int(value) if value.lstrip("-").isdigit() else None)


class FilterDialog(Dialog[tuple[str, str]]):
    """Text to look for (source or target) and a status; Enter applies both."""

    def __init__(self, labels: dict[str, str], status: str, text: str) -> None:
        super().__init__()
        self.labels, self.status, self.text = labels, status, text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Show segments containing (source or target):")
            yield Input(self.text, placeholder="any text", id="text", compact=True)
            yield Label("…that are (↑↓ choose, Enter applies, Esc cancels):")
            yield OptionList(*[Option(label, id=key) for key, label in self.labels.items()],
                             id="status")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.styles.height = len(self.labels) + 2  # auto height comes too late for the box
        keys = list(self.labels)
        options.highlighted = keys.index(self.status) if self.status in keys else 0
        self.query_one(Input).focus()

    def key_down(self) -> None:
        if self.focused is self.query_one(Input):
            self.query_one(OptionList).focus()

    def _apply(self) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted or 0
        status = options.get_option_at_index(highlighted).id or "all"
        self.dismiss((status, self.query_one(Input).value.strip()))

    @on(Input.Submitted)
    def submitted(self) -> None:
        self._apply()

    @on(OptionList.OptionSelected)
    def selected(self) -> None:
        self._apply()


class TermPicker(Dialog[str]):
    def __init__(self, hints: list[TermHint]) -> None:
        super().__init__()
        self.hints = hints

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Insert which term? (Enter inserts, Esc cancels)")
            yield OptionList(*[Option(self._label(h), id=str(n))
                               for n, h in enumerate(self.hints)])

    def on_mount(self) -> None:
        self.query_one(OptionList).styles.height = min(len(self.hints), 10) + 2

    @staticmethod
    def _label(hint: TermHint) -> Text:
        out = Text(hint.source, style="bold")
        out.append(" → ")
        out.append(hint.insert_text, style="green")
        return out

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.hints[int(event.option.id or 0)].insert_text)


class CommentDialog(Dialog[str]):
    """The translator comment of a segment (the PO's ``#`` lines); Enter saves it."""

    def __init__(self, number: int, comment: str) -> None:
        super().__init__()
        self.number, self.comment = number, comment

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Translator comment of #{self.number} (lines joined with ' / '); "
                        "Enter saves, Esc cancels")
            yield Input(" / ".join(self.comment.split("\n")), id="comment", compact=True)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss("\n".join(part.strip() for part in event.value.split(" / ")).strip())
