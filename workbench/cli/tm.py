"""TM commands: tm import/lookup/concordance/export/rebuild/stats/sync/server, pretranslate, analyze."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.cli.common import PROJECT_OPTION, print_json, print_json_lines, project_of
from workbench.errors import WorkbenchError

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("tm", parents=[PROJECT_OPTION], help="translation memory: import, lookup, "
                         "concordance, export")
    tm = top.add_subparsers(dest="tm_command", metavar="ACTION", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", required=True, help="target language of the memory")

    p = tm.add_parser("import", parents=[PROJECT_OPTION], help="copy TMX/XLIFF/PO/POT/MO memories into tm/")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--lang", help="the target language (PO/MO without a Language header; a TMX "
                   "must then have it)")
    p.add_argument("--replace", action="store_true", help="overwrite a file of the same name in tm/")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = tm.add_parser("lookup", parents=[PROJECT_OPTION, lang],
                      help="fuzzy matches for TEXT, or for each line of stdin")
    p.add_argument("text", nargs="*", metavar="TEXT")
    p.add_argument("--min", type=int, default=70, metavar="SCORE", help="lowest score shown (default 70)")
    p.add_argument("--limit", type=int, default=5, help="matches per query (default 5)")
    p.add_argument("--json", action="store_true", help="one JSON object per query")
    p.set_defaults(func=cmd_lookup)

    p = tm.add_parser("concordance", parents=[PROJECT_OPTION, lang],
                      help="units whose source or target has all these words or \"phrases\"")
    p.add_argument("words", nargs="+", metavar="WORDS")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--shared", action="store_true",
                   help="search the organisation's shared memory on the server (sources only)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_concordance)

    p = tm.add_parser("sync", parents=[PROJECT_OPTION],
                      help="push confirmed units to the shared memory, pull what is new")
    p.add_argument("--pull-only", action="store_true", help="pull, push nothing (queue nothing)")
    p.add_argument("--push-only", action="store_true", help="push, pull nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)

    server = tm.add_parser("server", parents=[PROJECT_OPTION], help="the shared memory's server")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", parents=[PROJECT_OPTION],
                           help="create or migrate the schema and the reader/contributor roles")
    p.set_defaults(func=cmd_server_init)

    p = tm.add_parser("export", parents=[PROJECT_OPTION, lang], help="write the memory as TMX 1.4b")
    p.add_argument("-o", "--output", required=True, metavar="FILE.tmx")
    p.add_argument("--fuzzy", action="store_true", help="include fuzzy units (marked x-fuzzy)")
    p.add_argument("--no-imports", action="store_true", help="only the project's catalogs")
    p.set_defaults(func=cmd_export)

    for name, helptext in (("rebuild", "rebuild the index from scratch"),
                           ("stats", "units per origin and index state")):
        p = tm.add_parser(name, parents=[PROJECT_OPTION], help=helptext)
        p.add_argument("--lang", help="one language (default: every target language)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_rebuild if name == "rebuild" else cmd_stats)

    p = sub.add_parser("pretranslate", parents=[PROJECT_OPTION, lang],
                       help="fill untranslated entries from the TM (never overwrites)")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--min", type=int, default=100, metavar="SCORE",
                   help="fill matches from this score as fuzzy (default 100: exact only)")
    p.add_argument("--dry-run", action="store_true", help="count, write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pretranslate)

    p = sub.add_parser("analyze", parents=[PROJECT_OPTION, lang],
                       help="leverage analysis: segments and words per match band")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_analyze)


def _memory(args: argparse.Namespace) -> Any:
    from workbench.tm import TranslationMemory

    tm = TranslationMemory.for_project(project_of(args), args.lang)
    for warning in tm.warnings:
        print(f"workbench: warning: {warning}", file=sys.stderr)
    return tm


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.tm import import_memory

    done = import_memory(project_of(args), args.files, lang=args.lang, replace=args.replace)
    if args.json:
        print_json([d.as_dict() for d in done])
        return 0
    for item in done:
        counts = ", ".join(f"{n:,} {code}" for code, n in item.units.items()) or "no units"
        verb = "imported" if item.copied else "already in place"
        print(f"{item.source.name}: {verb} as {item.dest.parent.name}/{item.dest.name} ({counts})")
        if not item.units:
            print(f"workbench: warning: {item.source}: holds no translated units", file=sys.stderr)
    return 0


def _queries(args: argparse.Namespace) -> Any:
    if args.text:
        yield " ".join(args.text)
        return
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def cmd_lookup(args: argparse.Namespace) -> int:
    _check_score(args.min)
    tm = _memory(args)
    for query in _queries(args):
        matches = tm.lookup(query, limit=args.limit, min_score=args.min)
        if args.json:
            print_json_lines([{"query": query, "matches": [
                {"score": m.score, "source": m.source, "target": m.target, "origin": m.origin,
                 "diff": [list(d) for d in m.diff], "fuzzy": m.fuzzy, "suggestion": m.suggestion,
                 "targets": list(m.targets)} for m in matches]}])
            sys.stdout.flush()
            continue
        print(f"» {query}")
        if not matches:
            print("  (no match)")
        for m in matches:
            flag = " fuzzy" if m.fuzzy else ""
            print(f"  {m.score:3d}%  {m.suggestion}\n        {m.source}  [{m.origin}{flag}]")
    return 0


def _highlight(text: str, spans: Any, on: bool) -> str:
    if not on or not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], BOLD, text[start:end], RESET]
        last = end
    return "".join(out) + text[last:]


def cmd_concordance(args: argparse.Namespace) -> int:
    words = args.words if len(args.words) > 1 else args.words[0]
    if args.shared:
        from workbench.tm.shared import search_shared

        hits = search_shared(project_of(args), args.lang, words, limit=args.limit)
    else:
        hits = _memory(args).concordance(words, limit=args.limit)
    if args.json:
        print_json_lines(h.as_dict() for h in hits)
        return 0
    tty = sys.stdout.isatty()
    for h in hits:
        print(_highlight(h.source, h.source_spans, tty))
        print(f"  {_highlight(h.target, h.target_spans, tty)}  [{h.origin}{' fuzzy' if h.fuzzy else ''}]")
    if not hits:
        print("(nothing found)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.tm import export_tmx

    count = export_tmx(project_of(args), args.lang, args.output, include_fuzzy=args.fuzzy,
                       include_imports=not args.no_imports)
    print(f"Wrote {count:,} units to {args.output}")
    return 0


def _languages(args: argparse.Namespace) -> tuple[Any, list[str]]:
    project = project_of(args)
    return project, [args.lang] if args.lang else project.config.target_languages


def cmd_rebuild(args: argparse.Namespace) -> int:
    import shutil

    from workbench.tm import TranslationMemory
    from workbench.tm.store import index_folder

    project, langs = _languages(args)
    for code in langs:
        shutil.rmtree(index_folder(project, code), ignore_errors=True)
        tm = TranslationMemory.for_project(project, code)
        print(f"{code}: {len(tm):,} units indexed")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from workbench.tm import TranslationMemory

    project, langs = _languages(args)
    rows: list[dict[str, Any]] = []
    for code in langs:
        tm = TranslationMemory.for_project(project, code)
        files = [{"file": rel, "units": r.get("units", 0), "error": r.get("error")}
                 for rel, r in sorted(tm.files.items())]
        rows.append({"lang": code, "units": len(tm), "segments": len(tm.segments), "files": files})
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['lang']}: {row['units']:,} units in {len(row['files'])} files "
              f"({row['segments']} index segment{'s' if row['segments'] > 1 else ''})")
        for f in row["files"]:
            print(f"  {f['units']:>9,}  {f['file']}" + (f"  (skipped: {f['error']})" if f["error"] else ""))
    return 0


def _check_score(value: int, option: str = "--min") -> None:
    if not 0 <= value <= 101:
        raise WorkbenchError(f"{option} must be a score from 0 to 101, not {value}")


def cmd_sync(args: argparse.Namespace) -> int:
    from workbench.tm.shared import sync

    if args.pull_only and args.push_only:
        raise WorkbenchError("--pull-only and --push-only exclude each other")
    report = sync(project_of(args), push=not args.pull_only, pull=not args.push_only,
                  on_progress=_sync_progress() if sys.stderr.isatty() and not args.json else None)
    if args.json:
        print_json(report.as_dict())
    else:
        print(report.summary())
    if report.offline:
        print(f"workbench: warning: {report.offline}; {report.pending:,} units stay queued "
              "in .workbench/shared/outbox", file=sys.stderr)
    if report.read_only:
        print(f"workbench: error: {report.read_only}", file=sys.stderr)
        return 1
    return 0


def _sync_progress() -> Any:
    def show(stage: str, done: int, total: int) -> None:
        count = f" {done:,}/{total:,}" if total else (f" {done:,}" if done else "")
        sys.stderr.write(f"\r{stage}{count}\x1b[K")
        sys.stderr.flush()

    return show


def cmd_server_init(args: argparse.Namespace) -> int:
    from workbench.tm.shared import init_server

    before, after = init_server(project_of(args))
    if before == after:
        print(f"The shared memory's schema is up to date (version {after}).")
    else:
        print(f"The shared memory's schema is at version {after} (was {before or 'absent'}); "
              "roles: workbench_reader (pull, search), workbench_contributor (also push).")
    return 0


def cmd_pretranslate(args: argparse.Namespace) -> int:
    from workbench.tm.pretranslate import pretranslate

    _check_score(args.min)

    report = pretranslate(project_of(args), args.lang, args.slugs or None, args.min,
                          tm=_memory(args), dry_run=args.dry_run)
    if args.json:
        print_json(report.as_dict())
        return 0
    for c in report.catalogs:
        state = "written" if c.written else ("dry run" if args.dry_run and (c.translated or c.fuzzy) else "unchanged")
        print(f"{c.slug}: {c.translated} translated, {c.fuzzy} fuzzy, {c.unmatched} left ({state})")
    for slug in report.missing:
        print(f"{slug}: no {report.lang} catalog yet (run 'workbench update')")
    print(f"Total: {report.translated} translated, {report.fuzzy} fuzzy, {report.unmatched} left")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from workbench.tm.analyze import analyze

    result = analyze(project_of(args), args.lang, args.slugs or None, tm=_memory(args))
    if args.json:
        print_json(result.as_dict())
        return 0
    print(analysis_table(result))
    return 0


def analysis_table(result: Any) -> str:
    """Two rows per statement (segments, words) and the totals, one column per band."""
    from workbench.tm.analyze import BANDS, LABELS

    rows = [*result.statements.items(), ("Total", result.total)]
    name_w = max(12, *(len(name) for name, _ in rows))
    widths = [max(len(LABELS[b]), 7) for b in BANDS]
    head = f"{result.lang:<{name_w}} {'':8}" + "".join(f" {LABELS[b]:>{w}}" for b, w in zip(BANDS, widths, strict=True))
    lines = [head + f" {'Total':>8}"]
    for name, bands in rows:
        for kind, values, total in (("segments", bands.segments, bands.total_segments),
                                    ("words", bands.words, bands.total_words)):
            label = name if kind == "segments" else ""
            cells = "".join(f" {values[b]:>{w},}" for b, w in zip(BANDS, widths, strict=True))
            lines.append(f"{label:<{name_w}} {kind:8}{cells} {total:>8,}")
    return "\n".join(lines)
