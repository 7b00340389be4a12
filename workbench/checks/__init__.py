"""QA checks over gettext catalogs: a registry of small check functions, one module per family.

Public API:

- ``Finding``: check id, severity ("error" | "warning" | "info"), message (what is wrong and
  how to fix it), msgid, msgctxt, file, line, spans (offsets in the target), lang, form
  (plural form of the spans), accepted.
- ``context_for(catalog, lang=None, ...) -> CheckContext``: build once per catalog.
- ``check_entry(entry, ctx) -> list[Finding]``: one entry, fast enough for every key press.
- ``check_catalog(catalog, lang=None, *, project=None, termbase=None, checks=None)``: one
  catalog; the export gate is "no finding with severity error".
- ``check_project(project, lang=None, checks=None)`` and ``check_paths(paths, ...)``; the
  ``run_*`` variants also return how many entries were checked.
- ``accept(entry, check_id)`` / ``unaccept`` / ``accepted_checks``: acceptances stored in the
  entry as ``# workbench-accept: check-id`` (see :mod:`workbench.checks.accept`).
- ``REGISTRY``: check id -> Check(id, severity, scope, message, func, languages, family).
"""

from workbench.checks import (  # noqa: F401  (importing a family registers its checks)
    conflicts,
    consistency,
    glossary,
    letters,
    markdown,
    markup,
    numbers,
    placeholders,
    plurals,
    punctuation,
    rules,
    source,
    spacing,
    spelling,
    status,
    structure,
    typography,
)
from workbench.checks.accept import accept, accepted_checks, is_accepted, unaccept
from workbench.checks.engine import (
    check_catalog,
    check_entry,
    check_units,
    context_for,
    families,
    pairs_of,
    resolve_checks,
)
from workbench.checks.model import REGISTRY, SEVERITY_RANK, Check, CheckContext, Finding, Problem
from workbench.checks.runner import RunResult, check_paths, check_project, run_paths, run_project

__all__ = [
    "REGISTRY",
    "SEVERITY_RANK",
    "Check",
    "CheckContext",
    "Finding",
    "Problem",
    "RunResult",
    "accept",
    "accepted_checks",
    "check_catalog",
    "check_entry",
    "check_paths",
    "check_project",
    "check_units",
    "context_for",
    "families",
    "is_accepted",
    "pairs_of",
    "resolve_checks",
    "run_paths",
    "run_project",
    "unaccept",
]
