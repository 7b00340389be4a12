"""Project-wide find and replace from the editor (ctrl+r): preview, apply, undo as one step;
the open catalog is taken back in from disk, never written over."""

from __future__ import annotations

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app
from workbench.tui.screens.replace import ReplaceDialog

FIRST = "Solidarity with Belarus"
SECOND = "The trade union protested on August 9."
DRAFT = "Профспілка протестувала 9 серпня."


async def type_text(pilot, text: str) -> None:
    for key in text:
        await pilot.press(key if key != " " else "space")


@synchronous
async def test_replace_from_the_editor_applies_and_undoes_on_disk(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        editor = app.screen
        assert editor.index == 1
        await type_text(pilot, DRAFT)  # a draft in the open catalog, not confirmed
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ReplaceDialog)
        await type_text(pilot, "(Біло|Бела)рус")
        await pilot.press("tab")
        await type_text(pilot, "Belarus")
        await pilot.press("tab", "space", "shift+tab", "shift+tab", "enter")  # regex on, preview
        await settle(pilot)
        preview = str(dialog.query_one("#replace-changes").render())
        assert "2 change(s) in 2 catalog(s)" in preview
        assert "Солідарність з Білоруссю" in preview and "Солідарність з Belarusсю" in preview
        assert on_disk(project, FIRST).msgstr == "Солідарність з Білоруссю"  # preview writes nothing
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert on_disk(project, FIRST).msgstr == "Солідарність з Belarusсю"
        assert on_disk(project, FIRST, "ru").msgstr == "Солидарность с Belarusью"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is editor
        assert editor.session.saved_target(0) == "Солідарність з Belarusсю"
        assert editor.session.has_draft(1) and editor.target.text == DRAFT
        await pilot.press("enter")  # confirming the draft must not write the old text back
        await settle(pilot)
        assert on_disk(project, SECOND).msgstr == DRAFT
        assert on_disk(project, FIRST).msgstr == "Солідарність з Belarusсю"
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("ctrl+z")  # the whole replacement back, both catalogs, one step
        await settle(pilot)
        assert "2 change(s) put back" in str(app.screen.query_one("#replace-changes").render())
        await pilot.press("escape")
        await settle(pilot)
        assert editor.session.saved_target(0) == "Солідарність з Білоруссю"
    assert on_disk(project, FIRST).msgstr == "Солідарність з Білоруссю"
    assert on_disk(project, FIRST, "ru").msgstr == "Солидарность с Беларусью"
    assert on_disk(project, SECOND).msgstr == DRAFT
