"""Character spans of a flat text mapped onto the lines a TextArea renders."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, char in enumerate(text):
        if char == "\n":
            starts.append(i + 1)
    return starts


def stylize_line(line: Text, line_index: int, starts: list[int],
                 spans: list[tuple[int, int, Style]]) -> Text:
    """Apply the spans (offsets in the whole text) that fall on one line."""
    if not spans or line_index >= len(starts):
        return line
    begin = starts[line_index]
    end = begin + len(line.plain)
    for start, stop, style in spans:
        if stop <= begin or start >= end:
            continue
        line.stylize(style, max(start, begin) - begin, min(stop, end) - begin)
    return line
