"""Fixtures for the TUI tests: a small project on disk and a stand-in TM with fixed matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from tuikit import FakeTM, build_project

from workbench.project import Project
from workbench.tui.services.assist import Assistant


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return build_project(tmp_path / "project")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_tm: use workbench.tm itself, not the stand-in TM")


@pytest.fixture(autouse=True)
def fake_tm(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> FakeTM | None:
    """The TUI tests use a stand-in TM so they show the same matches whatever is in the
    project's memory; a test marked ``@pytest.mark.real_tm`` uses workbench.tm itself."""
    if request.node.get_closest_marker("real_tm") is not None:
        return None
    tm = FakeTM()

    def load_tm(self: Assistant) -> None:
        self.tm, self.tm_note = tm, ""

    monkeypatch.setattr(Assistant, "load_tm", load_tm)
    return tm
