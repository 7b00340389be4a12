"""`workbench spelling`: unknown words across the project (or PO files), and adding words."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import PROJECT_OPTION, print_json, project_of
from workbench.errors import ProjectNotFound, WorkbenchError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "spelling", parents=[PROJECT_OPTION],
        help="unknown words with counts, most frequent first; --add WORD... to the project's words",
        description="List the words the Hunspell dictionary, the project's words "
        "(spelling/<lang>.txt) and the glossary do not know, across the project's catalogs "
        "or the PO files given, most frequent first. With --add, add words to spelling/<lang>.txt.")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE", help="PO files (default: the project's)")
    p.add_argument("--lang", help="the language (required with --add; default: every target)")
    p.add_argument("--add", nargs="+", metavar="WORD", help="add these words to spelling/<lang>.txt")
    p.add_argument("--limit", type=int, default=0, help="show at most this many words per language")
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per language")
    p.set_defaults(func=cmd_spelling)


def cmd_spelling(args: argparse.Namespace) -> int:
    if args.add:
        return _add(args)
    from workbench.spelling.report import unknown_words

    project, catalogs = _catalogs(args)
    reports = unknown_words(catalogs, project)
    if args.json:
        print_json([r.as_dict() for r in reports])
        return 0
    for report in reports:
        _print_report(report, args.limit)
    return 0


def _add(args: argparse.Namespace) -> int:
    from workbench import languages
    from workbench.spelling import add_word

    if not args.lang:
        raise WorkbenchError("--add needs --lang", hint="e.g. workbench spelling --lang be --add Зімін")
    if args.files:
        raise WorkbenchError("--add takes words, not files",
                             hint="e.g. workbench spelling --lang be --add Зімін Салігорск")
    lang = languages.normalize_code(args.lang)
    project = project_of(args)
    added = add_word(project, lang, *args.add)
    where = f"spelling/{lang}.txt"
    print(f"{where}: added {len(added)} word(s)" + (f": {', '.join(added)}" if added else
                                                   " (all were there already)"))
    return 0


def _catalogs(args: argparse.Namespace) -> tuple[Any, list[tuple[Any, str, str]]]:
    from workbench import languages
    from workbench.catalog import read_catalog
    from workbench.checks.langs import catalog_language
    from workbench.spelling.report import label_of

    lang = languages.normalize_code(args.lang) if args.lang else None
    if args.files:
        try:
            project = project_of(args)
        except ProjectNotFound:
            project = None
        out = []
        root = project.root if project is not None else None
        for path in args.files:
            catalog = read_catalog(path)
            found = lang or catalog_language(catalog, path)
            if not found:
                raise WorkbenchError("cannot tell the language of the catalog", path=path,
                                     hint="set its Language header, or pass --lang")
            out.append((catalog, found, label_of(path.resolve(), root)))
        return project, out
    project = project_of(args)
    out = [(read_catalog(path), target, label_of(path, project.root))
           for _statement, target, path in project.catalogs(lang) if path.exists()]
    return project, out


def _print_report(report: Any, limit: int) -> None:
    ortho = f", {report.orthography} orthography" if report.orthography else ""
    if report.dictionary is None:
        print(f"{report.lang}: no dictionary ({report.catalogs} catalog(s) not checked)")
        return
    print(f"{report.lang}: {len(report.words)} unknown word(s) in {report.segments} segments of "
          f"{report.catalogs} catalog(s) ({report.dictionary}{ortho})")
    shown = report.words[:limit] if limit > 0 else report.words
    for item in shown:
        hint = f"  → {', '.join(item.suggestions)}" if item.suggestions else ""
        print(f"  {item.count:5d}  {item.word}{hint}")
    if len(shown) < len(report.words):
        print(f"  … {len(report.words) - len(shown)} more (--limit 0 shows all)")
    sys.stdout.flush()
