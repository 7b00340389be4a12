"""XLIFF export of a catalog, for a translator who works in another CAT tool.

XLIFF 1.2 by default, valid against OASIS's strict schema (tests/data/interchange/schemas);
XLIFF 2.0 on request. One <file> per catalog; one unit per entry (a group of units ``ID[n]``
per plural entry, as translate-toolkit's po2xliff does). Ids are a hash of the entry's context
and msgid, so they survive a ``workbench update``. Each unit records the hash of the target it
was exported with (1.2: ``extradata="wb-base:HASH"``, 2.0: a metadata module entry): on import
a catalog translation that changed since then is a conflict, not something to overwrite.

``approved="yes"`` (2.0: state ``reviewed``) says a reviewer signed the entry off
(workbench.catalog.review); the state says translated, needs review (fuzzy) or new.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import polib

from workbench import __version__, languages
from workbench.atomic import atomic_write_bytes
from workbench.catalog.pofile import Catalog, read_catalog
from workbench.catalog.stats import entry_status
from workbench.errors import CatalogError
from workbench.project import Project
from workbench.tm.xmlsafe import CONTROL

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
WB_NS = "urn:x-workbench:xliff"  # files exported before 2026-12 carry wb:base / wb:slug attributes
XML_NS = "http://www.w3.org/XML/1998/namespace"
PLURAL_RESTYPE = "x-gettext-plurals"
PLURAL_TYPE2 = "wb:plurals"
BASE_PREFIX = "wb-base:"
STATE = {"translated": "translated", "fuzzy": "needs-review-translation", "untranslated": "new"}
STATE2 = {"translated": "translated", "fuzzy": "initial", "untranslated": "initial"}
VERSIONS = ("1.2", "2.0")


def q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def q2(tag: str) -> str:
    return f"{{{XLIFF2_NS}}}{tag}"


def wb(name: str) -> str:
    return f"{{{WB_NS}}}{name}"


def unit_id(entry: polib.POEntry) -> str:
    """Stable id of an entry: its context and msgid, hashed."""
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}"
    return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Hash of an exported target.

    >>> text_hash("Заголовок")
    'a8504d513adfb6f5'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def forms(entry: polib.POEntry, nplurals: int) -> list[str]:
    """The target texts of an entry: one, or one per plural form."""
    if not entry.msgid_plural:
        return [entry.msgstr]
    count = max(nplurals, len(entry.msgstr_plural), 1)
    return [entry.msgstr_plural.get(i, "") for i in range(count)]


def nplurals_of(catalog: polib.POFile, lang: str) -> int:
    header = catalog.metadata.get("Plural-Forms") or languages.plural_forms(lang)
    match = re.search(r"nplurals\s*=\s*(\d+)", header)
    return int(match.group(1)) if match else 2


def signed_off(entry: polib.POEntry) -> bool:
    """Has a reviewer signed this entry's current text off? (helper E's review model)"""
    try:
        from workbench.catalog import review
    except ImportError:  # pragma: no cover - the review model ships with the catalog package
        return False
    return review.is_approved(entry)


@dataclass(frozen=True)
class XliffExport:
    path: Path
    units: int
    translated: int
    fuzzy: int
    untranslated: int
    version: str = "1.2"


def _serialize(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data.replace(b"<?xml version='1.0' encoding='utf-8'?>",
                        b'<?xml version="1.0" encoding="UTF-8"?>') + b"\n"


def _entries(catalog: Catalog, counts: dict[str, int]) -> list[tuple[polib.POEntry, str]]:
    out = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        status = entry_status(entry)
        counts[status] += 1
        out.append((entry, status))
    return out


def build_xliff(project: Project, slug: str, lang: str, catalog: Catalog, version: str = "1.2"
                ) -> tuple[bytes, dict[str, int]]:
    """The XLIFF document for a catalog and the count of entries per status."""
    if version == "2.0":
        from workbench.export.xliff2 import build_xliff2

        return build_xliff2(project, slug, lang, catalog)
    statement = project.statement(slug)
    code = languages.validate(lang)
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(q("xliff"), {"version": "1.2"})
    file_el = ET.SubElement(root, q("file"), {
        "original": statement.path.relative_to(project.root).as_posix(),
        "source-language": languages.to_bcp47(statement.source_language),
        "target-language": languages.to_bcp47(code),
        "datatype": "po",
        "product-name": project.config.name,
    })
    header = ET.SubElement(file_el, q("header"))
    ET.SubElement(header, q("tool"), {"tool-id": "workbench", "tool-name": "Workbench",
                                      "tool-version": __version__})
    body = ET.SubElement(file_el, q("body"))
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    nplurals = nplurals_of(catalog, code)
    for entry, status in _entries(catalog, counts):
        _check_xml_chars(entry)
        approved = signed_off(entry)
        if entry.msgid_plural:
            _plural_group(body, entry, status, nplurals, approved)
        else:
            _unit(body, unit_id(entry), entry.msgid, entry.msgstr, status, entry, approved,
                  base=entry.msgstr)
    return _serialize(root), counts


def _check_xml_chars(entry: polib.POEntry) -> None:
    """XLIFF 1.2 has no way to carry characters XML 1.0 forbids (a bell, a form feed...)."""
    texts = [entry.msgid, entry.msgid_plural or "", entry.msgstr, *entry.msgstr_plural.values()]
    bad = next((c for t in texts for c in t if c in CONTROL), None)
    if bad is not None:
        raise CatalogError(f"msgid {entry.msgid[:40]!r} holds U+{ord(bad):04X}, which XLIFF 1.2 "
                           "cannot carry; nothing written", hint="export with --version 2.0 "
                           "(it writes such characters as <cp/>)")


def _unit(parent: ET.Element, uid: str, source: str, target: str, status: str,
          entry: polib.POEntry | None, approved: bool, base: str | None) -> ET.Element:
    attrs = {"id": uid, f"{{{XML_NS}}}space": "preserve"}
    if approved:
        attrs["approved"] = "yes"
    elif status == "fuzzy":
        attrs["approved"] = "no"
    if base is not None:
        attrs["extradata"] = BASE_PREFIX + text_hash(base)
    unit = ET.SubElement(parent, q("trans-unit"), attrs)
    ET.SubElement(unit, q("source")).text = source
    state = "signed-off" if approved else STATE[status]
    ET.SubElement(unit, q("target"), {"state": state}).text = target
    if entry is not None:
        _notes(unit, entry)
    return unit


def _plural_group(body: ET.Element, entry: polib.POEntry, status: str, nplurals: int,
                  approved: bool) -> None:
    uid = unit_id(entry)
    texts = forms(entry, nplurals)
    group = ET.SubElement(body, q("group"), {"id": uid, "restype": PLURAL_RESTYPE,
                                             "extradata": BASE_PREFIX + text_hash("\0".join(texts))})
    for index, text in enumerate(texts):
        source = entry.msgid if index == 0 else entry.msgid_plural
        _unit(group, f"{uid}[{index}]", source, text, status, entry if index == 0 else None,
              approved, base=None)


def _notes(unit: ET.Element, entry: polib.POEntry) -> None:
    # A context-group name must be unique in its <file>, so ours have none (it is optional);
    # translate-toolkit finds locations by purpose="location", one group per reference.
    for path, line in entry.occurrences:
        group = ET.SubElement(unit, q("context-group"), {"purpose": "location"})
        ET.SubElement(group, q("context"), {"context-type": "sourcefile"}).text = path
        if line:
            ET.SubElement(group, q("context"), {"context-type": "linenumber"}).text = str(line)
    if entry.msgctxt:
        group = ET.SubElement(unit, q("context-group"), {"purpose": "information"})
        ET.SubElement(group, q("context"), {"context-type": "x-po-msgctxt"}).text = entry.msgctxt
    if entry.comment:
        ET.SubElement(unit, q("note"), {"from": "developer"}).text = entry.comment
    if entry.tcomment:
        ET.SubElement(unit, q("note"), {"from": "translator"}).text = entry.tcomment
    if entry.previous_msgid and entry.fuzzy:
        ET.SubElement(unit, q("note"), {"from": "workbench", "annotates": "source"}).text = (
            f"Previous source text: {entry.previous_msgid}")


def export_xliff(project: Project, slug: str, lang: str, output: Path, version: str = "1.2"
                 ) -> XliffExport:
    statement = project.statement(slug)
    code = languages.validate(lang)
    if version not in VERSIONS:
        raise CatalogError(f"XLIFF version {version!r} cannot be written", hint="choose 1.2 or 2.0")
    if code == statement.source_language or code not in project.target_languages(statement):
        raise CatalogError(f"{code} is not a target language of {slug!r}",
                           hint=f"choose one of {', '.join(project.target_languages(statement))}")
    catalog = read_catalog(project.po_path(code, slug))
    data, counts = build_xliff(project, slug, code, catalog, version)
    atomic_write_bytes(output, data)
    return XliffExport(output, sum(counts.values()), counts["translated"], counts["fuzzy"],
                       counts["untranslated"], version)
