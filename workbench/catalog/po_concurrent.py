"""Saving a catalog that someone else changed on disk meanwhile: a 3-way merge, never a blind overwrite.

The common ancestor is the file as it was read (``Catalog.base_bytes``). Entries are matched
by (msgctxt, msgid) and merged field by field: a field changed on one side only takes that
side; flags merge as sets. Where both sides changed the same field differently, the entry
on disk wins and the clash is reported as a Conflict, so the caller can show the translator
their own version.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workbench.atomic import Fingerprint
from workbench.catalog.entry_fields import VALUE_FIELDS, field_value
from workbench.catalog.lock import catalog_lock
from workbench.catalog.po_state import STATE_ATTR
from workbench.catalog.pofile import Catalog, is_unchanged, parse_catalog, write_catalog
from workbench.errors import CatalogError, ConflictError

_FIELDS = VALUE_FIELDS

Key = tuple


@dataclass
class Conflict:
    """An entry both sides changed differently. The file keeps ``theirs``; ``mine`` is the loser."""

    msgid: str
    msgctxt: str | None
    mine: polib.POEntry | None
    theirs: polib.POEntry | None
    fields: tuple[str, ...] = ()


@dataclass
class SaveResult:
    path: Path
    status: str  # "unchanged", "written" or "merged"
    merged: list[str] = field(default_factory=list)  # msgids changed on disk by someone else
    conflicts: list[Conflict] = field(default_factory=list)


def keyed_entries(catalog: polib.POFile) -> dict[Key, polib.POEntry]:
    """Entries by (msgctxt, msgid); an obsolete twin of an active entry by (msgctxt, msgid, True)."""
    result: dict[Key, polib.POEntry] = {}
    for entry in catalog:
        key: Key = (entry.msgctxt, entry.msgid)
        if key in result:  # an obsolete twin of an active entry
            key = (entry.msgctxt, entry.msgid, bool(entry.obsolete))
        result[key] = entry
    return result


def _same(a: polib.POEntry | None, b: polib.POEntry | None) -> bool:
    if a is None or b is None:
        return a is b
    return all(field_value(a, n) == field_value(b, n) for n in (*_FIELDS, "flags"))


def merge_flags(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    added = [f for f in mine + theirs if f not in base]
    removed = {f for f in base if f not in mine or f not in theirs}
    result: list[str] = []
    for flag in base + added:
        if flag not in removed and flag not in result:
            result.append(flag)
    if "fuzzy" in result:  # gettext's place for it
        result.remove("fuzzy")
        result.insert(0, "fuzzy")
    return result


def _merge_fields(base: polib.POEntry, mine: polib.POEntry, theirs: polib.POEntry,
                  target: polib.POEntry) -> tuple[str, ...]:
    """Apply mine's one-sided changes to TARGET (theirs). Returns the fields in conflict."""
    b, m, t = ([field_value(e, n) for n in _FIELDS] for e in (base, mine, theirs))
    clashes = tuple(n for n, bv, mv, tv in zip(_FIELDS, b, m, t, strict=True)
                    if bv != mv != tv and bv != tv)
    if clashes:
        return clashes
    for name in _FIELDS:
        if field_value(mine, name) != field_value(base, name):
            setattr(target, name, copy.deepcopy(getattr(mine, name)))
    target.flags = merge_flags(list(base.flags), list(mine.flags), list(theirs.flags))
    return ()


def _fresh_copy(entry: polib.POEntry) -> polib.POEntry:
    clone = copy.deepcopy(entry)
    clone.__dict__.pop(STATE_ATTR, None)
    return clone


def merge_concurrent(base: Catalog, mine: Catalog, theirs: Catalog) -> tuple[Catalog, list[Conflict]]:
    """3-way merge of catalogs. The result is built on THEIRS (the file on disk) and shares
    nothing with the inputs except THEIRS itself, which it modifies and returns."""
    b, m, t = keyed_entries(base), keyed_entries(mine), keyed_entries(theirs)
    conflicts: list[Conflict] = []
    drop: set[int] = set()
    for key, mine_entry in m.items():
        base_entry, their_entry = b.get(key), t.get(key)
        if _same(mine_entry, their_entry) or _same(mine_entry, base_entry):
            continue
        if _same(their_entry, base_entry):  # only mine changed (or added) it
            if their_entry is None:
                continue  # an addition of mine: placed below
            for name in (*_FIELDS, "flags"):
                setattr(their_entry, name, copy.deepcopy(getattr(mine_entry, name)))
            continue
        clashes: tuple[str, ...] = ("entry",)
        if base_entry is not None and their_entry is not None:
            clashes = _merge_fields(base_entry, mine_entry, their_entry, their_entry)
        if clashes:
            conflicts.append(Conflict(mine_entry.msgid, mine_entry.msgctxt, mine_entry,
                                      their_entry, clashes))
    for key, base_entry in b.items():  # deletions of mine
        their_entry = t.get(key)
        if key not in m and their_entry is not None:
            if _same(their_entry, base_entry):
                drop.add(id(their_entry))
            else:
                conflicts.append(Conflict(base_entry.msgid, base_entry.msgctxt, None, their_entry, ("entry",)))
    _place_additions(theirs, mine, b, t, drop)
    _merge_header(base, mine, theirs, conflicts)
    return theirs, conflicts


