"""Keys sent in one burst (a text expander, a paste of key sequences) apply in the order typed;
a plural entry is translated in all its forms, each named for the language."""

from __future__ import annotations

import polib
from textual import events
from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app

SECOND = "The trade union protested on August 9."
THIRD = "Workers were arrested."
SUGGESTION = "Профспілка протестувала 9 серпня."


def burst(app, keys: list[str]) -> None:
    """Queue every key at once, as a terminal delivers a fast burst."""
    for key in keys:
        char = key if len(key) == 1 else {"space": " ", "tab": "\t", "enter": "\r"}.get(key)
        app.post_message(events.Key(key, char))


def add_plural_entry(project) -> None:
    path = project.po_path("uk", SLUG)
    po = polib.pofile(str(path))
    po.insert(1, polib.POEntry(msgid="%d worker was detained",
                               msgid_plural="%d workers were detained",
                               msgstr_plural={0: "", 1: "", 2: ""}))
    po.save(str(path))


@synchronous
async def test_text_typed_right_after_enter_goes_to_the_next_segment(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, ["alt+1", "enter", "Р", "о", "б"])
        await settle(pilot)
        screen = app.screen
        assert on_disk(project, SECOND).msgstr == SUGGESTION
        assert screen.index == 2 and screen.target.text == "Роб"
        assert screen.session.target(2) == "Роб"


@synchronous
async def test_a_plural_entry_is_translated_in_all_its_forms(project) -> None:
    add_plural_entry(project)
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.session.is_plural(screen.index)
        titles = [a.border_title for a in screen.forms.areas[: screen.forms.count]]
        assert titles == ["Target · uk · one (1, 21, 31…)", "Target · uk · few (2, 3, 4…)",
                          "Target · uk · many (0, 5, 6…)"]
        burst(app, ["a", "tab", "b", "b", "tab", "c"])  # Tab moves to the next form
        await settle(pilot)
        assert screen.forms.texts() == ("a", "bb", "c")
        await pilot.press("enter", "enter")  # the placeholder is missing: confirm anyway
        await settle(pilot)
    entry = polib.pofile(str(project.po_path("uk", SLUG))).find("%d worker was detained")
    assert entry.msgstr_plural == {0: "a", 1: "bb", 2: "c"} and "fuzzy" not in entry.flags


@synchronous
async def test_keys_after_a_dialog_key_go_to_the_dialog_then_back(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, ["ctrl+g", "4", "enter", "x"])  # go to #4, then type there
        await settle(pilot)
        screen = app.screen
        assert screen.index == 3 and screen.target.text == "x"
        assert on_disk(project, SECOND).msgstr == ""  # nothing confirmed on the way
