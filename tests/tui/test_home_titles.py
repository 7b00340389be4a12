"""The home screen tells similar statements apart; the editor's status line names the statement."""

from __future__ import annotations

from tuikit import SLUG, settle, synchronous

from workbench.catalog.update import plan_update
from workbench.tui.app import make_app
from workbench.tui.services.overview import statement_title
from workbench.tui.services.titles import distinct_titles
from workbench.tui.widgets.home.overview_table import OverviewTable

COMMON = "Joint Statement of IndustriALL Global Union and industriAll European Trade Union on "


def test_a_setext_heading_is_the_title(project) -> None:
    path = project.root / "corpus" / "setext.md"
    path.write_text("Workers of Belarus\n==================\n\nThey protested.\n", encoding="utf-8")
    assert statement_title(project.statement("setext")) == "Workers of Belarus"


def test_similar_titles_keep_the_part_that_differs() -> None:
    titles = {s: COMMON + s.capitalize() for s in ("belarus", "kazakhstan", "iran")}
    for width in (24, 30, 50):
        fitted = distinct_titles(titles, width)
        assert len(set(fitted.values())) == 3, fitted
        assert all(len(t) <= width for t in fitted.values())
        assert fitted["kazakhstan"].endswith("Kazakhstan")


@synchronous
async def test_home_shows_three_similar_statements_distinctly(project) -> None:
    for name in ("belarus", "kazakhstan", "iran"):
        (project.root / "corpus" / f"joint-{name}.md").write_text(
            f"# {COMMON}{name.capitalize()}\n\nWorkers protested.\n", encoding="utf-8")
    plan_update(project).write()
    for size in ((80, 24), (120, 40)):
        app = make_app(project)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            table = app.screen.query_one(OverviewTable)
            shown = {str(table.get_cell(slug, "title")) for slug in table.slugs}
            width = table.columns["title"].width  # type: ignore[index]
            assert all(len(s) <= width for s in shown), (width, shown)
            assert len(shown) == len(table.slugs) == 4, shown
            assert any(s.endswith("Kazakhstan") for s in shown), shown


@synchronous
async def test_status_line_names_the_statement(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = str(app.screen.query_one("#status").render())
        assert "Solidarity with Belarus" in status, status
