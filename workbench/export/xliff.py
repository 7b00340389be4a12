"""XLIFF 1.2 export of a catalog, for a translator who works in another CAT tool.

One <file> per catalog; one <trans-unit> per entry (a <group restype="x-gettext-plurals"> of
units ``ID[n]`` per plural entry, as translate-toolkit's po2xliff does). Ids are a hash of
the entry's context and msgid, so they survive a ``workbench update``. Each unit records, in
the Workbench namespace, a hash of the target it was exported with: on import a catalog
translation that changed since then is a conflict, not something to overwrite.
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

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
WB_NS = "urn:x-workbench:xliff"
XML_NS = "http://www.w3.org/XML/1998/namespace"
PLURAL_RESTYPE = "x-gettext-plurals"
STATE = {"translated": "translated", "fuzzy": "needs-review-translation", "untranslated": "new"}


def q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def wb(name: str) -> str:
    return f"{{{WB_NS}}}{name}"


def unit_id(entry: polib.POEntry) -> str:
    """Stable id of an entry: its context and msgid, hashed."""
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}"
    return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def text_hash(text: str) -> str:
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


@dataclass(frozen=True)
class XliffExport:
    path: Path
    units: int
    translated: int
    fuzzy: int
    untranslated: int


def build_xliff(project: Project, slug: str, lang: str, catalog: Catalog) -> tuple[bytes, dict[str, int]]:
    statement = project.statement(slug)
    code = languages.validate(lang)
    ET.register_namespace("", XLIFF_NS)
    ET.register_namespace("wb", WB_NS)
    root = ET.Element(q("xliff"), {"version": "1.2"})
    file_el = ET.SubElement(root, q("file"), {
        "original": statement.path.relative_to(project.root).as_posix(),
        "source-language": statement.source_language.replace("_", "-"),
        "target-language": code.replace("_", "-"),
        "datatype": "po",
        wb("project"): project.config.name,
        wb("slug"): statement.slug,
        wb("lang"): code,
    })
    header = ET.SubElement(file_el, q("header"))
    ET.SubElement(header, q("tool"), {"tool-id": "workbench", "tool-name": "Workbench",
                                      "tool-version": __version__})
    body = ET.SubElement(file_el, q("body"))
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    nplurals = nplurals_of(catalog, code)
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        status = entry_status(entry)
        counts[status] += 1
        if entry.msgid_plural:
            _plural_group(body, entry, status, nplurals)
        else:
            _unit(body, unit_id(entry), entry.msgid, entry.msgstr, status, entry)
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data.replace(b"<?xml version='1.0' encoding='utf-8'?>",
                        b'<?xml version="1.0" encoding="UTF-8"?>') + b"\n", counts


def _unit(parent: ET.Element, uid: str, source: str, target: str, status: str,
          entry: polib.POEntry | None, base: bool = True) -> ET.Element:
    attrs = {"id": uid, f"{{{XML_NS}}}space": "preserve"}
    if status != "untranslated":
        attrs["approved"] = "yes" if status == "translated" else "no"
    if base:
        attrs[wb("base")] = text_hash(target)
    unit = ET.SubElement(parent, q("trans-unit"), attrs)
    ET.SubElement(unit, q("source")).text = source
    ET.SubElement(unit, q("target"), {"state": STATE[status]}).text = target
    if entry is not None:
        _notes(unit, entry)
    return unit


def _plural_group(body: ET.Element, entry: polib.POEntry, status: str, nplurals: int) -> None:
    uid = unit_id(entry)
    texts = forms(entry, nplurals)
    group = ET.SubElement(body, q("group"), {"id": uid, "restype": PLURAL_RESTYPE,
                                             wb("base"): text_hash("\0".join(texts))})
    for index, text in enumerate(texts):
        source = entry.msgid if index == 0 else entry.msgid_plural
        _unit(group, f"{uid}[{index}]", source, text, status, entry if index == 0 else None,
              base=False)


def _notes(unit: ET.Element, entry: polib.POEntry) -> None:
    if entry.comment:
        ET.SubElement(unit, q("note"), {"from": "developer"}).text = entry.comment
    if entry.tcomment:
        ET.SubElement(unit, q("note"), {"from": "translator"}).text = entry.tcomment
    if entry.previous_msgid and entry.fuzzy:
        ET.SubElement(unit, q("note"), {"from": "workbench", "annotates": "source"}).text = (
            f"Previous source text: {entry.previous_msgid}")
    if entry.occurrences:
        group = ET.SubElement(unit, q("context-group"), {"name": "po-reference", "purpose": "location"})
        for path, line in entry.occurrences:
            ET.SubElement(group, q("context"), {"context-type": "sourcefile"}).text = path
            if line:
                ET.SubElement(group, q("context"), {"context-type": "linenumber"}).text = str(line)
    if entry.msgctxt:
        group = ET.SubElement(unit, q("context-group"), {"name": "po-entry", "purpose": "information"})
        ET.SubElement(group, q("context"), {"context-type": "x-po-msgctxt"}).text = entry.msgctxt


def export_xliff(project: Project, slug: str, lang: str, output: Path) -> XliffExport:
    statement = project.statement(slug)
    code = languages.validate(lang)
    if code == statement.source_language or code not in project.target_languages(statement):
        raise CatalogError(f"{code} is not a target language of {slug!r}",
                           hint=f"choose one of {', '.join(project.target_languages(statement))}")
    catalog = read_catalog(project.po_path(code, slug))
    data, counts = build_xliff(project, slug, code, catalog)
    atomic_write_bytes(output, data)
    return XliffExport(output, sum(counts.values()), counts["translated"], counts["fuzzy"],
                       counts["untranslated"])
