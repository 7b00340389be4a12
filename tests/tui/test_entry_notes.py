"""The context panel shows the entry's notes and references; the translator comment is edited
(ctrl+o) and a QA finding accepted and taken back (F6) from the editor."""

from __future__ import annotations

from tuikit import SLUG, on_disk, settle, synchronous

from workbench.tui.app import make_app
from workbench.tui.widgets.editor.panels import ContextPanel

SECOND = "The trade union protested on August 9."


@synchronous
async def test_comment_and_accepted_finding_from_the_editor(project) -> None:
    app = make_app(project, SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        context = str(screen.query_one(ContextPanel).render())
        assert "notes paragraph" in context and "refs corpus/demo.md:3" in context, context
        await pilot.press("ctrl+o")
        await settle(pilot)
        for key in "Check the date":
            await pilot.press(key if key != " " else "space")
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(project, SECOND).tcomment == "Check the date"
        assert "comment Check the date" in str(screen.query_one(ContextPanel).render())
        screen.target.put("Тред-юніон протестував 9 серпня.")  # a forbidden term: an error
        await pilot.pause(0.5)
        await settle(pilot)
        assert screen.errors_in(1)
        await pilot.press("f6")
        await settle(pilot)
        assert on_disk(project, SECOND).tcomment == \
            "Check the date\nworkbench-accept: term-forbidden"
        assert not screen.errors_in(1)  # accepted: no longer a finding
        await pilot.press("f6")  # taken back
        await settle(pilot)
        assert on_disk(project, SECOND).tcomment == "Check the date"
