"""Checking many catalogs: a whole project, or any PO files."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polib

from workbench.catalog import read_catalog
from workbench.checks.engine import (
    catalog_entries,
    check_entry,
    check_header,
    check_units,
    context_for,
)
from workbench.checks.glossary import project_termbase
from workbench.checks.model import CheckContext, Finding

if TYPE_CHECKING:
    from workbench.project import Project


@contextmanager
def gc_paused() -> Iterator[None]:
    """Reading catalogs builds a large, long-lived object graph; the cyclic garbage collector
    keeps walking it while it grows (a third of the time of a large run). Nothing in a run
    makes reference cycles worth collecting, so pause it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


PARALLEL_BYTES = 1_000_000  # below this, starting worker processes costs more than it saves


@dataclass
class RunResult:
    """Findings of a run, and how many entries were checked per file (for reports)."""

    findings: list[Finding] = field(default_factory=list)
    entries: dict[str, int] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")


def _run(catalogs: Sequence[tuple[polib.POFile, CheckContext]], *, across: bool,
         include_accepted: bool) -> RunResult:
    result = RunResult()
    by_lang: dict[str, list[tuple[polib.POEntry, CheckContext]]] = {}
    for catalog, ctx in catalogs:
        entries = catalog_entries(catalog)
        result.entries[ctx.file or ""] = len(entries)
        result.languages[ctx.file or ""] = ctx.lang
        result.findings += check_header(catalog, ctx, include_accepted=include_accepted)
        for entry in entries:
            result.findings += check_entry(entry, ctx, include_accepted=include_accepted)
        if across:
            by_lang.setdefault(ctx.lang, []).extend((e, ctx) for e in entries)
    for units in by_lang.values():
        result.findings += check_units(units, include_accepted=include_accepted)
    return result


def run_project(project: Project, lang: str | None = None,
                checks: Iterable[str] | None = None, *, slugs: list[str] | None = None,
                include_accepted: bool = False, rules: Path | None = None) -> RunResult:
    """Check the project's catalogs that exist; consistency is checked across statements.
    ``rules``: a house-rules file instead of the project's qa/rules.toml."""
    with gc_paused():
        return _run_project(project, lang, checks, slugs, include_accepted, rules)


def _run_project(project: Project, lang: str | None, checks: Iterable[str] | None,
                 slugs: list[str] | None, include_accepted: bool,
                 rules: Path | None) -> RunResult:
    termbase = project_termbase(project)
    loaded = []
    for statement, target, path in project.catalogs(lang, slugs):
        if not path.exists():
            continue
        catalog = read_catalog(path)
        rel = path.relative_to(project.root) if project.root in path.parents else path
        ctx = context_for(catalog, target, file=rel, project=project, termbase=termbase,
                          checks=checks, markup=statement.format,
                          source_lang=statement.source_language, rules=rules)
        loaded.append((catalog, ctx))
    return _run(loaded, across=True, include_accepted=include_accepted)


def check_project(project: Project, lang: str | None = None,
                  checks: Iterable[str] | None = None,
                  *, slugs: list[str] | None = None, include_accepted: bool = False
                  ) -> list[Finding]:
    """Findings of every catalog of the project (or of one language, or some statements)."""
    return run_project(project, lang, checks, slugs=slugs,
                       include_accepted=include_accepted).findings


def run_paths(paths: Iterable[str | Path], lang: str | None = None,
              checks: Iterable[str] | None = None, *, project: Project | None = None,
              across: bool = False,
              include_accepted: bool = False, jobs: int | None = None,
              rules: Path | None = None) -> RunResult:
    """Check PO files anywhere. Consistency is checked across all of them (per language) with
    ``across=True``; without it, not at all (within one catalog gettext already keeps one
    entry per source; :func:`check_catalog` still looks for reused translations). Many files are checked in parallel processes
    (``jobs``: default one per CPU; 1 = in this process). ``rules``: a house-rules file
    (default: the project's qa/rules.toml, if a project is given)."""
    files = [Path(p) for p in paths]
    checks = list(checks) if checks is not None else None
    if not across and project is None and _parallel(files, jobs):
        return _run_parallel(files, lang, checks, include_accepted, jobs, rules)
    with gc_paused():
        loaded = []
        termbase = project_termbase(project) if project is not None else None
        for path in files:
            catalog = read_catalog(path)
            ctx = context_for(catalog, lang, file=path, project=project, termbase=termbase,
                              checks=checks, rules=rules)
            loaded.append((catalog, ctx))
        return _run(loaded, across=across, include_accepted=include_accepted)


def _parallel(paths: list[Path], jobs: int | None) -> bool:
    if jobs == 1 or len(paths) < 4 or (os.cpu_count() or 1) < 2:
        return False
    try:
        return sum(p.stat().st_size for p in paths) > PARALLEL_BYTES
    except OSError:
        return False  # let the serial path report the missing file


def _one_file(args: tuple[Path, str | None, list[str] | None, bool, Path | None]) -> RunResult:
    path, lang, checks, include_accepted, rules = args
    with gc_paused():
        catalog = read_catalog(path)
        ctx = context_for(catalog, lang, file=path, checks=checks, rules=rules)
        return _run([(catalog, ctx)], across=False, include_accepted=include_accepted)


def _run_parallel(paths: list[Path], lang: str | None, checks: list[str] | None,
                  include_accepted: bool, jobs: int | None, rules: Path | None) -> RunResult:
    # Biggest files first, so that no worker is left with a large one at the end.
    order = sorted(range(len(paths)), key=lambda i: -paths[i].stat().st_size)
    workers = min(jobs or os.cpu_count() or 2, len(paths))
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        parts = dict(zip(order, pool.map(
            _one_file, [(paths[i], lang, checks, include_accepted, rules) for i in order]),
            strict=True))
    result = RunResult()
    for i in range(len(paths)):
        part = parts[i]
        result.findings += part.findings
        result.entries.update(part.entries)
        result.languages.update(part.languages)
    return result


def check_paths(paths: Iterable[str | Path], lang: str | None = None,
                checks: Iterable[str] | None = None, *, project: Project | None = None,
                across: bool = False, include_accepted: bool = False,
                jobs: int | None = None, rules: Path | None = None) -> list[Finding]:
    """Findings of PO files anywhere (see :func:`run_paths`)."""
    return run_paths(paths, lang, checks, project=project, across=across,
                     include_accepted=include_accepted, jobs=jobs, rules=rules).findings
