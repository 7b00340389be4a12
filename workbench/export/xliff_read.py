"""Read XLIFF 1.0, 1.1, 1.2 and 2.0 into one model: files of units with source, target, state.

Parsing is defused (no entity declarations, nothing fetched; a DOCTYPE naming an external DTD,
as XLIFF 1.0/1.1 files often have, is allowed and never read). Namespaces are matched by URI,
so ``<xlf:xliff xmlns:xlf=…>`` is the same document as ``<xliff xmlns=…>``. Groups are walked
with an explicit stack (100k nested groups must not exhaust Python's recursion). Inline codes
keep the text they stand for (workbench.tm.inline).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden

from workbench.errors import WorkbenchError
from workbench.export.xliff import BASE_PREFIX, MDA_NS, PLURAL_RESTYPE, PLURAL_TYPE2, WB_NS
from workbench.tm.inline import XLIFF_CODES, code_text

NAMESPACES = {"": "1.0", "urn:oasis:names:tc:xliff:document:1.0": "1.0",
              "urn:oasis:names:tc:xliff:document:1.1": "1.1",
              "urn:oasis:names:tc:xliff:document:1.2": "1.2",
              "urn:oasis:names:tc:xliff:document:2.0": "2.0",
              "urn:oasis:names:tc:xliff:document:2.1": "2.0"}
VERSIONS = {"1.0", "1.1", "1.2", "2.0", "2.1"}
NEEDS_REVIEW_2 = {"initial"}


@dataclass
class XUnit:
    uid: str
    source: str
    target: str | None  # None: no <target> at all
    fuzzy: bool
    approved: bool | None  # None: the file does not say
    base: str | None = None  # hash of the target as exported by Workbench
    plural_of: str | None = None  # the group id of a gettext plural form
    line: int | None = None
    restype: str = ""  # "x-gettext-domain-header": a PO header written as a unit (po2xliff)


@dataclass
class XFile:
    original: str
    source_language: str
    target_language: str
    product: str = ""  # the project name, from our export
    slug: str = ""  # files exported by Workbench before 2026-12 name it (wb:slug)
    units: list[XUnit] = field(default_factory=list)
    plural_bases: dict[str, str | None] = field(default_factory=dict)  # plural group id -> base


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def parse_document(data: bytes, path: Path) -> tuple[str, list[XFile]]:
    """The XLIFF version and its files; WorkbenchError (one line) for anything else."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise WorkbenchError(f"not well-formed XML: {exc}", path=path, line=line) from None
    except EntitiesForbidden:
        raise WorkbenchError("entity declarations are refused (they serve entity-expansion and "
                             "file-disclosure attacks)", path=path,
                             hint="XLIFF needs no DTD subset; export the file again without it") from None
    except ExternalReferenceForbidden:
        raise WorkbenchError("external references are refused", path=path) from None
    except DefusedXmlException as exc:
        raise WorkbenchError(f"unsafe XML refused ({type(exc).__name__})", path=path) from None
    ns, local = _split(root.tag)
    version = root.get("version", "") or NAMESPACES.get(ns, "") if ns else root.get("version", "")
    if local != "xliff" or ns not in NAMESPACES:
        raise WorkbenchError(f"not an XLIFF document: the root element is <{local}>"
                             + (f" in namespace {ns}" if ns else ""), path=path,
                             hint="Workbench reads XLIFF 1.0, 1.1, 1.2 and 2.0")
    if version not in VERSIONS:
        raise WorkbenchError(f"XLIFF version {version or '(none)'!r} is not supported", path=path,
                             hint="Workbench reads XLIFF 1.0, 1.1, 1.2 and 2.0")
    if version.startswith("2"):
        return version, _files2(root, ns)
    return version, _files1(root, ns)


# ---------------------------------------------------------------- inline text


def segment_text(element: ET.Element | None, ns: str) -> str:
    """The text of <source>/<target>: inline codes as the text they stand for, iteratively."""
    if element is None:
        return ""
    out: list[str] = [element.text or ""]
    stack = [iter(element)]
    tails = [""]  # text to add when the element on the stack closes
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            out.append(tails.pop())
            continue
        child_ns, local = _split(child.tag)
        if child_ns == ns and local in ("g", "mrk", "pc"):  # text inside stays text
            out.append(child.text or "")
            stack.append(iter(child))
            tails.append(child.tail or "")
            continue
        if child_ns == ns and local in XLIFF_CODES:
            out.append(code_text(local, dict(child.attrib), child.text or ""))
        out.append(child.tail or "")  # a <sub> or a foreign element: its content goes
    return "".join(out)


# ---------------------------------------------------------------- XLIFF 1.x


