"""Running the checks: one entry (live, in the editor), one catalog, a project, or PO files."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polib

from workbench.checks import glossary as glossary_checks
from workbench.checks import rules as house_rules
from workbench.checks.accept import accepted_checks
from workbench.checks.langs import catalog_language, catalog_markup, source_language
from workbench.checks.model import REGISTRY, Check, CheckContext, Finding, Problem
from workbench.checks.plurals import form_pairs, parse_plural_forms, plural_single_forms
from workbench.checks.text import Pair
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.glossary.model import Termbase
    from workbench.project import Project


def resolve_checks(ids: Iterable[str] | None) -> frozenset[str] | None:
    """Check ids from ids or family names ("placeholders" = printf, brace, urls, tags)."""
    if ids is None:
        return None
    out: set[str] = set()
    for name in ids:
        for part in filter(None, (p.strip() for p in name.split(","))):
            family = {c.id for c in REGISTRY.values() if c.family == part}
            if part in REGISTRY:
                out.add(part)
            elif family:
                out |= family
            else:
                close = difflib.get_close_matches(part, [*REGISTRY, *families()], n=3)
                raise WorkbenchError(
                    f"unknown check {part!r}",
                    hint=f"did you mean {', '.join(close)}?" if close
                    else "see 'workbench check --list'")
    return frozenset(out)


def families() -> list[str]:
    return sorted({c.family for c in REGISTRY.values()})


def context_for(catalog: polib.POFile, lang: str | None = None, *, file: str | Path | None = None,
                project: Project | None = None, termbase: Termbase | None = None,
                checks: Iterable[str] | None = None, markup: str | None = None, source_lang: str | None = None,
                rules: Path | None = None) -> CheckContext:
    """The context for checking the entries of ``catalog``. ``lang`` defaults to the
    catalog's Language header (then its path, then its letters). House rules come from
    ``rules`` (a rules file), else from the project's qa/rules.toml."""
    path = file if file is not None else getattr(catalog, "path", None)
    lang = lang or catalog_language(catalog, path)
    if not lang:
        raise WorkbenchError("cannot tell the language of the catalog", path=path,
                             hint="set its Language header, or pass --lang")
    nplurals, expr = parse_plural_forms(catalog.metadata.get("Plural-Forms"))
    ctx = CheckContext(
        lang=lang, source_lang=source_lang or source_language(catalog, project),
        nplurals=nplurals, plural_expr=expr,
        markup="md" if (markup or catalog_markup(catalog)) == "md" else "plain",
        file=str(path) if path is not None else None,
        checks=resolve_checks(checks) if checks is not None else None)
    glossary_checks.attach(ctx, termbase, project)
    ctx.rules = house_rules.load_rules(rules if rules is not None
                                       else house_rules.rules_path(project))
    return ctx


def _selected(ctx: CheckContext, scope: str) -> list[Check]:
    found = ctx.cache.get(scope)
    if found is None:
        found = ctx.cache[scope] = [c for c in REGISTRY.values()
                                    if c.scope == scope and ctx.wants(c)]
    return found


def pairs_of(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Pair]:
    """(source, target) pairs of an entry: one per non-empty plural form, paired by
    :func:`workbench.checks.plurals.form_pairs`."""
    single = plural_single_forms(ctx.plural_expr, ctx.nplurals) if entry.msgid_plural \
        else frozenset()
    for form, source, target in form_pairs(entry, single):
        yield Pair(source, target, entry=entry, form=form, markup=ctx.markup)


def _finding(chk: Check, prob: Problem, entry: polib.POEntry, ctx: CheckContext,
             form: int | None, accepted: frozenset[str]) -> Finding:
    check_id = prob.check or chk.id
    return Finding(
        check=check_id, severity=prob.severity or chk.severity,
        message=prob.message or chk.message, msgid=entry.msgid, msgctxt=entry.msgctxt,
        file=ctx.file, line=entry.linenum, spans=prob.spans, lang=ctx.lang, form=form,
        accepted=check_id in accepted or "*" in accepted)


