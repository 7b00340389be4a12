"""Screenshots of the home and editor screens at fixed sizes (pytest-textual-snapshot).

Regenerate after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from textual.widgets import Input, TextArea
from tuikit import SLUG, settle

from workbench.tui.app import make_app


async def steady(pilot) -> None:
    """Workers done, past the live check's typing pause, no blinking cursor: the same
    picture on every run."""
    await settle(pilot)
    await pilot.pause(0.4)
    await settle(pilot)
    for widget in pilot.app.screen.query(TextArea):
        widget.cursor_blink = False
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


def test_home_80x24(snap_compare, project) -> None:
    assert snap_compare(make_app(project), terminal_size=(80, 24), run_before=steady)


def test_home_120x40(snap_compare, project) -> None:
    assert snap_compare(make_app(project), terminal_size=(120, 40), run_before=steady)


def test_editor_80x24(snap_compare, project) -> None:
    async def typed(pilot) -> None:
        await steady(pilot)
        await pilot.press("alt+1")
        await steady(pilot)

    assert snap_compare(make_app(project, SLUG, "uk"), terminal_size=(80, 24), run_before=typed)


def test_editor_120x40(snap_compare, project) -> None:
    assert snap_compare(make_app(project, SLUG, "uk"), terminal_size=(120, 40), run_before=steady)


def test_help_80x24(snap_compare, project) -> None:
    async def help_open(pilot) -> None:
        await steady(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(project, SLUG, "uk"), terminal_size=(80, 24),
                        run_before=help_open)
