"""Mouse, side panels and the other screens: glossary, QA list, concordance, help."""

from __future__ import annotations

from tuikit import SLUG, settle, synchronous

from workbench.tui.app import make_app
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.glossary import GlossaryScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.qa import QAScreen
from workbench.tui.widgets.editor.panels import FindingsPanel, MatchList, TermsPanel
from workbench.tui.widgets.editor.segment_list import SegmentList
from workbench.tui.widgets.home.overview_table import OverviewTable


@synchronous
async def test_clicks_open_a_catalog_a_segment_and_insert_a_match(project) -> None:
    app = make_app(project)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(OverviewTable)
        column = 1 + table.langs.index("uk")
        x = sum(c.get_render_width(table) for c in list(table.columns.values())[:column]) + 2
        await pilot.click(OverviewTable, offset=(x, 1))
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen) and app.screen.session.lang == "uk"
        await pilot.click(SegmentList, offset=(10, 1))  # the second row: segment 2
        await settle(pilot)
        assert app.screen.index == 1
        await pilot.click(MatchList, offset=(5, 1))
        assert app.screen.target.text == "Профспілка протестувала 9 серпня."


@synchronous
async def test_live_qa_and_glossary_hints_follow_the_typing(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "профспілка" in str(screen.query_one(TermsPanel).render())
        screen.target.put("Тред-юніон протестував 19 серпня.")
        await pilot.pause(0.5)  # past the typing pause of the live check
        await settle(pilot)
        findings = screen.findings.get(1, [])
        assert findings, "a changed number and a forbidden term are findings"
        shown = str(screen.query_one(FindingsPanel).render())
        assert any(f.message[:20] in shown for f in findings)


@synchronous
async def test_narrow_layout_switches_panels(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#tm").has_class("-shown")
        await pilot.press("f8")
        assert screen.panel == "terms" and screen.query_one("#terms").display
        assert not screen.query_one("#tm").display


@synchronous
async def test_glossary_screen_adds_and_inserts_terms(project) -> None:
    from workbench.glossary import load_termbase

    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, GlossaryScreen)
        assert app.focused is not None and app.focused.id == "search"
        await pilot.press("ctrl+n")
        for key in "arrest":
            await pilot.press(key)
        await pilot.press("enter")  # to the translation field
        for key in "арешт":
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, GlossaryScreen)
        concepts = load_termbase(project).find("arrest", "en")
        assert [t.text for t in concepts[0].terms_in("uk")] == ["арешт"]
        await pilot.press("ctrl+f", *"trade", "enter")  # search, then to the list
        await pilot.press("enter")  # insert the first concept's translation
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen)
        assert app.screen.target.text == "профспілка"


@synchronous
async def test_qa_screen_jumps_to_a_finding(project) -> None:
    from workbench.catalog import read_catalog, write_catalog

    po = read_catalog(project.po_path("uk", SLUG))
    po.find("Release all activists.").msgstr = "Звільніть 5 активістів."
    write_catalog(po)
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert 3 in app.screen.findings
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, QAScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen) and app.screen.index == 3


@synchronous
async def test_concordance_inserts_a_hit_and_help_opens(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+k")
        for key in "Workers":
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConcordanceScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.target.text == "Робітників заарештували в Мінську."
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, EditorScreen)


@synchronous
async def test_a_failing_helper_does_not_stop_the_editor(project, fake_tm) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("index damaged")

    fake_tm.lookup = broken
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "index damaged" in str(app.screen.query_one(MatchList).render())
        log = (project.cache_dir / "logs" / "tui.log").read_text(encoding="utf-8")
        assert "matches failed" in log and "RuntimeError: index damaged" in log  # and logged
        await pilot.press("a", "enter", "enter")  # QA: the number is missing; confirm anyway
        await settle(pilot)
        assert app.screen.index == 2  # still editing
