"""`workbench tui [SLUG] [--lang L]`: the translator's editor (also what `workbench` runs)."""

from __future__ import annotations

import argparse
import sys

from workbench import languages
from workbench.cli.common import PROJECT_OPTION, project_of
from workbench.errors import WorkbenchError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tui", parents=[PROJECT_OPTION],
                       help="open the translator's editor (the default command)",
                       description="Open the terminal editor: the statements × languages overview,"
                       " or straight into SLUG in --lang on the first segment that needs work.")
    p.add_argument("slug", nargs="?", metavar="SLUG", help="statement to open")
    p.add_argument("--lang", "-l", help="target language (default: the one used last)")
    p.add_argument("--review", action="store_true",
                   help="review mode: go to segments not signed off; F5 approves, shift+F5 rejects")
    p.set_defaults(func=cmd_tui)


def resolve(args: argparse.Namespace) -> tuple[object, str | None, str | None]:
    """The project, statement and language to open; user errors before any screen appears."""
    project = project_of(args)
    slug, lang = args.slug, args.lang
    if lang:
        lang = languages.validate(lang)
    if slug is None:
        return project, None, None
    statement = project.statement(slug)
    targets = project.target_languages(statement)
    if lang is None:
        from workbench.tui.state import UiState, state_path

        last = UiState.load(state_path(project.cache_dir))
        lang = last.lang if last.lang in targets else (targets[0] if targets else None)
    if lang not in targets:
        raise WorkbenchError(f"{lang!r} is not a target language of {slug}",
                             hint=f"targets: {', '.join(targets) or 'none'}")
    return project, slug, lang


def cmd_tui(args: argparse.Namespace) -> int:
    project, slug, lang = resolve(args)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise WorkbenchError("the editor needs a terminal",
                             hint="run it in a terminal; for scripts use 'workbench status'")
    from workbench.tui import run

    if getattr(args, "review", False) and slug is None:
        raise WorkbenchError("--review needs a statement", hint="workbench tui SLUG --lang L --review")
    return run(project, slug, lang, review=bool(getattr(args, "review", False)))  # type: ignore[arg-type]
