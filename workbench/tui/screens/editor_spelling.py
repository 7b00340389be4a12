"""Spelling in the editor, as a mixin of the integrated editor (editor_plus.py): the dictionary
loads in a worker, F7 lists suggestions for the word at the cursor (worker: 0.1–1 s) and
replaces it on pick, alt+w adds the word to the project's words (spelling/<lang>.txt)."""
# self is typed as IntegratedEditor, the class that mixes this one in; mypy calls that "misc".
# mypy: disable-error-code="misc"

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from workbench.tui.screens.dialogs import Dialog
from workbench.tui.services.spelling_assist import word_at

if TYPE_CHECKING:
    from workbench.tui.screens.editor_plus import IntegratedEditor
    from workbench.tui.widgets.editor.target_area import TargetArea

ADD = "\x00add"
SHOWN: set[str] = set()  # spelling notices already shown in this process (once each)


class SuggestionPicker(Dialog[str]):
    """Up to five corrections and 'add to the project's words'; Enter picks, Esc cancels."""

    def __init__(self, word: str, suggestions: list[str]) -> None:
        super().__init__()
        self.word, self.suggestions = word, suggestions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            found = "" if self.suggestions else " (no suggestions)"
            yield Label(f"Replace «{self.word}» with{found} (Enter picks, Esc cancels)")
            yield OptionList(*[Option(s, id=str(n)) for n, s in enumerate(self.suggestions)],
                             Option(f"Add «{self.word}» to the project's words", id=ADD))

    def on_mount(self) -> None:
        self.query_one(OptionList).styles.height = len(self.suggestions) + 3

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        picked = event.option.id or ""
        self.dismiss(ADD if picked == ADD else self.suggestions[int(picked)])


class SpellingActions:
    def cursor_word(self: IntegratedEditor) -> tuple[TargetArea, int, int, str] | None:
        area = self.target
        row, col = area.cursor_location
        offset = sum(len(line) + 1 for line in area.text.split("\n")[:row]) + col
        found = word_at(area.text, offset)
        return None if found is None else (area, *found)

    @work(thread=True, exclusive=True, group="spelling-load", exit_on_error=False)
    def spelling_preload_worker(self: IntegratedEditor) -> None:
        texts = [e.msgstr for e in self.session.entries if e.msgstr][:500]
        notes = self.speller.preload(texts)
        self.app.call_from_thread(self.spelling_loaded, notes)

    def spelling_loaded(self: IntegratedEditor, notes: list[str]) -> None:
        for note in notes:
            if note not in SHOWN:
                SHOWN.add(note)
                self.notify(note, title="Spelling", severity="warning", timeout=8)

    def action_spelling(self: IntegratedEditor) -> None:
        found = self.cursor_word()
        if found is None:
            self.notify("No word at the cursor.", severity="warning")
            return
        self.suggest_worker(*found)

    @work(thread=True, exclusive=True, group="spelling", exit_on_error=False)
    def suggest_worker(self: IntegratedEditor, area: TargetArea, start: int, end: int,
                       word: str) -> None:
        if not self.speller.ready:
            self.speller.preload([])
        options = self.speller.suggestions(word)
        self.app.call_from_thread(self.show_suggestions, area, start, end, word, options)

    def show_suggestions(self: IntegratedEditor, area: TargetArea, start: int, end: int,
                         word: str, options: list[str]) -> None:
        text = area.text

        def picked(choice: str | None) -> None:
            area.focus()
            if choice == ADD:
                self.add_spelling_word(word)
            elif choice is not None and area.text == text:  # not typed over meanwhile
                area.put(text[:start] + choice + text[end:])

        self.app.push_screen(SuggestionPicker(word, options), picked)

    def action_add_word(self: IntegratedEditor) -> None:
        found = self.cursor_word()
        if found is None:
            self.notify("No word at the cursor.", severity="warning")
            return
        self.add_spelling_word(found[3])

    def add_spelling_word(self: IntegratedEditor, word: str) -> None:
        try:
            added = self.speller.add(word)
        except OSError as exc:
            self.notify(f"Not added: {exc}", severity="error")
            return
        where = f"spelling/{self.speller.code}.txt"
        self.notify(f"«{word}» added to {where}." if added else f"«{word}» is already in {where}.")
        context = getattr(self.assist, "_qa_context", None)
        if context is not None:  # the QA check keeps its checker: the next one reads the words
            context.cache.pop("spelling", None)
        self.assisting.check_current()
        self.assisting.catalog_check_worker(self.session.catalog)
