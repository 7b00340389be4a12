"""Enter on a segment with a QA error asks once; the error stays counted in the status line."""

from __future__ import annotations

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app

SECOND = "The trade union protested on August 9."
WITH_FORBIDDEN_TERM = "Тред-юніон протестував 9 серпня."


@synchronous
async def test_enter_on_a_qa_error_asks_once_then_confirms(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.target.put(WITH_FORBIDDEN_TERM)
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(project, SECOND).msgstr == ""  # asked, not confirmed
        assert screen.index == 1 and screen.errors_in(1)
        assert any(n.title == "QA error" for n in app._notifications)
        await pilot.press("enter")  # the translator insists
        await settle(pilot)
        assert on_disk(project, SECOND).msgstr == WITH_FORBIDDEN_TERM
        assert screen.index == 2
        assert "✗1" in str(screen.query_one("#status").render())
