"""What a translation memory holds: units, and how they come out of gettext catalogs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polib

from workbench.catalog.stats import entry_status
from workbench.errors import CatalogError


@dataclass(frozen=True, slots=True)
class Unit:
    """One source with its translation. ``targets`` holds every plural form (msgstr[0] first)."""

    source: str
    targets: tuple[str, ...]
    source_plural: str = ""
    context: str = ""  # msgctxt
    fuzzy: bool = False
    prev: str | None = None  # source of the previous segment; None when unknown
    next: str | None = None
    changed: str = ""  # TMX date (YYYYMMDDThhmmssZ) of the last change, when known
    origin: str = ""  # where this very unit comes from (shared memory); '' = its file's origin

    @property
    def target(self) -> str:
        return self.targets[0] if self.targets else ""


_PO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?\s*([+-]\d\d):?(\d\d)?")


def tmx_date(value: str | float | None) -> str:
    """A PO-Revision-Date or a POSIX time as a TMX date; '' when it cannot be read.

    >>> tmx_date("2024-03-01 14:00+0200"), tmx_date(0), tmx_date("YEAR-MO-DA")
    ('20240301T120000Z', '19700101T000000Z', '')
    """
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC).strftime("%Y%m%dT%H%M%SZ")
    match = _PO_DATE.match(value or "")
    if not match:
        return ""
    y, mo, d, h, mi, s, tzh, tzm = match.groups()
    try:
        tz = datetime.strptime(f"{tzh}{tzm or '00'}", "%z").tzinfo
        when = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=tz)
    except ValueError:
        return ""
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def entry_targets(entry: polib.POEntry) -> tuple[str, ...]:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
    return (entry.msgstr,)


def catalog_units(entries: Iterable[polib.POEntry], changed: str = "", *,
                  ordered: bool = True) -> list[Unit]:
    """Translated and fuzzy entries as units. ``ordered``: file order is document order, so
    each unit records its neighbours (for 101% context matches); MO files are sorted, not."""
    live = [e for e in entries if not e.obsolete and e.msgid]
    units = []
    for i, entry in enumerate(live):
        status = entry_status(entry)
        if status == "untranslated":
            continue
        prev = nxt = None
        if ordered:
            prev = live[i - 1].msgid if i else ""
            nxt = live[i + 1].msgid if i + 1 < len(live) else ""
        units.append(Unit(entry.msgid, entry_targets(entry), entry.msgid_plural or "",
                          entry.msgctxt or "", status == "fuzzy", prev, nxt, changed))
    return units


def po_units(path: Path) -> list[Unit]:
    from workbench.catalog import read_catalog

    catalog = read_catalog(path)
    changed = tmx_date(catalog.metadata.get("PO-Revision-Date")) or tmx_date(path.stat().st_mtime)
    return catalog_units(catalog, changed)


def mo_units(path: Path) -> list[Unit]:
    from workbench.export.mo import read_mo

    mo = read_mo(path)  # refused in one line where msgunfmt refuses it
    changed = tmx_date(mo.metadata.get("PO-Revision-Date")) or tmx_date(path.stat().st_mtime)
    return catalog_units(mo, changed, ordered=False)


def po_language(path: Path) -> str:
    """The Language header of a PO/MO file, or ''."""
    try:
        if path.suffix.lower() == ".mo":
            from workbench.export.mo import read_mo

            return read_mo(path).metadata.get("Language", "").strip()
        from workbench.catalog import read_catalog

        return read_catalog(path).metadata.get("Language", "").strip()
    except (OSError, ValueError, UnicodeDecodeError, CatalogError):
        return ""
