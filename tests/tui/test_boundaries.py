"""The core stays headless, and `workbench tui` reports user errors as one line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.cli import main

CORE = ["workbench.catalog", "workbench.tm", "workbench.glossary", "workbench.checks",
        "workbench.project", "workbench.session", "workbench.cli"]


def test_importing_the_core_does_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as exc:\n"
        "        if exc.name != name:\n"  # a package still being written is fine, a broken one not
        "            raise\n"
        "import workbench.cli\n"
        "workbench.cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_unknown_statement_is_one_line(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root), "tui", "nope", "--lang", "uk"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("workbench: error:") and "nope" in err
    assert len(err.strip().splitlines()) == 1


def test_language_not_in_project_is_one_line(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root), "tui", "demo", "--lang", "de"])
    err = capsys.readouterr().err
    assert code == 2 and "not a target language" in err


def test_without_a_terminal_it_says_so(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root)])  # no command: the editor
    err = capsys.readouterr().err
    assert code == 2 and "needs a terminal" in err


def test_alt_digits_arrive_as_alt_keys() -> None:
    from textual import _ansi_sequences

    from workbench.tui.keys import enable_alt_digits

    enable_alt_digits()
    assert "\x1b1" not in _ansi_sequences.ANSI_SEQUENCES_KEYS
