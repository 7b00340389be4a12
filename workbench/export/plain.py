"""Plain text output: the Markdown structure kept as layout, the inline markup removed.

Headings and paragraphs are separated by blank lines, list items keep a bullet or number,
block quotes are indented, links keep their address in brackets after the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token


@cache
def parser() -> MarkdownIt:
    """The Markdown parser of every export: CommonMark plus tables, raw HTML shown as text."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def inline_text(children: Sequence[Token]) -> str:
    """The text of inline tokens without markup; a link's address follows its text."""
    out: list[str] = []
    links: list[tuple[str, int]] = []
    for tok in children:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type == "softbreak":
            out.append(" ")
        elif tok.type == "hardbreak":
            out.append("\n")
        elif tok.type == "image":
            out.append(tok.content)
        elif tok.type == "link_open":
            links.append((str(tok.attrGet("href") or ""), len(out)))
        elif tok.type == "link_close" and links:
            href, start = links.pop()
            label = "".join(out[start:])
            if href and href not in (label, f"mailto:{label}"):
                out.append(f" ({href})")
    return "".join(out)


def markdown_inline_text(text: str) -> str:
    """Inline Markdown (one line: a title, a sentence) as plain text."""
    tokens = parser().parseInline(text)
    return inline_text(tokens[0].children or []) if tokens else text


class _Layout:
    """Walks the block tokens and collects text chunks with their indentation."""

    def __init__(self) -> None:
        self.chunks: list[tuple[str, bool]] = []  # (text, joins the previous one tightly)
        self.lists: list[list[Any]] = []  # [ordered, next number]
        self.bullet: str | None = None
        self.quote = 0
        self.row: list[str] | None = None
        self.hidden = False  # paragraph of a tight list: no blank line around it
        self.tight_next = False

    def indent(self) -> str:
        return "    " * self.quote + "   " * max(len(self.lists) - 1, 0)

    def add(self, text: str) -> None:
        prefix = self.indent()
        if self.bullet is not None:
            first, rest = prefix + self.bullet, prefix + " " * len(self.bullet)
            self.bullet = None
        elif self.lists:
            first = rest = prefix + "   "
        else:
            first = rest = prefix
        lines = text.split("\n")
        body = "\n".join([first + lines[0], *(rest + line for line in lines[1:])])
        self.chunks.append((body, self.tight_next and bool(self.chunks)))

    def token(self, tok: Token) -> None:
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.tight_next = self.tight_next and bool(self.lists)
            self.lists.append([kind == "ordered_list_open", int(tok.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            self.tight_next = self.tight_next and bool(self.lists)
        elif kind == "list_item_open":
            ordered, number = self.lists[-1]
            self.bullet = f"{number}. " if ordered else "- "
            self.lists[-1][1] += 1
        elif kind in ("blockquote_open", "blockquote_close"):
            self.quote += 1 if kind == "blockquote_open" else -1
            self.tight_next = False
        elif kind in ("paragraph_open", "heading_open"):
            self.hidden = tok.hidden
        elif kind == "tr_open":
            self.row = []
        elif kind == "tr_close" and self.row is not None:
            self.add(" | ".join(self.row))
            self.row, self.tight_next = None, True
        elif kind in ("table_open", "table_close"):
            self.tight_next = False
        elif kind == "inline":
            self._inline(tok)
        else:
            self._leaf(tok)

    def _inline(self, tok: Token) -> None:
        text = inline_text(tok.children or [])
        if self.row is not None:
            self.row.append(text)
            return
        self.add(text)
        self.tight_next = bool(self.lists) and self.hidden

    def _leaf(self, tok: Token) -> None:
        if tok.type in ("fence", "code_block"):
            self.add("\n".join("    " + line for line in tok.content.rstrip("\n").split("\n")))
        elif tok.type == "hr":
            self.add("* * *")
        elif tok.type == "html_block":
            stripped = re.sub(r"<[^>]*>", "", tok.content).strip()
            if stripped:
                self.add(stripped)
        else:
            return
        self.tight_next = False


def markdown_to_text(source: str) -> str:
    layout = _Layout()
    for tok in parser().parse(source):
        layout.token(tok)
    out = ""
    for index, (text, tight) in enumerate(layout.chunks):
        if index:
            out += "\n" if tight else "\n\n"
        out += text
    return out + "\n" if out else out
