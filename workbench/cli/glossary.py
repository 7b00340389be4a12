"""`workbench glossary …`: list, add, remove, import, export, spot, check, suggest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.cli.common import PROJECT_OPTION, print_json, print_json_lines, project_of
from workbench.errors import ProjectNotFound

if TYPE_CHECKING:
    from workbench.glossary import Concept, Termbase
    from workbench.project import Project


def _glossary_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False, parents=[PROJECT_OPTION])
    parent.add_argument("--glossary", metavar="FILE", type=Path,
                        help="a TBX or CSV/TSV glossary instead of the project's glossary/glossary.tbx")
    return parent


def register(sub: argparse._SubParsersAction) -> None:
    common = _glossary_option()
    top = sub.add_parser("glossary", parents=[PROJECT_OPTION],
                         help="the termbase: list, add, import/export, check translations")
    top.set_defaults(func=lambda args: (top.print_help(), 2)[1])
    g = top.add_subparsers(dest="glossary_command", metavar="ACTION")
    _register_editing(g, common)
    _register_checking(g, common)


def _register_editing(g: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = g.add_parser("list", parents=[common], help="list the concepts and their terms")
    p.add_argument("--lang", help="show only the source terms and this language's")
    p.add_argument("--json", action="store_true", help="print a JSON array of concepts")
    p.set_defaults(func=cmd_list)

    p = g.add_parser("add", parents=[common], help="add a concept, or terms to a known one")
    p.add_argument("term", help="the term in the source language")
    p.add_argument("--lang", nargs=2, action="append", default=[], metavar=("LANG", "TERM"),
                   help="a translation (repeat; the first per language is preferred)")
    p.add_argument("--admitted", nargs=2, action="append", default=[], metavar=("LANG", "TERM"))
    p.add_argument("--forbidden", nargs=2, action="append", default=[], metavar=("LANG", "TERM"),
                   help="a translation that must not be used")
    p.add_argument("--note", help="a note for translators")
    p.add_argument("--definition")
    p.add_argument("--pos", help="part of speech: noun, verb, adjective, adverb, properNoun, other")
    p.add_argument("--dnt", action="store_true", help="do not translate: keep the term as written")
    p.add_argument("--case-sensitive", action="store_true", help="match the term's capitals")
    p.add_argument("--source-lang", help="language of TERM (default: the glossary's source)")
    p.set_defaults(func=cmd_add)

    p = g.add_parser("remove", parents=[common], help="remove a concept, or some of its terms")
    p.add_argument("term", help="a term of the concept, or its id")
    p.add_argument("--lang", help="remove only the terms of this language")
    p.add_argument("--term", dest="only", metavar="TEXT", help="with --lang: only this term")
    p.set_defaults(func=cmd_remove)

    p = g.add_parser("import", parents=[common],
                     help="merge a TBX, CSV/TSV or OmegaT glossary in (duplicates merged, reported)")
    p.add_argument("file", type=Path)
    p.add_argument("--source", metavar="LANG", help="OmegaT glossary: the source terms' language "
                   "(default: the glossary's source)")
    p.add_argument("--lang", metavar="LANG", help="OmegaT glossary: the target terms' language")
    p.set_defaults(func=cmd_import)

    p = g.add_parser("export", parents=[common], help="write the glossary as TBX, CSV/TSV or OmegaT")
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="file to write: .tbx, .csv, .tsv (or any name with --format omegat)")
    p.add_argument("--format", choices=("tbx", "tbx2", "csv", "omegat"),
                   help="tbx: TBX-Basic v3 (default for .tbx); tbx2: TBX v2 <martif> for Weblate "
                   "and translate-toolkit; omegat: tab-separated, one target language (--lang)")
    p.add_argument("--lang", metavar="LANG", help="with --format omegat: the target language")
    p.set_defaults(func=cmd_export)



def _register_checking(g: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = g.add_parser("spot", parents=[common], help="show the glossary terms found in a text")
    p.add_argument("text")
    p.add_argument("--lang", help="language of the text (default: the glossary's source)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_spot)

    p = g.add_parser("check", parents=[common],
                     help="check translations against the glossary (exit 1 on findings)")
    p.add_argument("po", nargs="*", type=Path, metavar="PO", help="catalogs (default: the project's)")
    p.add_argument("--lang", help="only this target language (or: the language of the PO files)")
    p.add_argument("--json", action="store_true", help="one JSON object per finding")
    p.set_defaults(func=cmd_check)

    p = g.add_parser("suggest", parents=[common],
                     help="candidate terms from the corpus, with the translations used")
    p.add_argument("--lang", help="only translations into this language")
    p.add_argument("--min-count", type=int, default=2, help="segments a candidate needs (default 2)")
    p.add_argument("--limit", type=int, default=40)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)


# -- helpers -------------------------------------------------------------------------------------

def _project(args: argparse.Namespace, required: bool = True) -> Project | None:
    try:
        return project_of(args)
    except ProjectNotFound:
        if required and getattr(args, "glossary", None) is None:
            raise
        return None


def _open(args: argparse.Namespace) -> tuple[Termbase, Path]:
    """The termbase to work on, and where it is saved."""
    from workbench.glossary import Termbase, load_termbase, read_termbase

    if args.glossary is not None:
        path = Path(args.glossary)
        return (read_termbase(path) if path.exists() else Termbase(path=path)), path
    project = _project(args)
    assert project is not None
    return load_termbase(project), project.glossary_path


def _lang(code: str | None) -> str | None:
    from workbench.glossary.langcodes import language_code

    return language_code(code) if code else None


def _terms_line(concept: Concept, langs: list[str] | None) -> str:
    parts = []
    for lang in langs or concept.languages():
        terms = concept.terms_in(lang)
        if not terms:
            continue
        shown = [t.text + ("" if t.status == "preferred" else f" ({t.status})") for t in terms]
        parts.append(f"{lang}: {', '.join(shown)}")
    flags = [f for f, on in (("dnt", concept.dnt),
                              ("case", any(t.case_sensitive for t in concept.terms))) if on]
    return "; ".join(parts) + (f"  [{', '.join(flags)}]" if flags else "")


# -- commands ------------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    termbase, _ = _open(args)
    lang = _lang(args.lang)
    langs = [termbase.source_language, lang] if lang else None
    concepts = [c for c in termbase if lang is None or c.terms_in(lang)]
    if args.json:
        rows = []
        for c in concepts:
            row = c.to_dict()
            if langs:
                row["terms"] = [t.to_dict() for t in c.terms if t.lang in langs]
            rows.append(row)
        print_json(rows)
        return 0
    width = max((len(c.id) for c in concepts), default=0)
    for c in concepts:
        print(f"{c.id:<{width}}  {_terms_line(c, langs)}")
    print(f"{len(concepts)} concept(s)", file=sys.stderr)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from workbench.glossary import save_termbase
    from workbench.glossary.editing import add_terms
    from workbench.glossary.model import normalize_pos

    termbase, path = _open(args)
    source = _lang(args.source_lang) or termbase.source_language
    wanted = [(_lang(code) or source, text, status)
              for status, pairs in (("preferred", args.lang), ("admitted", args.admitted),
                                    ("forbidden", args.forbidden))
              for code, text in pairs]
    added = add_terms(termbase, args.term, wanted, source_lang=source,
                      pos=normalize_pos(args.pos), note=args.note, definition=args.definition,
                      case_sensitive=args.case_sensitive, dnt=args.dnt)
    save_termbase(termbase, path)
    verb = "added" if added.created else "updated"
    print(f"{verb} concept {added.concept.id!r}: {_terms_line(added.concept, None)}")
    return 0


def _find_concept(termbase: Termbase, key: str) -> Concept:
    from workbench.glossary import GlossaryError

    by_id = termbase.get(key)
    if by_id is not None:
        return by_id
    found = termbase.find(key, termbase.source_language) or termbase.find(key)
    if not found:
        raise GlossaryError(f"no concept with the term or id {key!r}",
                            hint="see 'workbench glossary list'")
    if len(found) > 1:
        raise GlossaryError(f"{key!r} is in several concepts: {', '.join(c.id for c in found)}",
                            hint="name the concept by its id")
    return found[0]


def cmd_remove(args: argparse.Namespace) -> int:
    from workbench.glossary import GlossaryError, save_termbase

    termbase, path = _open(args)
    concept = _find_concept(termbase, args.term)
    lang = _lang(args.lang)
    if lang is None:
        termbase.remove(concept)
        message = f"removed concept {concept.id!r}"
    else:
        keep = [t for t in concept.terms if not (
            t.lang == lang and (args.only is None or t.text.casefold() == args.only.casefold()))]
        if len(keep) == len(concept.terms):
            raise GlossaryError(f"concept {concept.id!r} has no such {lang} term")
        concept.terms = keep
        termbase.changed()
        message = f"removed {lang} term(s) from {concept.id!r}"
    save_termbase(termbase, path)
    print(message)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.glossary import merge, save_termbase
    from workbench.glossary.importing import read_import

    termbase, path = _open(args)
    source = _lang(args.source) or termbase.source_language
    imported = read_import(args.file, source=source, target=_lang(args.lang))
    incoming = imported.termbase
    if not len(termbase):
        termbase.source_language = incoming.source_language
    for line in imported.report:
        print(f"{args.file}: {line}", file=sys.stderr)
    count = len(incoming)
    added, updated = merge(termbase, incoming)
    save_termbase(termbase, path)
    print(f"imported {count} concept(s) from {args.file} ({imported.format}): {added} added, "
          f"{updated} updated, {len(imported.report)} duplicate(s) merged -> {path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.glossary import GlossaryError, save_termbase
    from workbench.glossary.omegat import write_omegat

    termbase, _ = _open(args)
    if args.format == "omegat":
        lang = _lang(args.lang)
        if lang is None:
            raise GlossaryError("--format omegat writes one target language", hint="add --lang ru")
        write_omegat(termbase, args.output, lang)
    elif args.format == "csv":
        from workbench.glossary.csvio import write_csv

        write_csv(termbase, args.output)
    elif args.format in ("tbx", "tbx2"):
        from workbench.glossary.tbx_write import write_tbx

        write_tbx(termbase, args.output, "2" if args.format == "tbx2" else "3")
    else:
        save_termbase(termbase, args.output)
    print(f"wrote {len(termbase)} concept(s) to {args.output}")
    return 0


def cmd_spot(args: argparse.Namespace) -> int:
    termbase, _ = _open(args)
    lang = _lang(args.lang) or termbase.source_language
    hits = termbase.spot(args.text, lang)
    if args.json:
        print_json([h.to_dict() for h in hits])
        return 0
    for h in hits:
        print(f"{h.start}-{h.end}  {h.text!r} -> {h.concept.id}: {_terms_line(h.concept, None)}")
    return 0


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.glossary import check_catalogs, load_termbase, read_termbase

    project = _project(args, required=not args.po)
    if args.glossary is not None:
        termbase = read_termbase(args.glossary)
    elif project is not None:
        termbase = load_termbase(project)
    else:
        raise ProjectNotFound("no project here, and no --glossary given",
                              hint="pass --glossary FILE or --project DIR")
    if not len(termbase):
        print("workbench: the glossary is empty; nothing to check", file=sys.stderr)
    findings = check_catalogs(project, args.po, _lang(args.lang), termbase)
    if args.json:
        print_json_lines(f.to_dict() for f in findings)
    else:
        for f in findings:
            print(f"{f.file}:{f.line}: {f.severity}: [{f.check}] {f.message}  "
                  f"(msgid: {_short(f.msgid)!r})")
        print(f"{len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from workbench.glossary import load_termbase, read_termbase, suggest_terms

    project = project_of(args)
    termbase = read_termbase(args.glossary) if args.glossary else load_termbase(project)
    found = suggest_terms(project, termbase, _lang(args.lang), min_count=args.min_count,
                          limit=args.limit)
    if args.json:
        print_json([s.to_dict() for s in found])
        return 0
    for s in found:
        used: list[Any] = [f"{lang}: {t[0].text}" for lang, t in s.translations.items() if t]
        print(f"{s.count:>4}  {s.text}" + (f"  ->  {'; '.join(used)}" if used else ""))
    return 0
