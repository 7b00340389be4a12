"""The shared memory syncs in the background: at open and after a confirm (debounced), the
status line says how it went, typing is never held up, and pulled units reach the TM.
A stand-in for workbench.tm.shared.sync (same call, a report with the same fields); the
real server is tested in tests/unit/shared_tm."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest
from tuikit import SLUG, settle, synchronous

from workbench.tui.app import make_app


@dataclass
class FakeReport:
    offline: str = ""
    pending: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    pushed: int = 0


class FakeSync:
    def __init__(self, reports: list[FakeReport]) -> None:
        self.reports, self.calls = reports, 0
        self.release = threading.Event()

    def __call__(self, project, *, on_progress=None, wait=60.0):
        self.calls += 1
        assert self.release.wait(10), "the test never let the sync finish"
        on_progress("push", 0, 0)
        return self.reports.pop(0)


@pytest.fixture
def shared(project, monkeypatch: pytest.MonkeyPatch) -> FakeSync:
    toml = project.root / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[tm]\nshared = "orgtm"\n',
                    encoding="utf-8")
    fake = FakeSync([FakeReport(pulled={"uk": 3}, pushed=1),
                     FakeReport(offline="no route to host", pending=2)])
    monkeypatch.setattr("workbench.tm.shared.sync", fake)
    monkeypatch.setattr("workbench.tui.screens.editor_plus.CONFIRM_DELAY", 0.1)
    return fake


@synchronous
async def test_sync_at_open_and_after_confirm(project, shared, fake_tm) -> None:
    refreshed: list[int] = []
    fake_tm.refresh = lambda **kw: refreshed.append(1)
    from workbench.project import Project

    app = make_app(Project.open(project.root), SLUG, "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        screen = app.screen
        status = screen.query_one("#status")
        assert "TM syncing…" in str(status.render())
        before = screen.target.text
        await pilot.press("x")  # typing while the sync waits on the server
        await pilot.pause(0.1)
        assert screen.target.text == before + "x"
        shared.release.set()
        await settle(pilot)
        assert "TM synced 3" in str(status.render())
        assert refreshed  # pulled units: the TM took them in
        screen.target.put("Профспілка протестувала 9 серпня.")
        await pilot.press("enter")  # a confirm: another sync, after a pause
        await pilot.pause(0.4)
        await settle(pilot)
        assert shared.calls == 2
        assert "TM offline: queued 2" in str(status.render())
