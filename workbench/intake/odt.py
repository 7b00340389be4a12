"""OpenDocument text (.odt) as an HTML element tree, for ``mdwriter``.

The package is opened by ``safety`` (encryption, zip bombs) and its XML parsed with
defusedxml (no entities, no network). Bold and italic live in styles: a span's automatic
style, or a named style such as "Emphasis", and their parents. Lists are numbered when
their list style's first level is a number style (on the list, or on its paragraphs' style,
as LibreOffice writes for imported Word files).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from workbench.errors import WorkbenchError
from workbench.intake.safety import open_package, read_member

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


@dataclass
class _Style:
    parent: str = ""
    bold: bool | None = None
    italic: bool | None = None
    list_style: str = ""
    display: str = ""


def read_odt(path: Path) -> tuple[ET.Element, list[str]]:
    """The document body as an HTML tree, and notes on what could not be kept."""
    with open_package(path, "content.xml") as package:
        content = _parse(path, read_member(package, "content.xml", path))
        styles_xml = (_parse(path, read_member(package, "styles.xml", path))
                      if "styles.xml" in package.namelist() else None)
    converter = _Converter([doc for doc in (styles_xml, content) if doc is not None])
    body = content.find(f"{q('office', 'body')}/{q('office', 'text')}")
    if body is None:
        raise WorkbenchError("not a text document (no office:text body)", path=path)
    html = ET.Element("body")
    converter.children(body, html)
    return html, converter.notes


def _parse(path: Path, data: bytes) -> ET.Element:
    try:
        return fromstring(data, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise WorkbenchError(f"damaged document XML: {exc}", path=path) from exc


class _Converter:
    def __init__(self, docs: list[ET.Element]) -> None:
        self.styles: dict[str, _Style] = {}
        self.numbered_lists: dict[str, bool] = {}
        self.notes: list[str] = []
        for doc in docs:
            for element in doc.iter(q("style", "style")):
                props = element.find(q("style", "text-properties"))
                style = _Style(element.get(q("style", "parent-style-name"), ""),
                               list_style=element.get(q("style", "list-style-name"), ""),
                               display=element.get(q("style", "display-name"), "")
                               or element.get(q("style", "name"), ""))
                if props is not None:
                    weight = props.get(q("fo", "font-weight"))
                    slant = props.get(q("fo", "font-style"))
                    style.bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
                    style.italic = None if slant is None else slant in ("italic", "oblique")
                self.styles[element.get(q("style", "name"), "")] = style
            for element in doc.iter(q("text", "list-style")):
                first = next(iter(element), None)
                numbered = first is not None and first.tag == q("text", "list-level-style-number")
                self.numbered_lists[element.get(q("style", "name"), "")] = numbered

    def resolve(self, name: str, attr: str) -> Any:
        seen = set()
        while name and name not in seen:
            seen.add(name)
            style = self.styles.get(name)
            if style is None:
                return None
            value = getattr(style, attr)
            if value:
                return value
            if attr in ("bold", "italic") and value is False:
                return False
            name = style.parent
        return None

    def children(self, source: ET.Element, target: ET.Element) -> None:
        for child in source:
            self.block(child, target)

    def block(self, element: ET.Element, target: ET.Element) -> None:
        tag = element.tag
        if tag == q("text", "h"):
            level = min(max(_number(element.get(q("text", "outline-level"))), 1), 6)
            self.inline(element, ET.SubElement(target, f"h{level}"))
        elif tag == q("text", "p"):
            self.inline(element, ET.SubElement(target, self.paragraph_tag(element)))
        elif tag == q("text", "list"):
            self.list(element, target)
        elif tag == q("table", "table"):
            self.table(element, target)
        elif tag in (q("text", "section"), q("text", "soft-page-break")):
            self.children(element, target)
        elif tag in (q("draw", "frame"), q("draw", "a")):
            self.notes.append("image or drawing left out")
        elif tag == q("text", "table-of-content"):
            self.notes.append("table of contents left out")

    def paragraph_tag(self, element: ET.Element) -> str:
        display = self.display_chain(element.get(q("text", "style-name"), ""))
        if "Title" in display:
            return "h1"
        for name in display:
            if name.startswith("Heading ") and name[8:].isdigit():
                return f"h{min(int(name[8:]), 6)}"
        return "p"

    def display_chain(self, name: str) -> list[str]:
        chain, seen = [], set()
        while name and name not in seen and name in self.styles:
            seen.add(name)
            chain.append(self.styles[name].display.replace("_20_", " "))
            name = self.styles[name].parent
        return chain

    def list(self, element: ET.Element, target: ET.Element) -> None:
        style = element.get(q("text", "style-name"), "")
        if not style:
            first_p = element.find(f".//{q('text', 'p')}")
            style = self.resolve(first_p.get(q("text", "style-name"), ""), "list_style") if first_p is not None else ""
        out = ET.SubElement(target, "ol" if self.numbered_lists.get(style or "") else "ul")
        for item in element:
            if item.tag in (q("text", "list-item"), q("text", "list-header")):
                self.children(item, ET.SubElement(out, "li"))

    def table(self, element: ET.Element, target: ET.Element) -> None:
        out = ET.SubElement(target, "table")
        for row in element.iter(q("table", "table-row")):
            tr = ET.SubElement(out, "tr")
            for cell in row:
                if cell.tag == q("table", "table-cell"):
                    self.children(cell, ET.SubElement(tr, "td"))

    def inline(self, source: ET.Element, target: ET.Element) -> None:
        target.text = source.text or ""
        for child in source:
            node = self.inline_node(child)
            if node is None:
                _append_text(target, child.tail or "")
                continue
            target.append(node)
            node.tail = (node.tail or "") + (child.tail or "")

    def inline_node(self, element: ET.Element) -> ET.Element | None:
        tag = element.tag
        if tag == q("text", "s"):
            return _text_node(" " * min(max(_number(element.get(q("text", "c"))), 1), 100))
        if tag in (q("text", "tab"), q("text", "line-break")):
            return _text_node(" ")
        if tag == q("text", "note"):
            self.notes.append("footnote left out")
            return None
        if tag in (q("draw", "frame"), q("draw", "a")):
            self.notes.append("image or drawing left out")
            return None
        if tag == q("text", "a"):
            node = ET.Element("a", href=element.get(q("xlink", "href"), ""))
            self.inline(element, node)
            return node
        if tag == q("text", "span"):
            node = ET.Element("span")
            self.inline(element, node)
            style = element.get(q("text", "style-name"), "")
            for attr, html in (("italic", "em"), ("bold", "strong")):
                if self.resolve(style, attr):
                    wrapper = ET.Element(html)
                    wrapper.append(node)
                    node = wrapper
            return node
        if tag.startswith(f"{{{NS['text']}}}") and len(element):
            node = ET.Element("span")  # fields, references: their text
            self.inline(element, node)
            return node
        if element.text and tag.startswith(f"{{{NS['text']}}}"):
            return _text_node(element.text)
        return None


def _number(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


def _text_node(text: str) -> ET.Element:
    node = ET.Element("span")
    node.text = text
    return node


def _append_text(target: ET.Element, text: str) -> None:
    if not text:
        return
    if len(target):
        last = target[-1]
        last.tail = (last.tail or "") + text
    else:
        target.text = (target.text or "") + text
