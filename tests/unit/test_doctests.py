"""Every docstring example in workbench/ runs (issue #17): the docs cannot rot.

Each module whose source holds a ``>>>`` example is imported and run through doctest; a package
adds examples and they are collected here with no further wiring.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import workbench

ROOT = Path(workbench.__file__).resolve().parent
MODULES = sorted(
    ".".join(("workbench", *path.relative_to(ROOT).with_suffix("").parts)).removesuffix(".__init__")
    for path in ROOT.rglob("*.py") if ">>>" in path.read_text(encoding="utf-8"))


def test_examples_are_found() -> None:
    assert "workbench.languages" in MODULES and "workbench.catalog.po_wrap" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
