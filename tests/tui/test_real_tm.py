"""With workbench.tm itself: a match from another statement, numbers substituted, accepted."""

from __future__ import annotations

import pytest
from tuikit import SLUG, on_disk, settle, synchronous

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.tui.app import make_app
from workbench.tui.widgets.editor.panels import MatchList


@pytest.mark.real_tm
@synchronous
async def test_real_tm_match_is_shown_accepted_and_saved(project) -> None:
    (project.root / "corpus" / "older.md").write_text(
        "# Older\n\nThe trade union protested on August 19.\n", encoding="utf-8")
    plan_update(project).write()
    older = read_catalog(project.po_path("uk", "older"))
    older.find("The trade union protested on August 19.").msgstr = \
        "Профспілка протестувала 19 серпня."
    write_catalog(older)
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert type(screen.assist.tm).__module__.startswith("workbench.tm")  # not the stand-in
        assert screen.index == 1
        assert screen.query_one(MatchList).option_count >= 1
        best = screen.lookup.matches[0]
        assert best.source == "The trade union protested on August 19." and best.score < 100
        await pilot.press("alt+1", "enter")
        await settle(pilot)
    entry = on_disk(project, "The trade union protested on August 9.")
    assert entry.msgstr == "Профспілка протестувала 9 серпня." and not entry.fuzzy


@pytest.mark.real_tm
@synchronous
async def test_memory_changes_made_while_the_editor_is_open_show_up(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.index == 1 and screen.query_one(MatchList).option_count == 0
        # Meanwhile, elsewhere: another statement is translated (as a `tm import` would add).
        (project.root / "corpus" / "older.md").write_text(
            "# Older\n\nThe trade union protested on August 19.\n", encoding="utf-8")
        plan_update(project).write()
        older = read_catalog(project.po_path("uk", "older"))
        older.find("The trade union protested on August 19.").msgstr = \
            "Профспілка протестувала 19 серпня."
        write_catalog(older)
        screen.assisting.refresh_tm_worker()  # what the editor's periodic look does
        await settle(pilot)
        assert screen.query_one(MatchList).option_count >= 1
        assert screen.lookup.matches[0].source == "The trade union protested on August 19."
