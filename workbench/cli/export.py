"""Publication and interchange commands: export, compile, xliff export/import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import PROJECT_OPTION, project_of
from workbench.errors import WorkbenchError
from workbench.project import Project

DETAIL_LIMIT = 40


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", parents=[PROJECT_OPTION],
                       help="rebuild a translated statement for publication (md, html, txt)")
    p.add_argument("slugs", nargs="*", metavar="SLUG", help="the statement (with --all: a selection)")
    p.add_argument("--lang", help="language to export (the source language gives the original; "
                   "with --all: only this language)")
    p.add_argument("--format", choices=("md", "html", "txt"),
                   help="output format (default: from -o's suffix, else md)")
    p.add_argument("-o", "--output", type=Path,
                   help="output file (with --all: folder); default dist/<lang>/<slug>.<ext>")
    p.add_argument("--draft", action="store_true",
                   help="export even if not ready: untranslated parts fall back to the source, marked")
    p.add_argument("--all", action="store_true",
                   help="every statement in every language that is ready, plus an index page")
    p.add_argument("--changed", action="store_true",
                   help="re-publish only the languages whose published text is out of date "
                        "(published/<slug>.<lang>.json), to the files they went to")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("compile", parents=[PROJECT_OPTION],
                       help="write MO files next to the PO catalogs (fuzzy entries left out)")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--lang", help="only this language")
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("xliff", help="XLIFF 1.2 interchange with other CAT tools")
    xsub = p.add_subparsers(dest="xliff_command", metavar="ACTION", required=True)
    e = xsub.add_parser("export", parents=[PROJECT_OPTION], help="write a catalog as XLIFF 1.2")
    e.add_argument("slug", metavar="SLUG")
    e.add_argument("--lang", required=True)
    e.add_argument("-o", "--output", type=Path, help="default dist/xliff/<slug>.<lang>.xlf")
    e.add_argument("--version", dest="xliff_version", choices=["1.2", "2.0"], default="1.2",
                   help="XLIFF version to write (default 1.2)")
    e.set_defaults(func=cmd_xliff_export)
    i = xsub.add_parser("import", parents=[PROJECT_OPTION],
                        help="merge an XLIFF file back into its catalog")
    i.add_argument("file", type=Path)
    i.add_argument("--force", action="store_true",
                   help="on a conflict, take the XLIFF's translation over the catalog's")
    i.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    i.add_argument("--slug", help="the statement, for a file that names none (e.g. from po2xliff)")
    i.add_argument("--lang", help="the target language, for a file that names none")
    i.set_defaults(func=cmd_xliff_import)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lstrip(".").lower() if args.output and not args.all else ""
    return {"htm": "html", "html": "html", "txt": "txt", "text": "txt"}.get(suffix, "md")


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.export.gate import NotReady
    from workbench.export.publish import export_all, export_statement

    project = project_of(args)
    fmt = _format(args)
    if args.changed:
        return _export_changed(project, args)
    if args.all:
        from workbench import languages

        langs = [languages.validate(args.lang)] if args.lang else None
        result = export_all(project, fmt, out_dir=args.output, draft=args.draft,
                            slugs=args.slugs or None, langs=langs)
        for done in result.written:
            note = f" (draft: {done.readiness.summary()})" if done.draft else ""
            print(f"wrote {_show(project, done.path)}{note}")
        for skipped in result.skipped:
            print(f"skipped: {skipped.summary()}", file=sys.stderr)
        if result.index:
            print(f"wrote {_show(project, result.index)}")
        return 0 if result.written else 1
    if len(args.slugs) != 1 or not args.lang:
        raise WorkbenchError("export needs one SLUG and --lang (or --all)",
                             hint="e.g. workbench export my-statement --lang ru --format html")
    try:
        done = export_statement(project, args.slugs[0], args.lang, fmt, output=args.output,
                                draft=args.draft)
    except NotReady as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        for line in exc.readiness.details(DETAIL_LIMIT):
            print(f"  {line}", file=sys.stderr)
        return exc.exit_code
    note = f" (draft: {len(done.readiness.gaps)} untranslated part(s) marked)" if done.draft else ""
    print(f"wrote {_show(project, done.path)}{note}")
    return 0


def _export_changed(project: Project, args: argparse.Namespace) -> int:
    from workbench import languages
    from workbench.export.publish import export_changed

    langs = [languages.validate(args.lang)] if args.lang else None
    result = export_changed(project, args.format, slugs=args.slugs or None, langs=langs)
    for done in result.written:
        print(f"wrote {_show(project, done.path)}")
    for skipped in result.skipped:
        print(f"skipped: {skipped.summary()}", file=sys.stderr)
        for line in skipped.details(DETAIL_LIMIT):
            print(f"  {line}", file=sys.stderr)
    if not result.written and not result.skipped:
        print("Nothing to re-publish: every published language is up to date.")
    return 1 if result.skipped else 0


def _show(project: Project, path: Path) -> str:
    try:
        return path.resolve().relative_to(project.root).as_posix()
    except ValueError:
        return str(path)


def cmd_compile(args: argparse.Namespace) -> int:
    from workbench.export.mo import compile_project

    project = project_of(args)
    done, missing = compile_project(project, args.lang, args.slugs or None)
    for item in done:
        left = [f"{n} {what}" for n, what in ((item.fuzzy, "fuzzy"), (item.untranslated, "untranslated")) if n]
        note = f" ({' and '.join(left)} left out)" if left else ""
        print(f"wrote {_show(project, item.mo_path)}: {item.messages} messages{note}")
    for path in missing:
        print(f"skipped {_show(project, path)}: no catalog (run 'workbench update')", file=sys.stderr)
    if not done:
        raise WorkbenchError("no catalog to compile", path=project.locales_dir,
                             hint="run 'workbench update' first")
    return 0


def cmd_xliff_export(args: argparse.Namespace) -> int:
    from workbench import languages
    from workbench.export.xliff import export_xliff

    project = project_of(args)
    lang = languages.validate(args.lang)
    output = args.output or project.inside(Path("dist") / "xliff" / f"{args.slug}.{lang}.xlf")
    result = export_xliff(project, args.slug, lang, output, args.xliff_version)
    print(f"wrote {_show(project, result.path)}: {result.units} units "
          f"({result.translated} translated, {result.fuzzy} fuzzy, {result.untranslated} untranslated)")
    return 0


def cmd_xliff_import(args: argparse.Namespace) -> int:
    from workbench.export.xliff_import import import_xliff

    project = project_of(args)
    reports = import_xliff(project, args.file, force=args.force, dry_run=args.dry_run,
                           slug=args.slug, lang=args.lang)
    verb = "would update" if args.dry_run else "updated"
    status = 0
    for r in reports:
        parts = [f"{r.updated} {verb}", f"{r.approved} approved", f"{r.unchanged} unchanged",
                 f"{r.empty} without a translation"]
        if r.forced:
            parts.append(f"{r.forced} conflicts overridden (--force)")
        print(f"{_show(project, r.path)}: {', '.join(parts)}")
        if r.foreign_project:
            print(f"workbench: note: the file was exported from project {r.foreign_project!r}",
                  file=sys.stderr)
        for msgid in r.obsolete:
            print(f"  skipped (obsolete in the catalog): {msgid[:70]}", file=sys.stderr)
        if r.conflicts:
            status = 1
            print(f"workbench: {len(r.conflicts)} conflict(s) in {_show(project, r.path)}: the catalog "
                  "changed since the export; kept the catalog's translation "
                  "(use --force to take the XLIFF's)", file=sys.stderr)
            for c in r.conflicts[:DETAIL_LIMIT]:
                print(f"  {c.msgid[:70]}\n    catalog: {c.catalog}\n    xliff:   {c.xliff}", file=sys.stderr)
    return status
