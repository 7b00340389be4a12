"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.project import Project


def project_of(args: argparse.Namespace) -> Project:
    explicit = getattr(args, "project", None)
    return Project.open(explicit) if explicit else Project.find()


def print_json_lines(items: Any) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _project_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--project", metavar="DIR", default=argparse.SUPPRESS,
                        help="project folder (default: search upward from here)")
    return parent


# Parent parser so that `workbench CMD --project DIR` works as well as `workbench --project DIR CMD`.
PROJECT_OPTION = _project_option()
