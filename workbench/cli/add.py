"""`workbench add FILE…`: statements as they arrive (.docx, .odt, .html, .md, .txt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import PROJECT_OPTION, project_of
from workbench.errors import WorkbenchError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", parents=[PROJECT_OPTION],
                       help="bring statements in from .docx, .odt, .html, .md or .txt, then update")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--slug", help="the statement's name (default: from its title; one file only)")
    p.add_argument("--lang", help="the statement's language (default: guessed, then confirmed)")
    p.add_argument("--replace", action="store_true",
                   help="update an existing statement (unchanged sentences keep their translations)")
    p.add_argument("--yes", "-y", action="store_true", help="accept the guessed language without asking")
    p.set_defaults(func=cmd_add)


def _ask(path: Path, guess: str, prob: float) -> str:
    answer = input(f"{path.name}: written in {guess} ({prob:.0%} sure)? "
                   f"[Enter: yes, or type the language code] ").strip()
    return answer or guess


def cmd_add(args: argparse.Namespace) -> int:
    from workbench.intake.add import add_statements, prepare

    if args.slug and len(args.files) > 1:
        raise WorkbenchError("--slug names one statement", hint="give one file with --slug")
    project = project_of(args)
    confirm = _ask if sys.stdin.isatty() and not args.yes else None
    items = [prepare(project, path, args.slug, args.lang, args.replace, confirm)
             for path in args.files]
    changed = add_statements(project, items)
    for item in items:
        verb = "updated" if item.replaced else "added"
        print(f"{item.path}: {verb} corpus/{item.slug}.md ({item.document.kind}, "
              f"language {item.lang}, {item.how})")
        for note in item.notes:
            print(f"{item.path}: note: {note}")
    for path in changed:
        print(f"{path.relative_to(project.root)}: written")
    return 0
