"""Spelling in the editor: a misspelt word is underlined as it is typed, F7 offers corrections
and replaces the word at the cursor, alt+w adds it to the project's words (on disk)."""

from __future__ import annotations

from tuikit import SLUG, settle, synchronous

from tests.conftest import require_system
from workbench.spelling import find_dictionary
from workbench.tui.app import make_app
from workbench.tui.screens.editor_spelling import SuggestionPicker

TYPO = "Профсоюз протестовол 9 августа."


def _need_ru() -> None:
    require_system(find_dictionary("ru") is not None, "hunspell-ru (Debian package)")


@synchronous
async def test_underline_suggest_and_replace(project) -> None:
    _need_ru()
    app = make_app(project, SLUG, "ru")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.go(1)
        await settle(pilot)
        assert screen.speller.ready  # loaded by the worker, not on the first check
        screen.target.put(TYPO)
        await pilot.pause(0.5)
        await settle(pilot)
        assert (9, 20) in screen.target._findings  # the typo is underlined
        screen.target.move_cursor((0, 12))
        await pilot.press("f7")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, SuggestionPicker)
        assert picker.suggestions[0] == "протестовал" and len(picker.suggestions) <= 5
        await pilot.press("enter")
        await settle(pilot)
        assert screen.target.text == "Профсоюз протестовал 9 августа."


@synchronous
async def test_add_word_writes_the_project_words(project) -> None:
    _need_ru()
    app = make_app(project, SLUG, "ru")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.go(1)
        await settle(pilot)
        screen.target.put("Профсоюз профкомовцы протестовал.")
        await pilot.pause(0.5)
        await settle(pilot)
        assert (9, 20) in screen.target._findings
        screen.target.move_cursor((0, 11))
        await pilot.press("alt+w")
        await pilot.pause(0.5)
        await settle(pilot)
        words = (project.root / "spelling" / "ru.txt").read_text(encoding="utf-8")
        assert "профкомовцы" in words.splitlines()
        assert (9, 20) not in screen.target._findings  # known now: no longer underlined


@synchronous
async def test_a_spelling_notice_is_shown_once(project, monkeypatch) -> None:
    from workbench.tui.screens import editor_spelling

    note = "spelling: no Hunspell dictionary for uk: apt install hunspell-uk"
    monkeypatch.setattr("workbench.spelling.notices", lambda: [note])
    monkeypatch.setattr(editor_spelling, "SHOWN", set())
    shown = []
    for _ in range(2):  # the editor opened twice in one process
        app = make_app(project, SLUG, "uk")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            shown += [n.message for n in app._notifications if n.message == note]
    assert shown == [note]
