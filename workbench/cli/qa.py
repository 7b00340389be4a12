"""Coordinator commands: check (QA), coverage and score."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import PROJECT_OPTION, project_of
from workbench.errors import WorkbenchError

ACCEPT_HELP = """\
To accept a finding that is right as it is, add a translator comment to the entry
(it survives msgmerge and 'workbench update'):
    # workbench-accept: same-as-source, numbers
Accepted findings are not reported (see them with --accepted) and never fail the run.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check", parents=[PROJECT_OPTION], help="QA checks of the project's catalogs or PO files",
        description="Run the QA checks. Exit status 1 when there are errors.",
        epilog=ACCEPT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="PO", type=Path,
                   help="PO files to check (default: the project's catalogs)")
    p.add_argument("--lang", help="only this language (for PO files: their language, "
                                  "when the Language header is missing)")
    p.add_argument("--check", action="append", metavar="ID", dest="checks",
                   help="only these checks or families (repeat, or separate with commas)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--severity", choices=("error", "warning", "info"), default="info",
                   help="show findings of this severity and above (default: all)")
    p.add_argument("--accepted", action="store_true", help="also show accepted findings")
    p.add_argument("--across", action="store_true",
                   help="with PO files: also check consistency across them (per language)")
    p.add_argument("--jobs", type=int, default=None, help="parallel processes for many files")
    p.add_argument("--rules", type=Path, metavar="TOML",
                   help="house rules to apply (default: the project's qa/rules.toml)")
    p.add_argument("--list", action="store_true",
                   help="list the checks (and the project's house rules) and exit")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("coverage", parents=[PROJECT_OPTION],
                       help="statements × languages: translated, fuzzy, QA errors, ready")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--format", choices=("table", "json", "csv", "md", "html"), default="table")
    p.add_argument("--by", choices=("words", "segments"), default="words")
    p.add_argument("--lang", action="append", help="only these languages (repeatable)")
    p.add_argument("--no-qa", action="store_true", help="skip the QA checks (faster)")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("score", parents=[PROJECT_OPTION],
                       help="chrF, BLEU and TER of a catalog against a reference translation")
    p.add_argument("slug", nargs="?", metavar="SLUG",
                   help="statement (default: the only one in the project)")
    p.add_argument("--lang", required=True)
    p.add_argument("--reference", type=Path, help="reference: a PO catalog of the same "
                   "statement, or plain text with one segment per line")
    p.add_argument("--of", choices=("catalog", "export"), default="catalog",
                   help="score the catalog's entries, or the exported text line by line")
    p.add_argument("--metric", action="append", choices=("chrf", "bleu", "ter"),
                   help="metrics to compute (default: all; chrF comes first)")
    p.add_argument("--worst", type=int, default=10, help="how many worst segments to list")
    p.add_argument("--postedit", action="store_true",
                   help="report how far final translations moved from TM pre-translations")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_score)


# -- check -------------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    from workbench import checks as qa
    from workbench.checks import output

    if args.rules is not None and not args.rules.is_file():
        raise WorkbenchError("no such rules file", path=args.rules,
                             hint="see 'House rules' in the README")
    if args.list:
        for line in output.list_checks(_house_rules(args)):
            print(line)
        return 0
    chosen = qa.resolve_checks(args.checks) if args.checks else None
    if args.files:
        result = qa.run_paths(args.files, args.lang, chosen, across=args.across,
                              include_accepted=args.accepted, jobs=args.jobs, rules=args.rules)
    else:
        project = project_of(args)
        result = qa.run_project(project, args.lang, chosen, include_accepted=args.accepted,
                                rules=args.rules)
    floor = qa.SEVERITY_RANK[args.severity]
    shown = [f for f in result.findings if qa.SEVERITY_RANK[f.severity] >= floor]
    if args.format == "json":
        for line in output.json_lines(shown):
            sys.stdout.write(line + "\n")
    else:
        for line in output.text_report(shown, color=sys.stdout.isatty()):
            print(line)
        print(output.summary(shown, sum(result.entries.values()), len(result.entries)))
    return 1 if any(f.severity == "error" and not f.accepted for f in result.findings) else 0


