"""The translator's main flow, driven with Pilot: open, type, accept a TM match, confirm."""

from __future__ import annotations

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.home import HomeScreen
from workbench.tui.widgets.editor.panels import MatchList
from workbench.tui.widgets.editor.target_area import TargetArea


@synchronous
async def test_opens_on_first_segment_needing_work_with_cursor_in_target(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        assert screen.index == 1  # segment 1 is translated already
        assert isinstance(app.focused, TargetArea)


@synchronous
async def test_type_confirm_and_accept_tm_match(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one(MatchList).option_count == 1
        await pilot.press("alt+1")  # insert TM match 1: the number-substituted suggestion
        assert screen.target.text == "Профспілка протестувала 9 серпня."
        await pilot.press("enter")
        await settle(pilot)
        entry = on_disk(project, "The trade union protested on August 9.")
        assert entry.msgstr == "Профспілка протестувала 9 серпня." and not entry.fuzzy
        assert screen.index == 2  # moved on to the next segment needing work
        for key in "Робітників заарештували.":
            await pilot.press(key if key != " " else "space")
        await pilot.press("ctrl+j")
        await pilot.press("x")
        await pilot.press("enter")
        await settle(pilot)
        entry = on_disk(project, "Workers were arrested.")
        assert entry.msgstr == "Робітників заарештували.\nx" and not entry.fuzzy
        assert screen.index == 3


@synchronous
async def test_enter_on_empty_target_saves_nothing(project) -> None:
    before = project.po_path("uk", SLUG).read_bytes()
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.index == 1
    assert project.po_path("uk", SLUG).read_bytes() == before


@synchronous
async def test_copy_source_fuzzy_undo_and_save(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+b")
        assert screen.target.text == "The trade union protested on August 9."
        await pilot.press("ctrl+u")  # fuzzy, written at once
        await settle(pilot)
        assert on_disk(project, "The trade union protested on August 9.").fuzzy
        await pilot.press("ctrl+z")  # no typing to undo: undoes the fuzzy toggle
        await settle(pilot)
        assert on_disk(project, "The trade union protested on August 9.").msgstr == ""
        await pilot.press("ctrl+down")
        await pilot.press("a")
        await pilot.press("ctrl+s")  # drafts saved, marked fuzzy
        await settle(pilot)
        entry = on_disk(project, "Workers were arrested.")
        assert entry.msgstr == "a" and entry.fuzzy


@synchronous
async def test_navigation_jump_and_filter(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+g", "4", "enter")
        assert screen.index == 3
        await pilot.press("ctrl+up")
        assert screen.index == 2
        screen.apply_filter("translated", "")
        assert screen.segments.indexes == [0]
        assert screen.index == 0
        screen.apply_filter("all", "violence")
        assert screen.segments.indexes == [4]
        screen.apply_filter("fuzzy", "")  # nothing is fuzzy: the filter stays as it was
        assert screen.filter_text == "violence"


@synchronous
async def test_home_opens_editor_and_remembers_choice(project) -> None:
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("right", "enter")  # the statement's first language is ru; go to uk
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen)
        assert app.screen.session.lang == "uk"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    again = make_app(project)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        from workbench.tui.widgets.home.overview_table import OverviewTable

        assert again.screen.query_one(OverviewTable).current() == (SLUG, "uk")


@synchronous
async def test_every_editor_key_is_in_the_palette_and_help(project) -> None:
    from workbench.tui.screens.editor_keys import EDITOR_BINDINGS
    from workbench.tui.screens.help import help_text

    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [title for title, _, _ in app.screen.palette_commands()]
        helps = " ".join(h for _, h, _ in app.screen.palette_commands())
        text = help_text().plain.lower()
        for binding in EDITOR_BINDINGS:
            first_key = binding.key.split(",")[0]
            assert first_key in helps or binding.action.startswith("insert_match"), binding
            assert first_key in text or binding.action.startswith("insert_match"), binding
        assert "Insert TM match 9" in titles


@synchronous
async def test_escape_from_a_direct_open_shows_the_statements(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # back in, on the remembered catalog
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen) and app.screen.session.lang == "uk"
