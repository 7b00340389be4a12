"""Inline lists: items run together in one block ("1. The first item 2. The second item").

Word and web pages that lost their list markup leave the items in one paragraph. Each item
is a sentence of its own even when it has no final stop, so the block is cut before every
marker that continues the sequence the block opens with: the same bullet and punctuation,
the next number or letter. A number that does not continue the sequence ("rose by 2. 3
plants") is left to the sentence rules.
"""

from __future__ import annotations

import re

# A marker: an optional bullet, then a number or a lower-case letter with ".)", ")" or ".";
# or a bullet alone. It opens the text or follows a space, and a space follows it.
_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?=\S)(?P<bullet>[•⁃▪◦‣∙])?[ \t]*+(?:(?P<label>\d{1,3}|[a-z])(?P<punct>\.\)|\)|\.))?"
    r"(?=\s++\S)")  # (?=\S) and the possessive runs: linear in a long run of spaces


def list_items(text: str) -> list[tuple[str, str]]:
    """The items of an inline list as (marker with the space after it, rest), exactly as
    written; one item ``("", text)`` when the text is no list.

    >>> list_items("1.) The first item 2.) The second item")
    [('1.) ', 'The first item'), ('2.) ', 'The second item')]
    >>> list_items("a. Wages b. Pensions c. Rights")
    [('a. ', 'Wages'), ('b. ', 'Pensions'), ('c. ', 'Rights')]
    >>> list_items("Wages rose by 2. 3 plants closed.")
    [('', 'Wages rose by 2. 3 plants closed.')]
    """
    first = _marker_at(text, 0)
    if first is None:
        return [("", text)]
    style, label = _style(first), first.group("label")
    cuts = [first]
    for match in _MARKER.finditer(text, first.end()):
        if match.group(0).strip() and _style(match) == style and _follows(label, match.group("label")):
            cuts.append(match)
            label = match.group("label")
    if len(cuts) < 2:
        return [("", text)]
    items = []
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        rest = text[cut.end():end].strip()
        gap = len(text) - len(text[cut.end():].lstrip())
        items.append((text[cut.start():gap].lstrip(), rest))
    return items


def _marker_at(text: str, pos: int) -> re.Match[str] | None:
    match = _MARKER.match(text, pos)
    return match if match and match.group(0).strip() else None


def _style(match: re.Match[str]) -> tuple[str, str, str]:
    label = match.group("label") or ""
    kind = "digit" if label.isdigit() else "letter" if label else ""
    return match.group("bullet") or "", kind, match.group("punct") or ""


def _follows(previous: str | None, label: str | None) -> bool:
    if previous is None or label is None:
        return previous is None and label is None  # bullets alone
    if previous.isdigit():
        return label.isdigit() and int(label) == int(previous) + 1
    return label.isalpha() and ord(label) == ord(previous) + 1
