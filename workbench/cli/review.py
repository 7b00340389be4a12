"""`workbench review`: scripted sign-off of translated segments by a second person."""

from __future__ import annotations

import argparse
import re

import polib

from workbench.catalog import review
from workbench.cli.common import PROJECT_OPTION, print_json, project_of
from workbench.errors import WorkbenchError

_RANGE = re.compile(r"^(\d+)(?:-(\d+))?$")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", parents=[PROJECT_OPTION],
                       help="sign translated segments off as reviewed (kept in the catalog)")
    p.add_argument("slugs", nargs="*", metavar="SLUG", help="statements (default: all)")
    p.add_argument("--lang", required=True, help="the language reviewed")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--approve", metavar="SEGMENTS",
                      help="segment numbers as the editor shows them: 1,4,7-12")
    what.add_argument("--all-translated", action="store_true",
                      help="approve every translated segment (fuzzy and empty ones are left)")
    what.add_argument("--reject", metavar="SEGMENTS",
                      help="send segments back to the translator: fuzzy, with --note")
    p.add_argument("--note", default="", help="what the translator should change (with --reject)")
    p.add_argument("--reviewer", help="who signs off (default: $WORKBENCH_REVIEWER, else git's "
                   "user.name <user.email>)")
    p.add_argument("--json", action="store_true", help="print what was done as JSON")
    p.set_defaults(func=cmd_review)


def parse_segments(spec: str) -> set[int]:
    """'1,4,7-9' -> {1, 4, 7, 8, 9}; a WorkbenchError (exit 2) for anything else."""
    numbers: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        m = _RANGE.match(part)
        if not m or int(m.group(1)) < 1 or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            raise WorkbenchError(f"--approve: {part!r} is not a segment number or range",
                                 hint="e.g. --approve 1,4,7-12 (numbers start at 1)")
        numbers.update(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))
    return numbers


def cmd_review(args: argparse.Namespace) -> int:
    from workbench import languages
    from workbench.catalog.po_concurrent import save_catalog
    from workbench.catalog.pofile import read_catalog

    if not (args.approve or args.all_translated or args.reject):
        raise WorkbenchError("say what to do: --approve SEGMENTS, --all-translated or --reject "
                             "SEGMENTS --note TEXT")
    if args.reject and not args.note.strip():
        raise WorkbenchError("--reject needs --note: tell the translator what to change")
    project = project_of(args)
    lang = languages.validate(args.lang)
    spec = args.approve or args.reject
    numbers = parse_segments(spec) if spec else None
    catalogs = project.catalogs(lang, args.slugs or None)
    if numbers is not None and len(catalogs) > 1:
        raise WorkbenchError("segment numbers belong to one statement: name it",
                             hint=f"e.g. workbench review {catalogs[0][0].slug} --lang {lang} ...")
    reviewer = args.reviewer or review.default_reviewer()
    done: list[tuple[str, review.BatchResult]] = []
    for statement, _lang, path in catalogs:
        if not path.exists():
            raise WorkbenchError("no catalog", path=path, hint="run 'workbench update' first")
        catalog = read_catalog(path)
        if args.reject:
            result = _reject(catalog, numbers or set(), reviewer, args.note)
        else:
            result = review.approve_segments(catalog, numbers, reviewer)
        if result.changed:
            save_catalog(catalog)
        done.append((statement.slug, result))
    if args.json:
        print_json([{"statement": slug, "lang": lang, "reviewer": reviewer,
                     "approved": r.approved, "already": r.already,
                     "skipped": [{"segment": n, "why": why} for n, why in r.skipped]}
                    for slug, r in done])
    else:
        for slug, r in done:
            verb = "sent back" if args.reject else "approved"
            print(f"{slug} ({lang}): {len(r.approved)} {verb} by {reviewer}"
                  + ("" if args.reject else f", {len(r.already)} already approved"))
            for number, why in r.skipped:
                print(f"  segment {number} not {verb}: {why}")
    return 1 if any(r.skipped for _slug, r in done) else 0


def _reject(catalog: polib.POFile, numbers: set[int], reviewer: str, note: str
            ) -> review.BatchResult:
    """Reject the numbered segments (fuzzy, note); ``approved`` lists the ones sent back."""
    result = review.BatchResult()
    entries = review.segments(catalog)
    for number in sorted(numbers):
        if not 1 <= number <= len(entries):
            result.skipped.append((number, f"no segment {number} (the catalog has {len(entries)})"))
        elif review.reject(entries[number - 1], reviewer, note):
            result.approved.append(number)
    return result
