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
        self._loading = False

    def compose(self) -> ComposeResult:
        yield TargetArea(id="target")
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
        self.count = len(forms)
        self._loading = True
        try:
            for n, area in enumerate(self.areas):
                used = n < len(forms)
                area.set_class(used, "-used")
                if used:
                    area.show(forms[n])
                    label = f" · {labels[n]}" if labels and len(forms) > 1 else ""
                    area.border_title = f"Target · {self.lang}{label}"
        finally:
            self._loading = False
        self.fit()

    def texts(self) -> tuple[str, ...]:
        return tuple(area.text for area in self.areas[: self.count])

    def fit(self, room: int | None = None) -> None:
        """Each form as tall as its wrapped text (at least 2 lines), sharing ``room``."""
        room = room if room is not None else max(4, self.size.height or 4)
        each = max(2, room // max(1, self.count))
        for area in self.areas[: self.count]:
            lines = area.wrapped_document.height if area.size.width else 1
            area.styles.height = min(each, max(2, lines + 1)) + 1  # + the border line

    @on(TextArea.Changed)
    def _edited(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._loading or not isinstance(event.text_area, TargetArea):
            return
        form = self.areas.index(event.text_area)
        self.post_message(self.Edited(form, event.text_area.text))
