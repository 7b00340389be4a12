"""Git integration: `workbench git setup` and the merge driver git calls (`workbench merge-driver`)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from workbench.cli.common import PROJECT_OPTION, project_of


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("git", help="team work in git: register the PO merge driver")
    git_sub = p.add_subparsers(dest="git_command", metavar="ACTION", required=True)
    s = git_sub.add_parser("setup", parents=[PROJECT_OPTION],
                           help="route *.po and *.pot to Workbench's merge driver "
                                "(.gitattributes and this clone's git config; idempotent)")
    s.set_defaults(func=cmd_git_setup)

    p = sub.add_parser("merge-driver",
                       help="merge a PO file entry by entry (git runs it: %%O %%A %%B %%P)")
    p.add_argument("base", type=Path, help="common ancestor (%%O)")
    p.add_argument("ours", type=Path, help="our version, overwritten with the result (%%A)")
    p.add_argument("theirs", type=Path, help="their version (%%B)")
    p.add_argument("path", nargs="?", default="", help="the file's path in the repository (%%P)")
    p.set_defaults(func=cmd_merge_driver)


def cmd_git_setup(args: argparse.Namespace) -> int:
    from workbench.gitsetup import setup_git

    project = project_of(args)
    result = setup_git(project.root)
    said = []
    if result.attributes_changed:
        said.append(f"{result.attributes.relative_to(project.root)}: *.po and *.pot use merge=workbench")
    if result.config_changed:
        said.append("git config: merge.workbench.driver set for this clone")
    print("\n".join(said) if said else "Already set up: nothing changed.")
    return 0


def cmd_merge_driver(args: argparse.Namespace) -> int:
    """Exit 0 for a clean merge, 1 when entries are left in conflict (marked, valid PO)."""
    from workbench.atomic import atomic_write_bytes
    from workbench.catalog.merge_driver import merge_po_bytes
    from workbench.errors import CatalogError

    name = args.path or str(args.ours)
    try:
        outcome = merge_po_bytes(args.base.read_bytes(), args.ours.read_bytes(),
                                 args.theirs.read_bytes(), name)
    except CatalogError as exc:
        print(f"workbench merge-driver: {exc}; falling back to git's line merge", file=sys.stderr)
        done = subprocess.run(["git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                               str(args.ours), str(args.base), str(args.theirs)])
        return 1 if done.returncode != 0 else 0
    atomic_write_bytes(args.ours, outcome.data)
    if outcome.conflicts:
        shown = ", ".join(repr(m[:40]) for m in outcome.conflicts[:5])
        more = f" and {len(outcome.conflicts) - 5} more" if len(outcome.conflicts) > 5 else ""
        print(f"{name}: {len(outcome.conflicts)} entries translated differently on both sides "
              f"({shown}{more}): ours kept, fuzzy, theirs in a '# workbench-conflict:' comment; "
              "resolve them in the editor or by hand, then 'workbench check'", file=sys.stderr)
        return 1
    return 0