def _house_rules(args: argparse.Namespace) -> tuple[Any, ...]:
    """The rules --list shows: --rules FILE, else the project's (none outside a project)."""
    from workbench.checks import rules
    from workbench.errors import ProjectNotFound

    if args.rules is not None:
        return rules.load_rules(args.rules)
    try:
        return rules.load_rules(rules.rules_path(project_of(args)))
    except ProjectNotFound:
        return ()


# -- coverage ----------------------------------------------------------------------------------
def cmd_coverage(args: argparse.Namespace) -> int:
    from workbench.reports import coverage, html, render

    project = project_of(args)
    langs = [_lang(code) for code in args.lang] if args.lang else None
    cov = coverage(project, langs=langs, slugs=args.slugs or None, qa=not args.no_qa)
    if not cov.cells:
        raise WorkbenchError("no statements or target languages to report on",
                             path=project.root, hint="add statements to corpus/ and targets "
                                                     "to workbench.toml")
    writers = {"json": render.to_json, "csv": render.to_csv, "md": render.to_markdown,
               "html": html.to_html}
    if args.format == "table":
        text = render.table(cov, args.by, color=sys.stdout.isatty() and not args.output)
    else:
        text = writers[args.format](cov, args.by)
    _emit(text, args.output, project)
    return 0


def _lang(code: str) -> str:
    from workbench import languages

    return languages.validate(code)


def _emit(text: str, output: Path | None, project: object = None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from workbench.atomic import atomic_write_text

    atomic_write_text(output, text)
    print(f"wrote {output}", file=sys.stderr)


# -- score -------------------------------------------------------------------------------------
def cmd_score(args: argparse.Namespace) -> int:
    import json

    from workbench.reports import postedit, score_statement

    project = project_of(args)
    lang = _lang(args.lang)
    out: dict[str, object] = {}
    if args.reference is not None:
        slug = args.slug or _only_statement(project)
        metrics = tuple(dict.fromkeys(args.metric)) if args.metric else ("chrf", "bleu", "ter")
        report = score_statement(project, slug, lang, args.reference, of=args.of,
                                 metrics=metrics)
        out["score"] = {"statement": slug, "of": args.of, **report.as_dict(args.worst)}
        if args.format == "text":
            _print_score(slug, report, args.worst)
    elif not args.postedit:
        raise WorkbenchError("nothing to score", hint="give --reference FILE, or --postedit")
    if args.postedit:
        reports = postedit(project, lang)
        out["postedit"] = [r.as_dict() for r in reports]
        if args.format == "text":
            _print_postedit(reports, lang)
    if args.format == "json":
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


def _only_statement(project: object) -> str:
    statements = project.statements()  # type: ignore[attr-defined]
    if len(statements) != 1:
        names = ", ".join(s.slug for s in statements) or "none"
        raise WorkbenchError("which statement?", hint=f"name one of: {names}")
    return str(statements[0].slug)


def _print_score(slug: str, report: object, worst: int) -> None:
    from workbench.reports import ScoreReport

    assert isinstance(report, ScoreReport)
    print(f"{slug} [{report.lang}]: {len(report.segments)} segments scored"
          + "".join(f", {n} {why}" for why, n in report.skipped.items()))
    for name, value in report.corpus.items():
        print(f"  {name:<5} {value:6.2f}   {report.signatures[name]}")
    if "bleu-sentence" in report.signatures:
        print(f"  sentence BLEU: {report.signatures['bleu-sentence']}")
    rows = report.worst(worst)
    if rows:
        print(f"Worst {len(rows)} segments by chrF:")
        for seg in rows:
            print(f"  {seg.chrf:6.2f}  {seg.key[:70]!r}")
            print(f"          hyp: {seg.hypothesis[:90]}")
            print(f"          ref: {seg.reference[:90]}")


def _print_postedit(reports: list[Any], lang: str) -> None:
    if not reports:
        print(f"post-editing [{lang}]: no entries pre-translated from the TM")
    for r in reports:
        d = r.as_dict()
        line = (f"post-editing [{r.lang}]: {d['pretranslated']} pre-translated, "
                f"{d['scored']} with the suggestion stored, {d['unchanged']} unchanged")
        if r.chrf is not None:
            line += f"; chrF {r.chrf:.2f}, TER {r.ter:.2f} (suggestion vs final)"
        print(line)
        for name, sig in r.signatures.items():
            print(f"  {name}: {sig}")
