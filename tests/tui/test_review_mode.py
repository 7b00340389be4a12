"""Review mode (--review): F5 approves and goes on, shift+F5/alt+r rejects with a note; merge
conflicts show both sides, alt+o takes the other one and Enter resolves. Checked on disk."""

from __future__ import annotations

import polib
import pytest
from tuikit import RU, SLUG, on_disk, settle, synchronous

from workbench.catalog import conflicts, read_catalog, review, write_catalog
from workbench.tui.app import make_app
from workbench.tui.widgets.editor.panels import ContextPanel

TITLE = "Solidarity with Belarus"
SECOND = "The trade union protested on August 9."


@pytest.fixture(autouse=True)
def reviewer(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Anna K <anna@example.org>")
    return "Anna K <anna@example.org>"


@synchronous
async def test_approve_then_reject_with_a_note(project) -> None:
    po = read_catalog(project.po_path("ru", SLUG))
    review.approve(po.find(TITLE), "Someone <s@example.org>")  # already signed off: skipped
    write_catalog(po)
    app = make_app(project, SLUG, "ru", review=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.session.source(screen.index) == SECOND  # the first not signed off
        assert "review: unreviewed" in str(screen.query_one("#status").render())
        await pilot.press("f5")
        await settle(pilot)
        entry = on_disk(project, SECOND, "ru")
        assert review.is_approved(entry) and "fuzzy" not in entry.flags
        assert "workbench-review: approved" in entry.tcomment and "by Anna K" in entry.tcomment
        assert entry.msgstr == RU[SECOND]
        assert screen.index == 2  # on to the next one to review
        rejected = screen.session.source(2)
        await pilot.press("alt+r")
        await settle(pilot)
        for key in "Wrong tense":
            await pilot.press(key if key != " " else "space")
        await pilot.press("enter")
        await settle(pilot)
        entry = on_disk(project, rejected, "ru")
        assert "fuzzy" in entry.flags and entry.msgstr == RU[rejected]
        found = review.rejection(entry)
        assert found is not None and found.note == "Wrong tense"
        assert screen.row_of(1).status == "reviewed" and screen.row_of(2).status == "rejected"
        await pilot.press("f5")  # a fuzzy segment cannot be approved: nothing written
        await settle(pilot)


@synchronous
async def test_a_merge_conflict_is_resolved_by_taking_the_other_side(project) -> None:
    po = read_catalog(project.po_path("ru", SLUG))
    conflicts.mark(po.find(SECOND), polib.POEntry(msgid=SECOND, msgstr="Профсоюз бастовал 9 августа."))
    write_catalog(po)
    app = make_app(project, SLUG, "ru")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.go(1)
        await settle(pilot)
        assert screen.row_of(1).status == "conflict"
        context = str(screen.query_one(ContextPanel).render())
        assert "kept Профсоюз протестовал" in context and "other Профсоюз бастовал" in context
        await pilot.press("alt+o")
        await settle(pilot)
        assert screen.target.text == "Профсоюз бастовал 9 августа."
        await pilot.press("enter")
        await settle(pilot)
        entry = on_disk(project, SECOND, "ru")
        assert entry.msgstr == "Профсоюз бастовал 9 августа."
        assert not conflicts.has_conflict(entry) and "fuzzy" not in entry.flags
        assert screen.row_of(1).status == "translated"


@synchronous
async def test_a_stale_sign_off_shows_the_approved_text_diffed(project, reviewer) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(project.root), *args], check=True, capture_output=True,
                       env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                            "PATH": "/usr/bin:/bin"})

    po = read_catalog(project.po_path("ru", SLUG))
    review.approve(po.find(SECOND), reviewer)
    write_catalog(po)
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "approved")
    po = read_catalog(project.po_path("ru", SLUG))
    po.find(SECOND).msgstr = "Профсоюз протестовал 19 августа."
    write_catalog(po)
    app = make_app(project, SLUG, "ru", review=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.go(1)
        await settle(pilot)
        assert screen.row_of(1).status == "stale"
        context = str(screen.query_one(ContextPanel).render())
        assert "approved before Профсоюз протестовал [-9 -]{+19 +}августа." in context, context
