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
