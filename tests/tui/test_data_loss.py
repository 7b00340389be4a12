"""The two data-loss sequences of issue #10, as a translator met them in the editor."""

from __future__ import annotations

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app

SECOND = "The trade union protested on August 9."
THIRD = "Workers were arrested."


async def type_text(pilot, text: str) -> None:
    for key in text:
        await pilot.press(key if key != " " else "space")


@synchronous
async def test_undo_redo_then_save_drafts_keeps_the_confirmed_text(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await type_text(pilot, "Профспілка протестувала 9 серпня.")
        await pilot.press("enter")  # confirmed, on disk; the editor moves to the next segment
        await settle(pilot)
        await pilot.press("ctrl+z")  # undo the confirm: back on segment 2, empty on disk
        await settle(pilot)
        assert on_disk(project, SECOND).msgstr == ""
        assert screen.index == 1 and screen.target.text == ""
        await pilot.press("ctrl+y")  # redo: the text is back on disk and in the editor
        await settle(pilot)
        assert on_disk(project, SECOND).msgstr == "Профспілка протестувала 9 серпня."
        assert screen.target.text == "Профспілка протестувала 9 серпня."
        assert not screen.session.has_draft(1)
        await pilot.press("ctrl+s")  # "save drafts as fuzzy": nothing of this segment to save
        await settle(pilot)
    entry = on_disk(project, SECOND)
    assert entry.msgstr == "Профспілка протестувала 9 серпня." and not entry.fuzzy


@synchronous
async def test_a_save_retried_after_a_failure_writes_the_text(project) -> None:
    path = project.po_path("uk", SLUG)
    good = path.read_bytes()
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        path.write_bytes(good + b'msgid "broken\n')
        await type_text(pilot, "Профспілка протестувала 9 серпня.")
        await pilot.press("enter")
        await settle(pilot)
        assert "Save failed" in " ".join(n.title or "" for n in app._notifications)
        assert screen.index == 1 and screen.session.has_draft(1)
        assert screen.target.text == "Профспілка протестувала 9 серпня."
        path.write_bytes(good)  # the conflict is resolved
        await pilot.press("enter")
        await settle(pilot)
        assert screen.index == 2
    entry = on_disk(project, SECOND)
    assert entry.msgstr == "Профспілка протестувала 9 серпня." and not entry.fuzzy
    assert not (project.cache_dir / "journal" / "uk" / f"{SLUG}.json").exists()
