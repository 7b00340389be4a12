"""An HTML tree as statement Markdown: headings, paragraphs, lists, quotes, tables, emphasis,
links and code kept; what Markdown cannot hold (images, forms, embedded media) reported.

Every format comes here as an element tree with HTML tag names (the ElementTree API, so
lxml.html trees and trees built by the ODT reader both work). The output is CommonMark
with GFM tables, which is what ``workbench.segment`` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "ul", "ol", "li", "table", "blockquote", "pre", "hr", "div", "section",
           "article", "main", "figure", "figcaption", "dl", "dt", "dd", "header", "body",
           "center", "address", *_HEADINGS}
_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "button",
         "input", "select", "textarea", "option", "form", "nav"}
_MEDIA = {"img": "image", "svg": "image", "picture": "image", "video": "video", "audio": "audio",
          "iframe": "embedded frame", "object": "embedded object", "embed": "embedded object",
          "canvas": "canvas", "math": "formula"}
_ESCAPE = re.compile(r"([\\`*\[\]<>])")
_LINE_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s)")
_SPACE = re.compile(r"\s+")


def tag_of(element: Any) -> str:
    tag = element.tag
    return tag.split("}")[-1].lower() if isinstance(tag, str) else ""


class MarkdownWriter:
    """Walks a tree once; ``notes`` collects one line per piece that was left out."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.blocks: list[str] = []

    def convert(self, root: Any) -> str:
        self.container(root, depth=0)
        return "\n\n".join(block for block in self.blocks if block.strip()) + "\n"

    # -- blocks --------------------------------------------------------------------------------
    def container(self, element: Any, depth: int) -> None:
        """Children of a block container; loose inline text becomes a paragraph."""
        run: list[Any] = []  # inline pieces waiting for a paragraph
        if (element.text or "").strip():
            run.append(element.text)
        for child in element:
            tag = tag_of(child)
            if tag in _BLOCKS or tag in _SKIP:
                self.flush(run)
                run = []
                self.block(child, depth)
            else:
                run.append(child)
            if (child.tail or "").strip():
                run.append(child.tail)
        self.flush(run)

    def flush(self, run: list[Any]) -> None:
        text = self.inline_run(run)
        if text:
            self.blocks.append(_line_start(text))

    def block(self, element: Any, depth: int) -> None:
        tag = tag_of(element)
        if tag in _SKIP:
            if tag == "form":
                self.note("form", element)
            return
        if tag in _HEADINGS:
            text = self.inline(element)
            if text:
                self.blocks.append(f"{'#' * _HEADINGS[tag]} {text}")
        elif tag == "p" or tag in ("dt", "dd", "figcaption", "address"):
            text = self.inline(element)
            if text:
                self.blocks.append(_line_start(text))
        elif tag in ("ul", "ol"):
            self.blocks.append(self.list_block(element, 0))
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            inner = MarkdownWriter()
            inner.container(element, depth + 1)
            self.notes.extend(inner.notes)
            quoted = "\n\n".join(inner.blocks)
            self.blocks.append("\n".join(f"> {line}".rstrip() for line in quoted.split("\n")))
        elif tag == "pre":
            code = "".join(element.itertext()).strip("\n")
            self.blocks.append(f"```\n{code}\n```")
        elif tag == "hr":
            return
        else:
            self.container(element, depth)

    def list_block(self, element: Any, indent: int) -> str:
        ordered = tag_of(element) == "ol"
        number = int(element.get("start") or 1) if ordered and (element.get("start") or "1").isdigit() else 1
        lines = []
        for item in element:
            if tag_of(item) != "li":
                continue
            marker = f"{number}." if ordered else "-"
            number += 1
            own, nested = [], []
            if (item.text or "").strip():
                own.append(item.text)
            for child in item:
                if tag_of(child) in ("ul", "ol"):
                    nested.append(self.list_block(child, indent + len(marker) + 1))
                elif tag_of(child) == "p" or tag_of(child) in ("div",):
                    own.append(child)
                    own.append(" ")
                else:
                    own.append(child)
                if (child.tail or "").strip():
                    own.append(child.tail)
            text = self.inline_run(own)
            lines.append(" " * indent + f"{marker} {text}".rstrip())
            lines.extend(nested)
        return "\n".join(lines)

    def table(self, element: Any) -> None:
        rows = [row for row in element.iter() if tag_of(row) == "tr"]
        cells = [[self.inline(cell).replace("|", "\\|") for cell in row
                  if tag_of(cell) in ("td", "th")] for row in rows]
        cells = [row for row in cells if row]
        if not cells:
            return
        width = max(len(row) for row in cells)
        cells = [row + [""] * (width - len(row)) for row in cells]
        lines = [_row(cells[0]), _row(["---"] * width), *(_row(row) for row in cells[1:])]
        self.blocks.append("\n".join(lines))

    # -- inline --------------------------------------------------------------------------------
    def inline(self, element: Any) -> str:
        return self.inline_run(_contents(element))

    def inline_run(self, pieces: Iterable[Any]) -> str:
        out = "".join(self.piece(p) for p in pieces)
        return _SPACE.sub(" ", out).strip()

    def piece(self, piece: Any) -> str:
        if isinstance(piece, str):
            return _escape(piece)
        tag = tag_of(piece)
        tail = ""  # tails are handled by the caller's run
        if tag in _MEDIA:
            self.note(_MEDIA[tag], piece)
            return tail
        if tag in _SKIP or not tag:
            return tail
        if tag == "br":
            return " "
        inner = self.inline(piece)
        if tag in ("em", "i", "cite", "dfn", "var"):
            return _wrap(inner, "*")
        if tag in ("strong", "b"):
            return _wrap(inner, "**")
        if tag in ("code", "kbd", "samp", "tt"):
            text = "".join(piece.itertext())
            return f"`{text}`" if text.strip() else ""
        if tag == "a":
            return self.link(piece, inner)
        if tag in ("sup", "sub"):
            return inner
        if tag in _BLOCKS:  # a block inside inline text (a <p> in a cell): a space around it
            return f" {inner} "
        return inner

    def link(self, element: Any, inner: str) -> str:
        href = (element.get("href") or "").strip()
        if not inner.strip():
            return ""
        if not href or href.startswith(("#", "javascript:")):
            return inner
        if href.startswith("mailto:") and inner == _escape(href[7:]):
            return inner
        return f"[{inner}]({href.replace(' ', '%20').replace(')', '%29')})"

    def note(self, what: str, element: Any) -> None:
        label = (element.get("alt") or element.get("title") or element.get("src") or "").strip()
        self.notes.append(f"{what} left out" + (f": {label[:60]}" if label else ""))


def _contents(element: Any) -> list[Any]:
    out: list[Any] = [element.text] if element.text else []
    for child in element:
        out.append(child)
        if child.tail:
            out.append(child.tail)
    return out


def _wrap(text: str, mark: str) -> str:
    """Emphasis marks hug the words: "<em>union leaders </em>" -> "*union leaders* "."""
    core = text.strip()
    if not core:
        return text
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{mark}{core}{mark}{trail}"


def _escape(text: str) -> str:
    text = _ESCAPE.sub(r"\\\1", text)
    return re.sub(r"(?<![\w\\])_|_(?![\w])", r"\\_", text)


def _line_start(text: str) -> str:
    """A paragraph that would read as a heading, quote or list item keeps its first mark."""
    match = _LINE_START.match(text)
    if not match:
        return text
    mark = match.group(1)
    if mark[0].isdigit():
        digits = len(mark.rstrip()) - 1
        return f"{text[:digits]}\\{text[digits:]}"
    return f"\\{text}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cell or " " for cell in cells) + " |"
