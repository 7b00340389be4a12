"""`workbench update`: statements -> templates -> catalogs, merged the way msgmerge merges.

- unchanged sentences keep their translations (and translator comments, flags);
- an edited sentence gets the nearest old translation as a fuzzy entry with ``#|`` previous msgid;
- removed sentences that had a translation become obsolete (``#~``).

Everything is computed first and written after, so a bad file anywhere leaves every file as it was.
A file whose new bytes equal its old bytes is not touched: running update twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib
from rapidfuzz import fuzz, process

from workbench.atomic import atomic_write_bytes
from workbench.catalog.pofile import Catalog, catalog_to_bytes, read_catalog
from workbench.catalog.template import build_template, new_catalog, now_stamp, same_entries
from workbench.project import Project

# msgmerge's fuzzy threshold is a similarity of 0.6; ours is the same scale in percent.
FUZZY_CUTOFF = 60.0


@dataclass
class CatalogChange:
    path: Path
    lang: str | None  # None for the template
    data: bytes | None  # new bytes, or None when the file stays as it is
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
        for change in self.changes:
            if change.data is not None:
                atomic_write_bytes(change.path, change.data)


def plan_update(project: Project, slugs: list[str] | None = None) -> UpdatePlan:
    plan = UpdatePlan()
    for statement in project.select(slugs):
        pot_path = project.pot_path(statement.slug)
        pot = build_template(project, statement)
        old_pot = read_catalog(pot_path) if pot_path.exists() else None
        if old_pot is not None and same_entries(old_pot, pot):
            pot = old_pot  # keep its creation date: nothing changed
            plan.changes.append(CatalogChange(pot_path, None, None))
        else:
            plan.changes.append(CatalogChange(pot_path, None, catalog_to_bytes(pot),
                                              created=old_pot is None))
        for lang in project.target_languages(statement):
            plan.changes.append(_plan_catalog(project.po_path(lang, statement.slug), pot, lang,
                                              statement.slug))
    return plan


def _plan_catalog(path: Path, pot: polib.POFile, lang: str, slug: str) -> CatalogChange:
    if path.exists():
        old = read_catalog(path)
        before = path.read_bytes()
        created = False
    else:
        old, before, created = new_catalog(pot, lang, slug), b"", True
    merged, counts = merge_catalog(old, pot)
    data = catalog_to_bytes(merged)
    change = CatalogChange(path, lang, None if data == before else data, created=created, **counts)
    return change


def merge_catalog(old: polib.POFile, pot: polib.POFile) -> tuple[Catalog, dict[str, int]]:
    """Merge a catalog with a (new) template, as msgmerge does. Returns the catalog and counts."""
    counts = {"kept": 0, "new": 0, "fuzzy": 0, "obsolete": 0}
    merged = Catalog(wrapwidth=79)
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