def run_check(chk: Check, subject: object, ctx: CheckContext) -> list[Any]:
    """What one check yields for one subject. A check that raises costs that check on that
    entry only: the run goes on, and the failure is reported as a warning of that check."""
    try:
        return list(chk.func(subject, ctx))
    except Exception as exc:  # noqa: BLE001 - isolate a bug in one check from the whole run
        problem = Problem(f"internal error of the check ({type(exc).__name__}: {exc}); "
                          "this entry was not checked by it: please report it", (), "warning")
        return [problem] if chk.scope != "catalog" else [(0, problem)]


def check_entry(entry: polib.POEntry, ctx: CheckContext, *, include_accepted: bool = False
                ) -> list[Finding]:
    """Findings of one entry (every check but the cross-entry ones). Fast enough to run on
    each key press: build ``ctx`` once per catalog with :func:`context_for`."""
    if entry.obsolete or not entry.msgid:
        return []
    accepted = accepted_checks(entry)
    out: list[Finding] = []
    for chk in _selected(ctx, "entry"):
        for prob in run_check(chk, entry, ctx):
            out.append(_finding(chk, prob, entry, ctx, None, accepted))
    pair_checks = _selected(ctx, "pair")
    for pair in pairs_of(entry, ctx):
        for chk in pair_checks:
            for prob in run_check(chk, pair, ctx):
                out.append(_finding(chk, prob, entry, ctx, pair.form, accepted))
    return out if include_accepted or not accepted else [f for f in out if not f.accepted]


def check_header(catalog: polib.POFile, ctx: CheckContext, *,
                 include_accepted: bool = False) -> list[Finding]:
    """Findings of the catalog's header (msgid ""), reported at its first line."""
    header = polib.POEntry(msgid="", msgstr="")
    header.linenum = 1
    found = [_finding(chk, prob, header, ctx, None, frozenset())
             for chk in _selected(ctx, "header") for prob in run_check(chk, catalog, ctx)]
    return found if include_accepted else [f for f in found if not f.accepted]


def check_units(units: Sequence[tuple[polib.POEntry, CheckContext]], *,
                include_accepted: bool = False) -> list[Finding]:
    """Cross-entry checks (consistency) over entries that may come from several catalogs."""
    if not units:
        return []
    out: list[Finding] = []
    for chk in _selected(units[0][1], "catalog"):
        for index, prob in run_check(chk, units, units[0][1]):
            entry, ctx = units[index]
            out.append(_finding(chk, prob, entry, ctx, None, accepted_checks(entry)))
    return out if include_accepted else [f for f in out if not f.accepted]


def catalog_entries(catalog: polib.POFile) -> list[polib.POEntry]:
    """The entries a run checks: not obsolete, not the header."""
    return [e for e in catalog if not e.obsolete and e.msgid]


def check_catalog(catalog: polib.POFile | str | Path, lang: str | None = None, *,
                  project: Project | None = None, termbase: Termbase | None = None,
                  checks: Iterable[str] | None = None,
                  include_accepted: bool = False, consistency: bool = True) -> list[Finding]:
    """Every finding of one catalog, consistency within the catalog included. Export's
    publication gate: ``not any(f.severity == "error" for f in check_catalog(...))``."""
    if isinstance(catalog, str | Path):
        from workbench.catalog import read_catalog

        catalog = read_catalog(catalog)
    ctx = context_for(catalog, lang, project=project, termbase=termbase, checks=checks)
    entries = catalog_entries(catalog)
    out = check_header(catalog, ctx, include_accepted=include_accepted)
    for entry in entries:
        out += check_entry(entry, ctx, include_accepted=include_accepted)
    if consistency:
        out += check_units([(e, ctx) for e in entries], include_accepted=include_accepted)
    return out
