"""`workbench replace`: find and replace in the translations of every catalog."""

from __future__ import annotations

import argparse
import sys

from workbench.cli.common import PROJECT_OPTION, project_of
from workbench.replace import apply_replace, plan_replace, undo_replace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("replace", parents=[PROJECT_OPTION],
                       help="find and replace in translations, project-wide (preview first)")
    p.add_argument("pattern", nargs="?", help="the text (or with --regex, the expression) to find")
    p.add_argument("replacement", nargs="?", help="what to put instead (\\1 with --regex)")
    p.add_argument("--regex", action="store_true", help="PATTERN is a Python regular expression")
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.add_argument("--lang", action="append", help="only this language (repeat)")
    p.add_argument("--statement", action="append", metavar="SLUG", help="only this statement")
    p.add_argument("--apply", action="store_true",
                   help="write the changes (without it, only the preview is printed)")
    p.add_argument("--undo", action="store_true",
                   help="put back what the last --apply changed (where still unchanged)")
    p.set_defaults(func=cmd_replace)


def cmd_replace(args: argparse.Namespace) -> int:
    project = project_of(args)
    if args.undo:
        undone = undo_replace(project)
        print(f"undone: {len(undone.applied)} text(s) put back"
              + (f", {len(undone.skipped)} changed since and left" if undone.skipped else ""))
        return 0
    if args.pattern is None or args.replacement is None:
        print("workbench: error: replace needs PATTERN and REPLACEMENT (or --undo)",
              file=sys.stderr)
        return 2
    plan = plan_replace(project, args.pattern, args.replacement, regex=args.regex,
                        ignore_case=args.ignore_case, langs=args.lang, slugs=args.statement)
    for change in plan.changes:
        print(change.describe())
    count = f"{len(plan.changes)} change(s) in {len(plan.catalogs)} catalog(s)"
    if not args.apply:
        print(f"{count}; nothing written (add --apply to write them)", file=sys.stderr)
        return 0
    result = apply_replace(project, plan)
    print(f"{len(result.applied)} change(s) written"
          + (f"; {len(result.skipped)} skipped (changed on disk meanwhile)" if result.skipped
             else "") + "; 'workbench replace --undo' takes them back", file=sys.stderr)
    for finding in result.findings:
        print(f"qa: {finding.severity}: {finding.message} [{finding.check}]: "
              f"{finding.msgid[:60]}", file=sys.stderr)
    return 1 if any(f.severity == "error" for f in result.findings) else 0
