"""Project-wide find and replace in translations: plan (a preview of every change), apply
(merged with the files, atomic per catalog), undo as one step, QA of the changed entries.

    plan = plan_replace(project, r"профсоюз(\\w*)", r"профспілка\\1", regex=True, langs=["uk"])
    for change in plan.changes: print(change.describe())
    result = apply_replace(project, plan)      # writes; result.undo_path records it
    undo_replace(project, result.undo_path)     # puts back what it changed, if unchanged since

Only the translation (every plural form) is searched, never the source. An entry whose text
changed on disk between the plan and the apply is left alone and reported as skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polib

from workbench.atomic import atomic_write_text
from workbench.catalog import read_catalog, save_catalog
from workbench.catalog.lock import catalog_lock
from workbench.errors import WorkbenchError
from workbench.project import Project


@dataclass(frozen=True)
class Change:
    slug: str
    lang: str
    msgctxt: str | None
    msgid: str
    form: int  # the plural form (0 for an entry without plurals)
    before: str
    after: str

    def describe(self) -> str:
        """Two lines for a preview: where, then the text before → after."""
        where = f"{self.lang}/{self.slug}: {_short(self.msgid, 50)}"
        form = f" [{self.form}]" if self.form else ""
        return f"{where}{form}\n  - {self.before}\n  + {self.after}"


@dataclass
class Plan:
    pattern: str
    replacement: str
    changes: list[Change] = field(default_factory=list)

    @property
    def catalogs(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((c.lang, c.slug) for c in self.changes))


@dataclass
class Result:
    applied: list[Change] = field(default_factory=list)
    skipped: list[Change] = field(default_factory=list)  # changed on disk since the plan
    findings: list[Any] = field(default_factory=list)  # QA of the changed entries
    undo_path: Path | None = None


def compile_pattern(pattern: str, *, regex: bool, ignore_case: bool) -> re.Pattern[str]:
    try:
        return re.compile(pattern if regex else re.escape(pattern),
                          re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise WorkbenchError(f"not a valid regular expression: {exc}",
                             hint="escape special characters, or leave out --regex") from None


def plan_replace(project: Project, pattern: str, replacement: str, *, regex: bool = False,
                 ignore_case: bool = False, langs: Iterable[str] | None = None,
                 slugs: Iterable[str] | None = None) -> Plan:
    """Every change the replacement would make, nothing written."""
    compiled = compile_pattern(pattern, regex=regex, ignore_case=ignore_case)
    plan = Plan(pattern, replacement)
    for slug, lang, path in _catalogs(project, langs, slugs):
        for entry in read_catalog(path):
            if not entry.msgid or entry.obsolete:
                continue
            for form, text in _forms(entry):
                try:
                    after = compiled.sub(replacement if regex else replacement.replace("\\", "\\\\"),
                                         text)
                except (re.error, IndexError) as exc:
                    raise WorkbenchError(f"bad replacement {replacement!r}: {exc}",
                                         hint="refer only to groups the pattern has") from None
                if after != text:
                    plan.changes.append(Change(slug, lang, entry.msgctxt, entry.msgid, form,
                                               text, after))
    return plan


def apply_replace(project: Project, plan: Plan, *, check: bool = True) -> Result:
    """Write the planned changes, catalog by catalog (merged with changes made since);
    record them for undo_replace; run QA over the entries changed."""
    result = Result()
    for lang, slug in plan.catalogs:
        wanted = [c for c in plan.changes if (c.lang, c.slug) == (lang, slug)]
        applied, skipped = _apply_to(project.po_path(lang, slug), wanted, undo=False)
        result.applied += applied
        result.skipped += skipped
        if check and applied:
            result.findings += _check(project, lang, slug, applied)
    if result.applied:
        result.undo_path = project.cache_dir / "replace" / "last.json"
        atomic_write_text(result.undo_path, json.dumps(
            {"pattern": plan.pattern, "replacement": plan.replacement,
             "changes": [asdict(c) for c in result.applied]}, ensure_ascii=False, indent=1))
    return result


def undo_replace(project: Project, path: Path | None = None) -> Result:
    """Put back the texts the last replacement changed (each only if still as it left it)."""
    path = path or project.cache_dir / "replace" / "last.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        changes = [Change(**c) for c in data["changes"]]
    except FileNotFoundError:
        raise WorkbenchError("no replacement to undo", path=path) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise WorkbenchError(f"the undo record is damaged: {exc}", path=path) from None
    result = Result()
    for lang, slug in dict.fromkeys((c.lang, c.slug) for c in changes):
        wanted = [c for c in changes if (c.lang, c.slug) == (lang, slug)]
        applied, skipped = _apply_to(project.po_path(lang, slug), wanted, undo=True)
        result.applied += applied
        result.skipped += skipped
    path.unlink()
    return result


def _apply_to(path: Path, changes: list[Change], *, undo: bool) -> tuple[list[Change], list[Change]]:
    with catalog_lock(path):  # read, compare and write with no other writer in between
        return _apply_locked(path, changes, undo=undo)


def _apply_locked(path: Path, changes: list[Change], *, undo: bool
                  ) -> tuple[list[Change], list[Change]]:
    catalog = read_catalog(path)
    by_key = {(e.msgctxt, e.msgid): e for e in catalog if e.msgid and not e.obsolete}
    applied, skipped = [], []
    for change in changes:
        entry = by_key.get((change.msgctxt, change.msgid))
        old, new = (change.after, change.before) if undo else (change.before, change.after)
        if entry is None or dict(_forms(entry)).get(change.form) != old:
            skipped.append(change)
            continue
        if entry.msgid_plural:
            entry.msgstr_plural[change.form] = new
        else:
            entry.msgstr = new
        applied.append(change)
    if applied:
        save_catalog(catalog)
    return applied, skipped


def _check(project: Project, lang: str, slug: str, changed: list[Change]) -> list[Any]:
    from workbench.checks.engine import check_entry, context_for

    catalog = read_catalog(project.po_path(lang, slug))
    ctx = context_for(catalog, lang, project=project)
    keys = {(c.msgctxt, c.msgid) for c in changed}
    found: list[Any] = []
    for entry in catalog:
        if (entry.msgctxt, entry.msgid) in keys:
            found += check_entry(entry, ctx)
    return found


def _forms(entry: polib.POEntry) -> list[tuple[int, str]]:
    if entry.msgid_plural:
        return sorted(entry.msgstr_plural.items())
    return [(0, entry.msgstr)]


def _catalogs(project: Project, langs: Iterable[str] | None,
              slugs: Iterable[str] | None) -> list[tuple[str, str, Path]]:
    wanted_langs = set(langs) if langs else None
    wanted_slugs = set(slugs) if slugs else None
    known = {st.slug for st in project.statements()}
    for slug in wanted_slugs or ():
        if slug not in known:
            raise WorkbenchError(f"no statement {slug!r}", hint="see 'workbench status'")
    out = []
    for statement in project.statements():
        if wanted_slugs is not None and statement.slug not in wanted_slugs:
            continue
        for lang in project.target_languages(statement):
            path = project.po_path(lang, statement.slug)
            if (wanted_langs is None or lang in wanted_langs) and path.exists():
                out.append((statement.slug, lang, path))
    return out


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
