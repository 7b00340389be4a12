"""Project commands: init, languages, segment, update, status."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import languages
from workbench.cli.common import PROJECT_OPTION, print_json, project_of
from workbench.errors import ProjectNotFound, WorkbenchError
from workbench.project import Project

if TYPE_CHECKING:
    from workbench.export.records import Outdated


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="make a new project folder")
    p.add_argument("dir", type=Path)
    p.add_argument("--source", default="en", help="source language (default en)")
    p.add_argument("--targets", default="", help="comma-separated target languages, e.g. ru,be,uk")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("languages", parents=[PROJECT_OPTION],
                       help="list the project's languages with English and native names")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_languages)

    p = sub.add_parser("segment", parents=[PROJECT_OPTION], help="print the segments of a statement file")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", help="language of the text (default: the project's source language, or en)")
    p.add_argument("--json", action="store_true", help="print a JSON array of {text, kind, line}")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("update", parents=[PROJECT_OPTION],
                       help="write templates and catalogs from the statements (like msgmerge)")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("status", parents=[PROJECT_OPTION],
                       help="segments and words translated, fuzzy and untranslated")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)


def cmd_init(args: argparse.Namespace) -> int:
    from workbench.init import init_project

    targets = [t for t in args.targets.split(",") if t.strip()]
    root = init_project(args.dir, args.source, targets)
    print(f"Created a Workbench project in {root}")
    print("Put statements in corpus/<slug>.md, then run 'workbench update'.")
    return 0


def cmd_languages(args: argparse.Namespace) -> int:
    project = project_of(args)
    rows = []
    for code in project.all_languages():
        info = languages.info(code)
        role = "source" if code == project.config.source_language else "target"
        rows.append({"code": code, "english": info.english_name, "native": info.native_name,
                     "role": role, "direction": info.direction, "plural_forms": info.plural_forms})
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['code']:<8} {row['english']:<22} {row['native']:<22} {row['role']}")
    return 0


def cmd_segment(args: argparse.Namespace) -> int:
    from workbench.catalog.template import extra_abbreviations
    from workbench.segment import segment_document

    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise WorkbenchError("no such file", path=path) from exc
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise WorkbenchError("not UTF-8 text", path=path, line=line) from exc
    project = _project_or_none(args)
    if args.lang:
        lang = languages.validate(args.lang)
    else:
        lang = project.config.source_language if project else "en"
    extra = extra_abbreviations(project, lang) if project else []
    fmt = "txt" if path.suffix == ".txt" else "md"
    segments = segment_document(text, lang, fmt, extra)
    if args.json:
        json.dump([{"text": s.text, "kind": s.kind, "line": s.line} for s in segments],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for number, seg in enumerate(segments, 1):
            print(f"{number:>4}  {seg.text}")
    return 0


def _project_or_none(args: argparse.Namespace) -> Project | None:
    """`segment` works outside a project too; inside one it uses the project's rules."""
    try:
        return project_of(args)
    except ProjectNotFound:
        return None


def cmd_update(args: argparse.Namespace) -> int:
    from workbench.catalog.update import run_update

    project = project_of(args)
    plan = run_update(project, args.slugs or None, dry_run=args.dry_run)
    for change in plan.changes:
        rel = change.path.relative_to(project.root)
        if not change.changed:
            state = "unchanged"
        elif change.created:
            state = "created"
        else:
            state = "updated"
        detail = ""
        if change.lang and change.changed:
            detail = (f" ({change.kept} kept, {change.new} new, {change.fuzzy} fuzzy, "
                      f"{change.obsolete} obsolete)")
        print(f"{rel}: {state}{detail}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from workbench.catalog.stats import CatalogStats, project_summaries
    from workbench.export.records import published_languages

    project = project_of(args)
    published = {(o.slug, o.lang): o for o in published_languages(project, args.slugs or None)}
    rows: list[dict[str, Any]] = []
    for summary in project_summaries(project, slugs=args.slugs or None):
        if summary.error:
            raise WorkbenchError(summary.error, path=summary.path)
        record = published.get((summary.slug, summary.lang))
        rows.append({"statement": summary.slug, "lang": summary.lang, "exists": summary.exists,
                     **(summary.stats or CatalogStats()).as_dict(),
                     "published": record.as_dict() if record else None})
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No statements yet: put one in corpus/<slug>.md and run 'workbench update'.")
        return 0
    _print_status(rows)
    _print_outdated([o for o in published.values() if o.out_of_date])
    return 0


def _print_status(rows: list[dict[str, Any]]) -> None:
    print(f"{'statement / language':<34} {'segments: done reviewed fuzzy todo':>36}  "
          f"{'words: done fuzzy todo':>24}")
    current = None
    for row in rows:
        if row["statement"] != current:
            current = row["statement"]
            print(current)
        if not row["exists"]:
            print(f"  {row['lang']:<32} {'no catalog: run workbench update':>62}")
            continue
        stale = f" ({row['stale']} stale)" if row["stale"] else ""
        print(f"  {row['lang']:<32} {row['translated']:>16} {row['reviewed']:>8} {row['fuzzy']:>5}"
              f" {row['untranslated']:>4}   {row['translated_words']:>12} {row['fuzzy_words']:>5}"
              f" {row['untranslated_words']:>5}{stale}")


def _print_outdated(outdated: list[Outdated]) -> None:
    """Languages published before a change: what needs translating, reviewing, re-publishing."""
    if not outdated:
        return
    print("\nOut of date since publication (re-publish with 'workbench export --changed'):")
    for o in outdated:
        print(f"  {o.slug} ({o.lang}), published {o.published}:")
        for msgid in o.changed:
            print(f"    source changed, translate and review: {_short(msgid)}")
        for msgid in o.retranslated:
            print(f"    translation changed since: {_short(msgid)}")
        for msgid in o.removed:
            print(f"    no longer in the source: {_short(msgid)}")


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
