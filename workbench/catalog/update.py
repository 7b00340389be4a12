"""`workbench update`: statements -> templates -> catalogs, merged the way msgmerge merges.

- unchanged sentences keep their translations (and translator comments, flags);
- an edited sentence gets the nearest old translation as a fuzzy entry with ``#|`` previous msgid;
- removed sentences that had a translation become obsolete (``#~``).

Everything is computed first and written after, so a bad file anywhere leaves every file as it was;
every temporary is written before any is renamed, so a full disk or a read-only folder does too.
A file whose new bytes equal its old bytes is not touched: running update twice changes nothing.
The writers' lock of every file is held while writing, and a file that another writer changed
since it was read is read again (the plan is made anew), so no one's write is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib
from rapidfuzz import fuzz, process

from workbench.atomic import atomic_write_many, sweep_temporaries
from workbench.catalog.lock import catalogs_locked
from workbench.catalog.pofile import Catalog, catalog_to_bytes, read_catalog
from workbench.catalog.template import build_template, new_catalog, now_stamp, same_entries
from workbench.errors import WorkbenchError
from workbench.project import Project

# msgmerge's fuzzy threshold is a similarity of 0.6; ours is the same scale in percent.
FUZZY_CUTOFF = 60.0


@dataclass
class CatalogChange:
    path: Path
    lang: str | None  # None for the template
    data: bytes | None  # new bytes, or None when the file stays as it is
    before: bytes | None = None  # the file as read (None: it did not exist)
    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    obsolete: int = 0
    created: bool = False

    @property
    def changed(self) -> bool:
        return self.data is not None


@dataclass
class UpdatePlan:
    changes: list[CatalogChange] = field(default_factory=list)

    def write(self) -> None:
        """Write every changed file, all or nothing."""
        atomic_write_many({c.path: c.data for c in self.changes if c.data is not None})

    def stale(self) -> bool:
        """Did any file change on disk since the plan read it?"""
        return any(_bytes_or_none(c.path) != c.before for c in self.changes)


def _bytes_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def run_update(project: Project, slugs: list[str] | None = None, *, dry_run: bool = False
               ) -> UpdatePlan:
    """Plan, then, under the writers' lock of every file, plan again if another writer changed
    one meanwhile, and write."""
    plan = plan_update(project, slugs)
    if dry_run:
        return plan
    for _attempt in range(5):
        paths = [c.path for c in plan.changes]
        with catalogs_locked(paths):
            if plan.stale():
                plan = plan_update(project, slugs)
            if {c.path for c in plan.changes} <= set(paths):
                for path in paths:  # what a killed run left, also next to files unchanged now
                    sweep_temporaries(path, older_than=0)
                plan.write()
                return plan
    raise WorkbenchError("the statements keep changing while updating; nothing written",
                         path=project.corpus_dir, hint="try again")


def plan_update(project: Project, slugs: list[str] | None = None) -> UpdatePlan:
    plan = UpdatePlan()
    for statement in project.select(slugs):
        pot_path = project.pot_path(statement.slug)
        pot = build_template(project, statement)
        old_pot = read_catalog(pot_path) if pot_path.exists() else None
        before = old_pot.base_bytes if old_pot is not None else None
        if old_pot is not None and same_entries(old_pot, pot):
            pot = old_pot  # keep its creation date: nothing changed
            plan.changes.append(CatalogChange(pot_path, None, None, before))
        else:
            plan.changes.append(CatalogChange(pot_path, None, catalog_to_bytes(pot), before,
                                              created=old_pot is None))
        for lang in project.target_languages(statement):
            plan.changes.append(_plan_catalog(project.po_path(lang, statement.slug), pot, lang,
                                              statement.slug))
    return plan


def _plan_catalog(path: Path, pot: polib.POFile, lang: str, slug: str) -> CatalogChange:
    before: bytes | None = None
    if path.exists():
        old = read_catalog(path)
        before = old.base_bytes
        created = False
    else:
        old, created = new_catalog(pot, lang, slug), True
    merged, counts = merge_catalog(old, pot)
    data = catalog_to_bytes(merged)
    return CatalogChange(path, lang, None if data == before else data, before, created=created,
                         **counts)


def merge_catalog(old: polib.POFile, pot: polib.POFile) -> tuple[Catalog, dict[str, int]]:
    """Merge a catalog with a (new) template, as msgmerge does. Returns the catalog and counts."""
    counts = {"kept": 0, "new": 0, "fuzzy": 0, "obsolete": 0}
    merged = Catalog(wrapwidth=79)
    merged._wb_newline = getattr(old, "_wb_newline", "\n")  # a CRLF catalog stays CRLF throughout
    merged.header = old.header
    merged.metadata = dict(old.metadata)
    if "POT-Creation-Date" in pot.metadata:
        merged.metadata["POT-Creation-Date"] = pot.metadata["POT-Creation-Date"]
    merged.metadata_is_fuzzy = getattr(old, "metadata_is_fuzzy", False)
    previous = {(e.msgctxt, e.msgid): e for e in old if e.msgid}
    used: set[tuple[str | None, str]] = set()
    fuzzy_pool = {e.msgid: e for e in old if e.msgid and _has_translation(e)}
    for template_entry in pot:
        key = (template_entry.msgctxt, template_entry.msgid)
        match = previous.get(key)
        if match is not None:
            used.add(key)
            merged.append(_carry(template_entry, match))
            counts["kept"] += 1
            continue
        entry = _fresh(template_entry)
        nearest = _nearest(template_entry.msgid, fuzzy_pool, used)
        if nearest is not None:
            used.add((nearest.msgctxt, nearest.msgid))
            entry.msgstr = nearest.msgstr
            entry.msgstr_plural = dict(nearest.msgstr_plural)
            entry.tcomment = nearest.tcomment
            entry.flags = ["fuzzy", *[f for f in nearest.flags if f != "fuzzy"]]
            # A fuzzy entry already names the sentence its translation was made for.
            keep_previous = "fuzzy" in nearest.flags and nearest.previous_msgid
            entry.previous_msgid = nearest.previous_msgid if keep_previous else nearest.msgid
            counts["fuzzy"] += 1
        else:
            counts["new"] += 1
        merged.append(entry)
    for entry in old:
        key = (entry.msgctxt, entry.msgid)
        if not entry.msgid or key in used or not _has_translation(entry):
            continue
        if not entry.obsolete:
            counts["obsolete"] += 1
        entry.obsolete = True
        entry.occurrences = []
        merged.append(entry)
    return merged, counts


def _has_translation(entry: polib.POEntry) -> bool:
    return bool(entry.msgstr) or any(entry.msgstr_plural.values())


def _carry(template_entry: polib.POEntry, old: polib.POEntry) -> polib.POEntry:
    """The old entry with the template's references and block kind (its translation untouched)."""
    if old.obsolete:
        old.obsolete = False
        if _has_translation(old) and "fuzzy" not in old.flags:
            old.flags.append("fuzzy")  # resurrected: a reviewer should look at it again
    if old.occurrences != template_entry.occurrences:
        old.occurrences = list(template_entry.occurrences)
    if old.comment != template_entry.comment:
        old.comment = template_entry.comment
    return old


def _fresh(template_entry: polib.POEntry) -> polib.POEntry:
    return polib.POEntry(
        msgctxt=template_entry.msgctxt,
        msgid=template_entry.msgid,
        msgid_plural=template_entry.msgid_plural,
        msgstr="",
        msgstr_plural={i: "" for i in template_entry.msgstr_plural} if template_entry.msgid_plural else {},
        occurrences=list(template_entry.occurrences),
        comment=template_entry.comment,
        flags=[f for f in template_entry.flags if f != "fuzzy"],
    )


def _nearest(msgid: str, pool: dict[str, polib.POEntry],
             used: set[tuple[str | None, str]]) -> polib.POEntry | None:
    choices = [m for m, e in pool.items() if (e.msgctxt, m) not in used]
    if not choices:
        return None
    best = process.extractOne(msgid, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return pool[best[0]] if best else None


def touch_revision(catalog: polib.POFile) -> None:
    catalog.metadata["PO-Revision-Date"] = now_stamp()
