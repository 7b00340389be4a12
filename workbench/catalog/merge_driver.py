"""Git's 3-way merge of a PO/POT file, entry by entry (``workbench merge-driver %O %A %B %P``).

Built on the concurrent-save merge (po_concurrent): entries are matched by msgctxt and msgid,
so wrapping, order and line churn do not matter. What git needs on top of it:

- the result is built on OURS (%A, the branch being merged into) and keeps its order;
- entries both sides changed are merged field by field: one-sided changes are taken, flags
  merge as sets (fuzzy stays if either side made it fuzzy), translator comments as line sets,
  and a review sign-off goes with the translation it signed;
- the same entry translated differently on both sides keeps ours, turns fuzzy and carries
  theirs in a ``# workbench-conflict:`` comment (catalog/conflicts.py), so the file stays
  valid PO and ``workbench check`` reports it until someone resolves it;
- an entry both sides added (both ran ``workbench update``) prefers a translation over none
  and a confirmed translation over a fuzzy one;
- headers merge field by field: the later PO-Revision-Date with its Last-Translator, the later
  POT-Creation-Date, one-sided changes of the others; a Language or Plural-Forms clash keeps
  ours and is a conflict.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import datetime

import polib

from workbench.catalog import conflicts, review
from workbench.catalog.entry_fields import VALUE_FIELDS, field_value
from workbench.catalog.po_concurrent import keyed_entries, merge_concurrent, merge_flags
from workbench.catalog.pofile import Catalog, catalog_to_bytes, parse_catalog

# Fields merged by their own rule below, not as plain values.
_SPECIAL = ("msgstr", "msgstr_plural", "tcomment")
_STRICT_HEADER = ("Language", "Plural-Forms")
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?\s*([+-]\d{4})?")


@dataclass
class MergeOutcome:
    data: bytes
    conflicts: list[str] = field(default_factory=list)  # msgids (or "header Field") in conflict


def merge_po_bytes(base: bytes, ours: bytes, theirs: bytes, path: str = "") -> MergeOutcome:
    """Merge three versions of a catalog. Raises CatalogError if one of them is not PO."""
    b, o, t = (parse_catalog(data, path or None) for data in (base, ours, theirs))
    header = (dict(o.metadata), o.header, o.metadata_is_fuzzy)
    merged, clashes = merge_concurrent(b, t, o)  # built on ours; theirs' changes applied
    merged.metadata, merged.header, merged.metadata_is_fuzzy = header
    base_entries = keyed_entries(b)
    names: list[str] = []
    missing: list[polib.POEntry] = []
    orphans: list[polib.POEntry] = []  # removed on one side, changed on the other: kept
    for clash in clashes:
        if clash.mine is None and clash.theirs is None:
            continue  # the header: merged below
        if clash.theirs is None:  # ours removed an entry theirs changed: keep theirs' work
            if clash.mine is not None:
                missing.append(copy.deepcopy(clash.mine))
                orphans.append(missing[-1])
            continue
        if clash.mine is None:  # theirs removed an entry ours changed: ours stays
            orphans.append(clash.theirs)
            continue
        base_entry = base_entries.get((clash.msgctxt, clash.msgid))
        if merge_entry(base_entry, clash.mine, clash.theirs):
            names.append(clash.msgid)
    merged.extend(missing)
    _carry_forward(b, merged, orphans)
    names += merge_header(b, o, t, merged)
    return MergeOutcome(catalog_to_bytes(merged), names)


# ------------------------------------------------------------------ entries


def _carry_forward(base: Catalog, merged: Catalog, orphans: list[polib.POEntry]) -> None:
    """One side ran `workbench update` after a source change (sentence P became fuzzy P'
    with P's old translation; P obsolete or dropped) while the other side retranslated P:
    give P' the newer translation, still fuzzy, so the translator sees the latest work. An
    orphaned P (dropped on one side, retranslated on the other) then becomes obsolete."""
    before = {(e.msgctxt, e.msgid): e for e in base if not e.obsolete}
    now = {(e.msgctxt, e.msgid): e for e in [*(e for e in merged if e.obsolete), *orphans]}
    orphaned = {id(e) for e in orphans}
    retired: list[polib.POEntry] = []
    for entry in merged:
        if entry.obsolete or "fuzzy" not in entry.flags or entry.previous_msgid is None:
            continue
        key = (entry.previous_msgctxt, entry.previous_msgid)
        old, newer = before.get(key), now.get(key)
        if old is None or newer is None or _forms(entry) != _forms(old):
            continue
        if _forms(newer) != _forms(old) and bool(entry.msgid_plural) == bool(newer.msgid_plural):
            entry.msgstr, entry.msgstr_plural = newer.msgstr, copy.deepcopy(newer.msgstr_plural)
            if id(newer) in orphaned:
                newer.obsolete = True
                retired.append(newer)
    if retired:  # obsolete entries go last, as gettext writes them
        gone = {id(e) for e in retired}
        merged[:] = [e for e in merged if id(e) not in gone] + retired


def _implied_base(other: polib.POEntry, kept: polib.POEntry) -> polib.POEntry:
    """The ancestor of an entry both sides added: the emptier or fuzzier side, so that a
    translation wins over none and a confirmed one over a fuzzy suggestion."""
    def rank(entry: polib.POEntry) -> int:
        forms = _forms(entry)
        return 0 if not any(forms) else 1 if "fuzzy" in entry.flags else 2
    if rank(other) != rank(kept):
        return copy.deepcopy(min(other, kept, key=rank))
    base = copy.deepcopy(kept)
    base.msgstr, base.msgstr_plural, base.tcomment = "", {k: "" for k in kept.msgstr_plural}, ""
    base.flags = [f for f in kept.flags if f in other.flags]
    return base


def _forms(entry: polib.POEntry) -> tuple:
    return field_value(entry, "msgstr_plural") if entry.msgid_plural else (entry.msgstr,)  # type: ignore[return-value]


def merge_entry(base: polib.POEntry | None, other: polib.POEntry, kept: polib.POEntry) -> bool:
    """Merge OTHER's changes into KEPT (in place). True if the translations clash (marked)."""
    if base is None:
        base = _implied_base(other, kept)
    for name in VALUE_FIELDS:
        if name in _SPECIAL:
            continue
        if field_value(other, name) != field_value(base, name) and \
                field_value(kept, name) == field_value(base, name):
            setattr(kept, name, copy.deepcopy(getattr(other, name)))
    kept.flags = merge_flags(list(base.flags), list(other.flags), list(kept.flags))
    theirs_text, ours_text, base_text = _forms(other), _forms(kept), _forms(base)
    take_theirs = theirs_text != base_text and ours_text == base_text
    clash = theirs_text != base_text and ours_text != base_text and theirs_text != ours_text
    kept.tcomment = _merge_comment(base, other, kept, take_theirs)
    if take_theirs:
        kept.msgstr, kept.msgstr_plural = other.msgstr, copy.deepcopy(other.msgstr_plural)
    if clash:
        if not any(ours_text) and any(theirs_text):  # keep the side that has a translation
            keep_other = copy.deepcopy(kept)
            kept.msgstr, kept.msgstr_plural = other.msgstr, copy.deepcopy(other.msgstr_plural)
            conflicts.mark(kept, keep_other)
        else:
            conflicts.mark(kept, other)
    return clash


def _comment_lines(entry: polib.POEntry) -> list[str]:
    return (entry.tcomment or "").split("\n") if entry.tcomment else []


def _is_review(line: str) -> bool:
    return line.lstrip().startswith(review.PREFIX)


def _merge_comment(base: polib.POEntry, other: polib.POEntry, kept: polib.POEntry,
                   take_theirs: bool) -> str:
    """Translator comments as line sets (3-way); review lines follow the translation kept."""
    lines = [ln for ln in _merge_lines(base.tcomment, kept.tcomment, other.tcomment).split("\n")
             if ln and not _is_review(ln)]
    signer = other if take_theirs else kept
    if not take_theirs and not any(_is_review(ln) for ln in _comment_lines(kept)) and \
            _forms(other) == _forms(kept):
        signer = other  # same text: a sign-off made on their side holds here too
    lines += [ln for ln in _comment_lines(signer) if _is_review(ln)]
    return "\n".join(lines)


# ------------------------------------------------------------------ header


def _when(value: str | None) -> datetime | None:
    m = _DATE.search(value or "")
    if not m:
        return None
    stamp = "{}-{}-{} {}:{}:{} {}".format(*m.groups()[:5], m.group(6) or "00", m.group(7) or "+0000")
    try:
        return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        return None


def _later(ours: dict[str, str], theirs: dict[str, str], key: str) -> bool:
    """True if THEIRS has the later KEY date."""
    mine, other = _when(ours.get(key)), _when(theirs.get(key))
    return other is not None and (mine is None or other > mine)


def merge_header(base: Catalog, ours: Catalog, theirs: Catalog, target: Catalog) -> list[str]:
    """Set TARGET's header from the three; returns the fields in conflict ("header Field")."""
    bm, om, tm = base.metadata, ours.metadata, theirs.metadata
    merged: dict[str, str] = {}
    clashes: list[str] = []
    comment = _merge_lines(base.header, ours.header, theirs.header)
    for key in [*om, *(k for k in tm if k not in om)]:
        bv, ov, tv = bm.get(key), om.get(key), tm.get(key)
        value = ov if tv == bv else tv if ov == bv else ov
        if key in ("PO-Revision-Date", "Last-Translator"):
            value = tm.get(key) if _later(om, tm, "PO-Revision-Date") else ov
        elif key == "POT-Creation-Date":
            value = tv if _later(om, tm, key) else ov
        elif ov != bv and tv != bv and ov != tv and key in _STRICT_HEADER and tv is not None:
            clashes.append(f"header {key}")
            comment = conflicts.mark_header(comment, key, tv)
        if value is not None:
            merged[key] = value
    target.metadata = merged
    target.header = comment
    fuzzy = (ours.metadata_is_fuzzy, theirs.metadata_is_fuzzy)
    target.metadata_is_fuzzy = fuzzy[1] if fuzzy[0] == base.metadata_is_fuzzy else fuzzy[0]
    return clashes


def _merge_lines(base: str | None, ours: str | None, theirs: str | None) -> str:
    """Comment lines, 3-way as sets: ours in its order, then the lines only theirs added."""
    b, o, t = ((text or "").split("\n") if text else [] for text in (base, ours, theirs))
    kept = [line for line in o if line not in b or line in t]
    return "\n".join(kept + [line for line in t if line not in o and line not in b])
