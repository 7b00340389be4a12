"""Fixtures of the export tests (helpers live in export_helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import DATA, make

from workbench.project import Project


@pytest.fixture
def rich_project(tmp_path: Path) -> Project:
    return make(tmp_path, {"rich.md": (DATA / "rich.md").read_text(encoding="utf-8")})
