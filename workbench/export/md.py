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
    if piece.fallback or kind != "cell":
        return piece
    # A table cell ends at an unescaped pipe.
    return Piece(piece.source, re.sub(r"(?<!\\)\|", r"\\|", piece.text), piece.status)


def _guard_start(text: str) -> str:
    match = _BLOCK_SYNTAX.match(text)
    if not match:
        return text
    group = next(i for i in range(1, 6) if match.group(i) is not None)
    at = match.start(group)
    return text[:at] + "\\" + text[at:]
