"""`workbench align SOURCE TRANSLATION --lang LL`: a published pair into a catalog or a TMX."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import languages
from workbench.cli.common import PROJECT_OPTION, print_json, project_of
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.align.document import Alignment
    from workbench.project import Project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("align", parents=[PROJECT_OPTION],
                       help="align a statement with its published translation: catalog or TMX")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="SOURCE TRANSLATION (any format `add` reads)")
    p.add_argument("--lang", required=True, help="language of the translation")
    p.add_argument("--slug", help="the project statement SOURCE is (default: SOURCE's corpus/ file)")
    p.add_argument("--to-tm", action="store_true", help="write a TMX into tm/, not the catalog")
    p.add_argument("--batch", type=Path, metavar="DIR",
                   help="align every NAME.<src>.* with NAME.<lang>.* (or <src>/NAME with <lang>/NAME)")
    p.add_argument("--source-lang", help="language of the source (default: the project's)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_align)


def cmd_align(args: argparse.Namespace) -> int:
    from workbench.align.document import align_many
    from workbench.align.project import batch_pairs, helpers, side, statement_of

    project = project_of(args)
    lang = languages.validate(args.lang)
    src_lang = languages.validate(args.source_lang or project.config.source_language)
    if args.batch:
        if args.files or args.slug:
            raise WorkbenchError("--batch takes no FILE and no --slug")
        pairs = batch_pairs(args.batch, src_lang, lang)
    elif len(args.files) == 2:
        pairs = [(args.files[0].stem, args.files[0], args.files[1])]
    else:
        raise WorkbenchError("give SOURCE and TRANSLATION, or --batch DIR")
    aid = helpers(project, src_lang, lang)
    sides = [(side(project, s, src_lang, aid), side(project, t, lang, aid)) for _, s, t in pairs]
    results = align_many(sides, aid.tm, aid.known)
    report = []
    for (name, source, translation), alignment in zip(pairs, results, strict=True):
        slug = None if args.to_tm else statement_of(project, source, args.slug) or (
            name if args.batch and name in {s.slug for s in project.statements()} else None)
        report.append(_write(project, name, slug, lang, src_lang, alignment, translation))
    if args.format == "json":
        print_json(report)
        return 0
    width = shutil.get_terminal_size((120, 40)).columns
    from workbench.align.output import table

    for entry, alignment in zip(report, results, strict=True):
        print(table(alignment, width))
        print(entry["summary"])
    return 0


def _write(project: Project, name: str, slug: str | None, lang: str, src_lang: str,
           alignment: Alignment, translation: Path) -> dict[str, Any]:
    from workbench.align.output import fill_catalog, link_rows, write_aligned_tmx

    rows = link_rows(alignment)
    sure = sum(1 for r in rows if r["confident"])
    entry: dict[str, Any] = {"name": name, "translation": str(translation), "links": rows, "confident": sure}
    if slug:
        filled = fill_catalog(project, slug, lang, alignment, translation.name)
        path = project.po_path(lang, slug)
        entry.update(written=str(path.relative_to(project.root)), translated=filled.translated,
                     fuzzy=filled.fuzzy, kept=filled.kept, not_in_catalog=filled.unknown)
        entry["summary"] = (f"{entry['written']}: {filled.translated} translated, {filled.fuzzy} fuzzy, "
                            f"{filled.kept} already translated kept"
                            + (f", {filled.unknown} sentences not in the catalog" if filled.unknown else ""))
    else:
        path = project.tm_dir / f"{name}.{lang}.aligned.tmx"
        count = write_aligned_tmx(path, [(alignment, translation.name)], src_lang, lang)
        entry.update(written=str(path.relative_to(project.root)), units=count)
        entry["summary"] = f"{entry['written']}: {count} units ({sure} confident, the rest fuzzy)"
    return entry
