"""The command line: thin front ends over the core. Each module registers its own commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.errors import WorkbenchError

# Each module has register(subparsers); kept in one list so the help lists them in this order.
COMMAND_MODULES = (
    "workbench.cli.core",
    "workbench.cli.tm",
    "workbench.cli.glossary",
    "workbench.cli.qa",
    "workbench.cli.spelling",
    "workbench.cli.export",
    "workbench.cli.tui",
    "workbench.cli.add",
    "workbench.cli.align",
    "workbench.cli.git",
    "workbench.cli.review",
    "workbench.cli.replace",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Translation-memory workbench over gettext catalogs. "
        "With no command, opens the translator's editor on the project here.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--project", metavar="DIR", help="project folder (default: search upward from here)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "tui"])
    try:
        return int(args.func(args) or 0)
    except WorkbenchError as exc:
        from workbench.cli.common import one_line

        print(f"workbench: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback ever reaches the user
        from workbench.cli.common import report_unexpected

        return report_unexpected(exc)