def _place_additions(theirs: Catalog, mine: Catalog, b: dict, t: dict, drop: set[int]) -> None:
    """Entries only mine added go after the entry that precedes them in mine."""
    after: dict[int, list[polib.POEntry]] = {}
    previous: polib.POEntry | None = None
    for key, entry in keyed_entries(mine).items():
        if key in t:
            previous = t[key]
        elif key not in b:
            after.setdefault(id(previous) if previous is not None else 0, []).append(_fresh_copy(entry))
    result = list(after.get(0, []))
    for entry in theirs:
        if id(entry) not in drop:
            result.append(entry)
        result.extend(after.get(id(entry), []))
    theirs[:] = result


def _merge_header(base: Catalog, mine: Catalog, theirs: Catalog, conflicts: list[Conflict]) -> None:
    clashes: list[str] = []
    keys = list(theirs.metadata) + [k for k in mine.metadata if k not in theirs.metadata]
    merged: dict[str, str] = {}
    for key in keys:
        bv, mv, tv = base.metadata.get(key), mine.metadata.get(key), theirs.metadata.get(key)
        value = tv if mv == bv else mv if tv == bv or mv == tv else tv
        if mv != bv and tv != bv and mv != tv:
            clashes.append(key)
        if value is not None:
            merged[key] = value
    if merged != theirs.metadata:
        theirs.metadata = merged
    for name in ("header", "metadata_is_fuzzy"):
        bv, mv, tv = (getattr(c, name) for c in (base, mine, theirs))
        if mv != bv and tv == bv:
            setattr(theirs, name, mv)
        elif mv != bv and tv != bv and mv != tv:
            clashes.append(name)
    if clashes:
        conflicts.append(Conflict("", None, None, None, tuple(clashes)))


def save_catalog(catalog: Catalog, path: str | Path | None = None) -> SaveResult:
    """Save, merging with what is on disk if someone changed the file since it was read."""
    target = Path(path) if path is not None else catalog.path
    if target is None:
        raise CatalogError("no path to save the catalog to")
    with catalog_lock(target):  # no other writer between reading the disk and writing
        return _save_locked(catalog, target)


def _save_locked(catalog: Catalog, target: Path) -> SaveResult:
    for _attempt in range(3):
        disk = target.read_bytes() if target.exists() else None
        if disk is None or (disk == catalog.base_bytes and catalog.path == target):
            if disk is not None and is_unchanged(catalog) and catalog.path == target:
                return SaveResult(target, "unchanged")
            write_catalog(catalog, target, check_conflict=False)
            return SaveResult(target, "written")
        # The common ancestor is the file as read; saving elsewhere over a file has none.
        same_file = catalog.path is not None and Path(catalog.path) == target
        base = parse_catalog((catalog.base_bytes if same_file else None) or b"", target)
        theirs = parse_catalog(disk, target)
        theirs.path, theirs.fingerprint = target, Fingerprint.of_bytes(target, disk)
        base_keys = keyed_entries(base)
        changed_there = [e.msgid for k, e in keyed_entries(theirs).items() if not _same(e, base_keys.get(k))]
        merged, conflicts = merge_concurrent(base, catalog, theirs)
        try:
            if not is_unchanged(merged):
                write_catalog(merged, target)
        except ConflictError:
            continue  # changed again while we merged: start over
        _become(catalog, merged)
        return SaveResult(target, "merged", changed_there, conflicts)
    raise ConflictError("keeps changing on disk; not saved", path=target, hint="try again")


def _become(catalog: Catalog, merged: Catalog) -> None:
    """Turn CATALOG (the caller's object) into the merged result, now the state on disk."""
    catalog[:] = list(merged)
    catalog.__dict__.update(merged.__dict__)  # header, metadata, origin and layout state
