"""Fixtures for the interchange tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from interchange_helpers import make_project, write_ru

from workbench.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = make_project(tmp_path / "proj")
    write_ru(project)
    return project
