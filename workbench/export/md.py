"""Markdown output: the source file with each block's text replaced by its translation.

Everything outside the blocks (heading and list markers, blank lines, code, HTML) is the
source's own text, so the structure is the source's by construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.export.reassemble import Piece, Rebuilt, join_pieces

DRAFT_OPEN = "⟦untranslated: "
DRAFT_CLOSE = "⟧"

# A translation that starts like Markdown block syntax would change the structure when it
# begins a line ("1990. Strikes" becomes a list). Those characters are escaped.
_BLOCK_SYNTAX = re.compile(r"^(?:(#{1,6})(?=\s|$)|([-+*])(?=\s|$)|\d{1,9}([.)])(?=\s|$)|(>)|(<)(?=[A-Za-z/!?]))")


def draft_mark(text: str) -> str:
    return f"{DRAFT_OPEN}{text}{DRAFT_CLOSE}"


def to_markdown(rebuilt: Rebuilt, mark: Callable[[str], str] | None = draft_mark) -> str:
    """The statement in Markdown (or as plain text, for a plain-text statement).

    The source language is the original, published as written: a rebuilt one would differ
    only in whitespace and in the markers of lazy continuation lines ("> " of a quote).
    """
    if rebuilt.is_source:
        return rebuilt.source
    out = rebuilt.source
    markdown = rebuilt.statement.format == "md"
    for block, pieces in reversed(rebuilt.blocks):
        if markdown:
            pieces = [_escape(p, block.kind) for p in pieces]
        text = join_pieces(rebuilt, pieces, mark)
        if markdown and block.kind not in ("heading", "cell") and pieces and not pieces[0].fallback:
            text = _guard_start(text)
        out = out[: block.start] + text + out[block.end :]
    return out


def _escape(piece: Piece, kind: str) -> Piece:
    if piece.fallback:
        return piece
    text = escape_new_html(piece.source, piece.text)
    if kind == "cell":  # a table cell ends at an unescaped pipe
        text = re.sub(r"(?<!\\)\|", r"\\|", text)
    return piece if text == piece.text else Piece(piece.source, text, piece.status)


# Where raw HTML starts in Markdown: a tag, a closing tag, a comment, a declaration or a
# processing instruction (CommonMark 6.6); up to the next '>' (or the end, to be safe).
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])[^<>]*>?")


def escape_new_html(source: str, translation: str) -> str:
    """The translation with every piece of raw HTML the source does not have made literal
    ('<' as '&lt;'), so a translation cannot publish markup, scripts or tracking images."""
    allowed = set(_HTML_START.findall(source))
    return _HTML_START.sub(lambda m: m.group(0) if m.group(0) in allowed
                           else "&lt;" + m.group(0)[1:], translation)


def _guard_start(text: str) -> str:
    match = _BLOCK_SYNTAX.match(text)
    if not match:
        return text
    group = next(i for i in range(1, 6) if match.group(i) is not None)
    at = match.start(group)
    return text[:at] + "\\" + text[at:]
