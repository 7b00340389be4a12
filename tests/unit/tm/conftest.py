"""Fixtures for the TM tests: small projects with catalogs written in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tm_data import write_po  # noqa: F401  (a module name of its own: every conftest is 'conftest')

from workbench.project import Project

MAIN = [
    ("Workers' rights", "Права работников"),
    ("The union was banned in 2021.", "Профсоюз был запрещён в 2021 году."),
    ("Workers were sentenced to 25 days of arrest.", "Рабочих приговорили к 25 суткам ареста."),
    ("The leaders were detained by the police.", "Лидеров задержала полиция.", "fuzzy"),
    ("We demand their release.", ""),
    {"msgid": "%d worker", "plural": "%d workers", "msgstrs": ["%d работник", "%d работника", "%d работников"]},
    ("Solidarity with Belarusian workers!", "Солидарность с белорусскими рабочими!"),
]


@pytest.fixture
def tm_project(make_project: Callable[..., Project]) -> Project:
    project = make_project({"main": "# Main\n", "other": "# Other\n"}, targets=("ru",))
    write_po(project, "main", MAIN)
    return project


@pytest.fixture
def catalog(tm_project: Project) -> Callable[..., Path]:
    def factory(slug: str, entries: list, lang: str = "ru") -> Path:
        return write_po(tm_project, slug, entries, lang)

    return factory
