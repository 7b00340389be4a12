"""Terminology checks: a thin wrapper over ``workbench.glossary.check_translation``.

The glossary package is imported lazily, so the QA engine works (and these checks are
skipped) when there is no termbase. Do-not-translate terms also feed ``same-as-source``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from workbench.checks.model import CheckContext, Problem, Severity, check
from workbench.checks.text import Pair

if TYPE_CHECKING:
    from workbench.glossary.model import Termbase
    from workbench.project import Project

_TERMBASES: dict[str, tuple[int | None, Termbase | None]] = {}  # glossary path -> (mtime, termbase)
SEVERITIES: dict[str, Severity] = {"error": "error", "warning": "warning", "info": "info"}
# TermCheck.kind -> check id
KINDS = {"missing": "term-missing", "forbidden": "term-forbidden", "dnt-changed": "term-dnt"}


def load_termbase(project: Project | None) -> Termbase | None:
    """The project's termbase, or None when the glossary package or the file is missing."""
    if project is None:
        return None
    try:
        from workbench.glossary import load_termbase as load
    except ImportError:
        return None
    termbase = load(project)
    return termbase if len(termbase) else None


def dnt_terms(termbase: Termbase | None, lang: str) -> frozenset[str]:
    """Do-not-translate terms of the termbase in ``lang``, casefolded."""
    out: set[str] = set()
    for concept in termbase or ():
        for term in concept.terms_in(lang) if concept.dnt else ():
            out.add(term.text.casefold())
    return frozenset(out)


def project_termbase(project: Project | None) -> Termbase | None:
    """The project's termbase, read again only when glossary.tbx changes on disk."""
    path = getattr(project, "glossary_path", None)
    try:
        stamp = path.stat().st_mtime_ns if path is not None else None
    except OSError:
        stamp = None
    key = str(path)
    cached = _TERMBASES.get(key)
    if cached is None or cached[0] != stamp:
        cached = _TERMBASES[key] = (stamp, load_termbase(project))
    return cached[1]


def attach(ctx: CheckContext, termbase: Termbase | None, project: Project | None) -> None:
    """Put the termbase (given, or the project's) and its do-not-translate terms on ``ctx``."""
    if termbase is None and project is not None and _wanted(ctx):
        termbase = project_termbase(project)
    ctx.termbase = termbase
    if termbase is not None:
        ctx.dnt_terms = dnt_terms(termbase, ctx.source_lang)


def _wanted(ctx: CheckContext) -> bool:
    return ctx.checks is None or bool(ctx.checks & {*KINDS.values(), "same-as-source"})


def _term_problems(pair: Pair, ctx: CheckContext, kind: str) -> Iterator[Problem]:
    if ctx.termbase is None:
        return
    key = ("glossary", pair.source, pair.target)
    results = ctx.cache.get(key)
    if results is None:
        from workbench.glossary import check_translation

        results = check_translation(ctx.termbase, pair.source, pair.target,
                                    ctx.source_lang, ctx.lang)
        if len(ctx.cache) > 4096:  # a live editor keeps one context for a long session
            ctx.cache.clear()
        ctx.cache[key] = results
    for result in results:
        if result.kind == kind:
            span = (tuple(result.span),) if result.span else ()
            yield Problem(_message(result), span, SEVERITIES.get(result.severity))


def _message(result: Any) -> str:
    wanted = " / ".join(result.expected)
    if result.kind == "missing":
        return f"glossary: translate {result.term!r} as {wanted}"
    if result.kind == "forbidden":
        return f"glossary: {result.found or result.term!r} is a forbidden term; use {wanted}"
    return f"glossary: {result.term!r} must stay as written" + (
        f" (found {result.found!r})" if result.found else "")


@check("term-missing", "warning",
       "a glossary term of the source is not translated with the glossary's translation; "
       "use it (any inflected form)", requires="termbase")
def term_missing(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    yield from _term_problems(pair, ctx, "missing")


@check("term-forbidden", "error",
       "the translation uses a term the glossary forbids; use the preferred term",
       requires="termbase")
def term_forbidden(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    yield from _term_problems(pair, ctx, "forbidden")


@check("term-dnt", "error",
       "a do-not-translate term was translated or changed; copy it exactly as in the source",
       requires="termbase")
def term_dnt(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    yield from _term_problems(pair, ctx, "dnt-changed")
