"""XLIFF 2.0 export (``workbench xliff export --version 2.0``).

Units carry one segment; a plural entry is a ``<group type="wb:plurals">`` of units ``ID[n]``.
States: initial (new or fuzzy; a fuzzy one has ``subState="wb:fuzzy"``), translated, and
reviewed for an entry a reviewer signed off. The exported target's hash sits in the Metadata
module (``<mda:meta type="wb-base">``) so the import can tell edits from catalog changes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import polib

from workbench import languages
from workbench.catalog.pofile import Catalog
from workbench.export.xliff import (
    MDA_NS,
    PLURAL_TYPE2,
    STATE2,
    XLIFF2_NS,
    XML_NS,
    _entries,
    _serialize,
    forms,
    nplurals_of,
    q2,
    signed_off,
    text_hash,
    unit_id,
)
from workbench.project import Project
from workbench.tm.xmlsafe import CONTROL

SPACE = f"{{{XML_NS}}}space"
_CONTROL = re.compile("([" + re.escape("".join(sorted(CONTROL))) + "])")


def _mda(tag: str) -> str:
    return f"{{{MDA_NS}}}{tag}"


def build_xliff2(project: Project, slug: str, lang: str, catalog: Catalog
                 ) -> tuple[bytes, dict[str, int]]:
    statement = project.statement(slug)
    code = languages.validate(lang)
    ET.register_namespace("", XLIFF2_NS)
    ET.register_namespace("mda", MDA_NS)
    root = ET.Element(q2("xliff"), {"version": "2.0",
                                    "srcLang": languages.to_bcp47(statement.source_language),
                                    "trgLang": languages.to_bcp47(code)})
    file_el = ET.SubElement(root, q2("file"), {
        "id": "f1", "original": statement.path.relative_to(project.root).as_posix()})
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    nplurals = nplurals_of(catalog, code)
    for entry, status in _entries(catalog, counts):
        approved = signed_off(entry)
        uid = unit_id(entry)
        if not entry.msgid_plural:
            _unit(file_el, uid, entry.msgid, entry.msgstr, status, approved, entry)
            continue
        texts = forms(entry, nplurals)
        group = ET.SubElement(file_el, q2("group"), {"id": uid, "type": PLURAL_TYPE2})
        _base(group, "\0".join(texts))
        for index, text in enumerate(texts):
            source = entry.msgid if index == 0 else entry.msgid_plural
            _unit(group, f"{uid}.{index}", source, text, status, approved,
                  entry if index == 0 else None)
    return _serialize(root), counts


def _base(parent: ET.Element, text: str) -> None:
    meta = ET.SubElement(ET.SubElement(parent, _mda("metadata")), _mda("metaGroup"),
                         {"category": "workbench"})
    ET.SubElement(meta, _mda("meta"), {"type": "wb-base"}).text = text_hash(text)


def _unit(parent: ET.Element, uid: str, source: str, target: str, status: str, approved: bool,
          entry: polib.POEntry | None) -> None:
    unit = ET.SubElement(parent, q2("unit"), {"id": uid})
    if entry is not None:
        _base(unit, target)
        _notes(unit, entry)
    state = "reviewed" if approved else STATE2[status]
    attrs = {"state": state}
    if status == "fuzzy":
        attrs["subState"] = "wb:fuzzy"
    segment = ET.SubElement(unit, q2("segment"), attrs)
    _text(ET.SubElement(segment, q2("source"), {SPACE: "preserve"}), source)
    if target or status != "untranslated":
        _text(ET.SubElement(segment, q2("target"), {SPACE: "preserve"}), target)


def _text(element: ET.Element, text: str) -> None:
    """TEXT as content; characters XML 1.0 cannot carry become <cp hex="…"/> (XLIFF 2.0's way)."""
    parts = _CONTROL.split(text)  # text, character, text, character, ..., text
    element.text = parts[0]
    for index in range(1, len(parts), 2):
        point = ET.SubElement(element, q2("cp"), {"hex": f"{ord(parts[index]):04X}"})
        point.tail = parts[index + 1]


def _notes(unit: ET.Element, entry: polib.POEntry) -> None:
    notes: list[tuple[str, str]] = []
    notes += [("location", f"{path}:{line}" if line else path) for path, line in entry.occurrences]
    if entry.msgctxt:
        notes.append(("x-po-msgctxt", entry.msgctxt))
    if entry.comment:
        notes.append(("developer", entry.comment))
    if entry.tcomment:
        notes.append(("translator", entry.tcomment))
    if notes:
        holder = ET.SubElement(unit, q2("notes"))
        for category, text in notes:
            ET.SubElement(holder, q2("note"), {"category": category}).text = text