def _files1(root: ET.Element, ns: str) -> list[XFile]:
    files = []
    for file_el in root.iter(f"{{{ns}}}file" if ns else "file"):
        out = XFile(file_el.get("original", ""), file_el.get("source-language", ""),
                    file_el.get("target-language", ""), file_el.get("product-name", "")
                    or file_el.get(f"{{{WB_NS}}}project", ""), file_el.get(f"{{{WB_NS}}}slug", ""))
        legacy_lang = file_el.get(f"{{{WB_NS}}}lang")
        out.target_language = legacy_lang or out.target_language
        _walk1(file_el, ns, out)
        files.append(out)
    return files


def _units_under(parent: ET.Element, ns: str, unit_name: str,
                 enter: Callable[[ET.Element, str], tuple[bool, str | None]],
                 ) -> Iterator[tuple[ET.Element, str | None]]:
    """(unit, plural group id) for every unit under ``parent``, through any depth of groups,
    without recursion (100k nested groups are fine). ``enter(element, local_name)`` says whether
    to descend into an element and which plural group it opens."""
    stack: list[tuple[Iterator[ET.Element], str | None]] = [(iter(parent), None)]
    while stack:
        children, plural = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        child_ns, local = _split(child.tag)
        if child_ns != ns:
            continue
        if local == unit_name:
            yield child, plural
            continue
        descend, opens = enter(child, local)
        if descend:
            stack.append((iter(child), opens))


def _walk1(file_el: ET.Element, ns: str, out: XFile) -> None:
    """Every trans-unit under <body>, through any depth of <group>."""
    def enter(child: ET.Element, local: str) -> tuple[bool, str | None]:
        if local not in ("body", "group"):
            return False, None
        if local == "group" and child.get("restype") == PLURAL_RESTYPE:
            group_id = child.get("id", "")
            out.plural_bases[group_id] = _base1(child)
            return True, group_id
        return True, None

    for unit, plural in _units_under(file_el, ns, "trans-unit", enter):
        out.units.append(_unit1(unit, ns, plural))


def _base1(element: ET.Element) -> str | None:
    extra = element.get("extradata") or ""
    if extra.startswith(BASE_PREFIX):
        return extra[len(BASE_PREFIX):]
    return element.get(f"{{{WB_NS}}}base")


def _unit1(unit: ET.Element, ns: str, plural: str | None) -> XUnit:
    source = unit.find(f"{{{ns}}}source" if ns else "source")
    target = unit.find(f"{{{ns}}}target" if ns else "target")
    state = target.get("state") if target is not None else None
    approved_attr = unit.get("approved")
    if state is not None:
        fuzzy = state.startswith("needs-") or state == "new"
    else:
        fuzzy = approved_attr == "no"
    approved = None if approved_attr is None else approved_attr == "yes"
    return XUnit(unit.get("id", ""), segment_text(source, ns),
                 None if target is None else segment_text(target, ns), fuzzy, approved,
                 _base1(unit), plural, restype=unit.get("restype", ""))


# ---------------------------------------------------------------- XLIFF 2.0


def _files2(root: ET.Element, ns: str) -> list[XFile]:
    files = []
    for file_el in root.iter(f"{{{ns}}}file"):
        out = XFile(file_el.get("original", ""), root.get("srcLang", ""), root.get("trgLang", ""))

        def enter(child: ET.Element, local: str, out: XFile = out) -> tuple[bool, str | None]:
            if local != "group":
                return False, None
            if child.get("type") != PLURAL_TYPE2:
                return True, None
            out.plural_bases[child.get("id", "")] = _base2(child)
            return True, child.get("id", "")

        for unit, plural in _units_under(file_el, ns, "unit", enter):
            out.units.append(_unit2(unit, ns, plural))
        files.append(out)
    return files


def _base2(element: ET.Element) -> str | None:
    for meta in element.findall(f"{{{MDA_NS}}}metadata/{{{MDA_NS}}}metaGroup/{{{MDA_NS}}}meta"):
        if meta.get("type") == "wb-base":
            return meta.text or ""
    return None


def _unit2(unit: ET.Element, ns: str, plural: str | None) -> XUnit:
    sources, targets, states = [], [], []
    has_target = False
    for part in unit:
        part_ns, local = _split(part.tag)
        if part_ns != ns or local not in ("segment", "ignorable"):
            continue
        source, target = part.find(f"{{{ns}}}source"), part.find(f"{{{ns}}}target")
        sources.append(segment_text(source, ns))
        has_target = has_target or target is not None
        targets.append(segment_text(target, ns) if target is not None else segment_text(source, ns)
                       if local == "ignorable" else "")
        if local == "segment":
            states.append(part.get("state", "initial"))
    target_text = "".join(targets) if has_target else None
    fuzzy = any(s in NEEDS_REVIEW_2 for s in states) and bool(target_text)
    approved = bool(states) and all(s in ("reviewed", "final") for s in states)
    return XUnit(unit.get("id", ""), "".join(sources), target_text, fuzzy, approved,
                 _base2(unit), plural)
