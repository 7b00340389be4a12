"""The target: one text area, or one per plural form (named one / few / many…) for a plural
entry. Each is sized to its text within the room it is given; Tab moves between forms."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import TextArea

from workbench.tui.widgets.editor.target_area import TargetArea

MAX_FORMS = 6  # gettext's most (Arabic)


class TargetForms(Vertical):
    class Edited(Message):
        """The translator changed a form's text (messages up: the screen tells the session)."""

        def __init__(self, form: int, text: str) -> None:
            super().__init__()
            self.form, self.text = form, text

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.count = 1

    def compose(self) -> ComposeResult:
        yield TargetArea(id="target", classes="-used")
        for n in range(1, MAX_FORMS):
            yield TargetArea(id=f"target-{n}", classes="form")

    @property
    def areas(self) -> list[TargetArea]:
        return list(self.query(TargetArea))

    @property
    def first(self) -> TargetArea:
        return self.query_one("#target", TargetArea)

    def show(self, forms: tuple[str, ...], labels: list[str] | None = None) -> None:
        """Load a segment's forms (history cleared); labels name the plural forms."""
        areas = self.areas
        if len(forms) != self.count:  # only a change of shape restyles the hidden fields
            for n, area in enumerate(areas[1:], start=1):
                area.set_class(n < len(forms), "-used")
        self.count = len(forms)
        for n, text in enumerate(forms):
            areas[n].show(text)
            label = f" · {labels[n]}" if labels and len(forms) > 1 else ""
            title = f"Target · {self.lang}{label}"
            if areas[n].border_title != title:
                areas[n].border_title = title

    def texts(self) -> tuple[str, ...]:
        return tuple(area.text for area in self.areas[: self.count])

    @on(TextArea.Changed)
    def _edited(self, event: TextArea.Changed) -> None:
        event.stop()
        if not isinstance(event.text_area, TargetArea):
            return
        form = self.areas.index(event.text_area)
        self.post_message(self.Edited(form, event.text_area.text))
