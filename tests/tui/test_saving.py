"""No lost work: concurrent changes are merged on confirm; the journal brings drafts back."""

from __future__ import annotations

import json

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.catalog import read_catalog, write_catalog
from workbench.tui.app import make_app


def record_notifications(app) -> list[str]:
    seen: list[str] = []
    original = app.notify

    def notify(message, *args, **kwargs):
        seen.append(f"{kwargs.get('title', '')}: {message}")
        return original(message, *args, **kwargs)

    app.notify = notify
    return seen


@synchronous
async def test_concurrent_change_is_merged_and_reported(project) -> None:
    app = make_app(project, SLUG, "uk")
    notes = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # Another translator saves the same catalog while this editor is open.
        other = read_catalog(project.po_path("uk", SLUG))
        other.find("Stop the violence against workers.").msgstr = "Зупиніть насильство."
        write_catalog(other)
        await pilot.press("alt+1", "enter")
        await settle(pilot)
        assert on_disk(project, "The trade union protested on August 9.").msgstr == \
            "Профспілка протестувала 9 серпня."
        assert on_disk(project, "Stop the violence against workers.").msgstr == "Зупиніть насильство."
        assert any("Merged" in n and "merged 1 entry" in n for n in notes), notes
        # The list shows their segment as translated now; Enter skipped past it.
        assert app.screen.session.status(4) == "translated"


@synchronous
async def test_journal_restores_typing_after_a_kill(project) -> None:
    app = make_app(project, SLUG, "uk")
    journal = project.cache_dir / "journal" / "uk" / f"{SLUG}.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+down")  # to segment 3, leaving nothing typed behind
        for key in ["Р", "о", "б", "space", "x"]:
            await pilot.press(key)
        await pilot.pause(0.6)  # longer than the journal's typing pause
        data = json.loads(journal.read_text(encoding="utf-8"))
        # What a kill -9 at this point would leave: the draft is on disk in the journal.
        assert [d["text"] for d in data["drafts"]] == ["Роб x"]
    assert on_disk(project, "Workers were arrested.").msgstr == ""  # the PO was not touched
    again = make_app(project, SLUG, "uk")
    notes = record_notifications(again)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = again.screen
        assert screen.index == 2 and screen.target.text == "Роб x"
        assert any("Restored 1 unsaved draft" in n for n in notes)
        await pilot.press("enter")
        await settle(pilot)
    assert on_disk(project, "Workers were arrested.").msgstr == "Роб x"
    assert not journal.exists()


@synchronous
async def test_entries_moved_on_disk_keep_the_editor_on_its_segment(project) -> None:
    import polib

    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # Another tool adds an entry at the top of the catalog while we edit segment 2.
        other = read_catalog(project.po_path("uk", SLUG))
        other.insert(0, polib.POEntry(msgid="A new first sentence.", msgstr=""))
        write_catalog(other)
        await pilot.press("x", "space", "9", "enter")
        await settle(pilot)
        assert on_disk(project, "The trade union protested on August 9.").msgstr == "x 9"
        screen = app.screen
        assert screen.session.source(screen.index) == "Workers were arrested."
