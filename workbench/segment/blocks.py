"""Blocks of a statement: headings, paragraphs, list items, block quotes, table cells.

Blocks come from the Markdown structure (markdown-it-py). Code and raw HTML are not translated.
Each block keeps the character span of its text in the source, so a translated statement is
rebuilt by replacing spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.errors import WorkbenchError


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, item, quote, cell
    text: str  # the block's text with line breaks folded to spaces
    line: int  # 1-based line of the block's first line in the source
    start: int  # character span of the block's text in the source (replaced on export)
    end: int


def split_blocks(source: str, fmt: str = "md") -> list[Block]:
    """The translatable blocks of a statement, in order.

    >>> [(b.kind, b.text, b.line) for b in split_blocks("# Title\\n\\nOne. Two.\\n\\n- item")]
    [('heading', 'Title', 1), ('paragraph', 'One. Two.', 3), ('item', 'item', 5)]
    >>> split_blocks("first\\nline\\n\\nsecond", "txt")[0].text
    'first line'
    """
    if fmt == "txt":
        return _text_blocks(source)
    return _markdown_blocks(source)


def _line_offsets(source: str) -> list[int]:
    offsets, pos = [], 0
    for line in source.splitlines(keepends=True):
        offsets.append(pos)
        pos += len(line)
    offsets.append(pos)
    return offsets


def _text_blocks(source: str) -> list[Block]:
    blocks = []
    for match in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", source):
        text = " ".join(part.strip() for part in match.group(0).splitlines())
        line = source.count("\n", 0, match.start()) + 1
        blocks.append(Block("paragraph", text, line, match.start(), match.end()))
    return blocks


def _markdown_blocks(source: str) -> list[Block]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(source)
    offsets = _line_offsets(source)
    lines = source.splitlines(keepends=True)
    blocks: list[Block] = []
    context: list[str] = []
    cursor: dict[int, int] = {}  # per line, where the last block found on it ended (table cells)
    for token in tokens:
        if token.nesting == 1:
            context.append(token.type)
        elif token.nesting == -1 and context:
            context.pop()
        if token.type != "inline" or not token.content.strip() or token.map is None:
            continue
        span = _content_span(token.content, token.map[0], lines, offsets, cursor)
        if span is None:
            raise WorkbenchError("cannot locate this block's text in the source",
                                 line=token.map[0] + 1,
                                 hint="simplify its Markdown (nested or reference syntax)")
        text = " ".join(part.strip() for part in token.content.splitlines())
        blocks.append(Block(_kind(context), text, token.map[0] + 1, span[0], span[1]))
    return blocks


def _kind(context: list[str]) -> str:
    if "heading_open" in context:
        return "heading"
    if "th_open" in context or "td_open" in context:
        return "cell"
    if "list_item_open" in context:
        return "item"
    if "blockquote_open" in context:
        return "quote"
    return "paragraph"


def _content_span(content: str, first_line: int, lines: list[str], offsets: list[int],
                  cursor: dict[int, int]) -> tuple[int, int] | None:
    """Where the inline content sits in the source: from its first character to its last.

    Searching from the cursor keeps two equal cells of one table row apart.
    """
    parts = content.split("\n")
    first, last = parts[0].strip(), parts[-1].strip()
    last_line = first_line + len(parts) - 1
    if last_line >= len(lines):
        return None
    col, _ = _find(lines[first_line], first, cursor.get(first_line, 0))
    if col < 0:
        return None
    search_from = col if last_line == first_line else cursor.get(last_line, 0)
    end_col, length = _find(lines[last_line], last, search_from)
    if end_col < 0:
        return None
    cursor[last_line] = end_col + length
    return offsets[first_line] + col, offsets[last_line] + end_col + length


def _find(line: str, text: str, start: int) -> tuple[int, int]:
    """Where ``text`` is in the line, and its length there: a table cell's content has its
    escaped pipes unescaped ("a \\| b" is written, "a | b" is the cell)."""
    col = line.find(text, start)
    if col >= 0 or "|" not in text:
        return col, len(text)
    found = re.compile(re.escape(text).replace(r"\|", r"\\?\|")).search(line, start)
    return (found.start(), found.end() - found.start()) if found else (-1, 0)
