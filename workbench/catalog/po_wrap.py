"""Serialize PO entries exactly as GNU gettext's msgcat does (write-po.c), 79 columns wide.

Strings are cut into '\\n'-terminated portions, each wrapped at libunistring's break
opportunities (po_linebreak), never inside an escape sequence or a format directive;
a string that takes more than one line starts with an empty "" line. References wrap at the
page width; other comments are written as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import polib

from workbench.catalog.po_escape import WRITE_ESCAPES, escape
from workbench.catalog.po_linebreak import (
    POSSIBLE,
    PROHIBITED,
    UNDEFINED,
    text_width,
    width_linebreaks,
)

PAGE_WIDTH = 79
NO_WRAP_WIDTH = 1 << 30

# Format directives that gettext will not break inside (for entries flagged c-format/python-format).
_DIRECTIVES = {
    "c-format": re.compile(
        r"%(?:\d+\$)?[-+ #0'I]*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?)?)?"
        r"(?:hh|h|ll|l|L|q|j|z|Z|t)?(?:<[A-Za-z0-9_]+>|[diouxXeEfFgGaAcspnCSm%])"
    ),
    "python-format": re.compile(
        r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa%]"
    ),
}


def _directive_spans(value: str, flags: Iterable[str]) -> list[tuple[int, int]]:
    for flag in flags:
        pattern = _DIRECTIVES.get(flag)
        if pattern is not None:
            return [m.span() for m in pattern.finditer(value)]
    return []


def wrap_field(name: str, value: str, prefix: str = "", flags: Iterable[str] = (),
               width: int = PAGE_WIDTH) -> list[str]:
    """Lines for `NAME "VALUE"` with line PREFIX (``#~ ``, ``#| ``...), as msgcat writes them.

    >>> wrap_field("msgid", "One line.\\nTwo")
    ['msgid ""', '"One line.\\\\n"', '"Two"']
    >>> wrap_field("msgstr", "word " * 17, width=40)
    ['msgstr ""', '"word word word word word word word "', '"word word word word word word word "', '"word word word "']
    """
    inside = _inside_directives(value, flags)
    after_break = len(prefix) + 1  # continuation lines start with PREFIX and a quote
    room = width - 1 - after_break  # leave room for the closing quote
    lines: list[str] = []
    first_line = True
    pos = 0
    while True:
        end = value.find("\n", pos)
        end = len(value) if end < 0 else end + 1
        text = escape(value[pos:end])
        start_col = len(prefix) + len(name) + 2 - after_break if first_line else 0
        breaks = None
        if first_line and text and (end < len(value) or not _fits(text, start_col, room)):
            if end < len(value) or start_col > room or POSSIBLE in _breaks(text, value, pos, end, inside, room, start_col):
                lines.append(f'{prefix}{name} ""')
                first_line, start_col = False, 0
        if not _fits(text, start_col, room):
            breaks = _breaks(text, value, pos, end, inside, room, start_col)
        head = f'{prefix}{name} "' if first_line else f'{prefix}"'
        first_line = False
        if breaks is None or POSSIBLE not in breaks:
            lines.append(f'{head}{text}"')
        else:
            current = [head]
            for k, char in enumerate(text):
                if breaks[k] == POSSIBLE:
                    current.append('"')
                    lines.append("".join(current))
                    current = [prefix, '"']
                current.append(char)
            current.append('"')
            lines.append("".join(current))
        pos = end
        if pos >= len(value):
            return lines


def _inside_directives(value: str, flags: Iterable[str]) -> list[bool] | None:
    """Per character of VALUE: inside a format directive, after its first character."""
    spans = _directive_spans(value, flags)
    if not spans:
        return None
    inside = [False] * len(value)
    for start, end in spans:
        for k in range(start + 1, end):
            inside[k] = True
    return inside


def _fits(text: str, start_col: int, room: int) -> bool:
    """Does TEXT fit on the line without a break?"""
    if start_col + len(text) <= room and (text.isascii() or max(text) < "\u1100"):
        return True  # no character before U+1100 is wider than one column
    return start_col + text_width(text) <= room


def _breaks(text: str, value: str, start: int, end: int, inside: list[bool] | None,
            room: int, start_col: int) -> list[int]:
    if inside is None:
        overrides = [UNDEFINED] * len(text)
        k = text.find("\\")
        while k >= 0:  # every backslash in TEXT starts a two-character escape
            overrides[k + 1] = PROHIBITED
            k = text.find("\\", k + 2)
    else:
        overrides = []
        for k in range(start, end):
            overrides.append(PROHIBITED if inside[k] else UNDEFINED)
            if value[k] in WRITE_ESCAPES:
                overrides.append(PROHIBITED)
    if end > start and value[end - 1] == "\n":
        overrides[-2] = PROHIBITED  # never break right before the final "\n"
    return width_linebreaks(text, room, start_col, overrides)


def gettext_flag_order(flags: list[str]) -> list[str]:
    """Flags in the order gettext writes them: fuzzy, format flags, range, then wrap/no-wrap.

    >>> gettext_flag_order(["c-format", "no-wrap", "fuzzy"])
    ['fuzzy', 'c-format', 'no-wrap']
    """
    def rank(flag: str) -> int:
        if flag == "fuzzy":
            return 0
        if flag.endswith("-format"):
            return 1
        return 3 if flag in ("wrap", "no-wrap") else 2

    return sorted(flags, key=rank)


def comment_lines(marker: str, text: str) -> list[str]:
    """``# text`` / ``#. text`` lines; an empty line of TEXT is written as the bare marker.

    >>> comment_lines("#.", "first\\n\\nthird")
    ['#. first', '#.', '#. third']
    """
    if not text:
        return []
    return [f"{marker} {line}" if line else marker for line in text.split("\n")]


def reference_lines(occurrences: Iterable[tuple[str, str]], utf8: bool = True,
                    width: int = PAGE_WIDTH) -> list[str]:
    """``#:`` lines, filled up to WIDTH columns as gettext does.

    >>> reference_lines([("corpus/a.md", "3"), ("my file.md", "")], width=20)
    ['#: corpus/a.md:3', '#: \u2068my file.md\u2069']
    """
    lines: list[str] = []
    current = "#:"
    column = 2
    for path, line in occurrences:
        if (" " in path or "\t" in path) and utf8:
            path = f"\u2068{path}\u2069"  # gettext isolates names with spaces
        ref = f"{path}:{line}" if line not in (None, "") else path
        size = len(ref.encode("utf-8")) + 1
        if column > 2 and column + size > width:
            lines.append(current)
            current, column = "#:", 2
        current += " " + ref
        column += size
    if column > 2:
        lines.append(current)
    return lines


def entry_lines(entry: polib.POEntry, utf8: bool = True) -> list[str]:
    """The lines of one entry, comments first, as msgcat orders them.

    >>> entry = polib.POEntry(msgid="%d file", msgstr="%d файл", flags=["c-format", "fuzzy"])
    >>> entry_lines(entry)
    ['#, fuzzy, c-format', 'msgid "%d file"', 'msgstr "%d файл"']
    """
    obsolete = bool(entry.obsolete)
    flags = list(entry.flags)
    # no-wrap: strings are cut only after "\n", as msgcat does for such entries
    width = NO_WRAP_WIDTH if "no-wrap" in flags else PAGE_WIDTH
    lines = comment_lines("#", entry.tcomment or "")
    if not entry.tcomment and getattr(entry, "_wb_bare_comment", False):
        lines = ["#"]  # a comment line that is only "#", kept as gettext keeps it
    lines += comment_lines("#.", entry.comment or "")
    lines += reference_lines(entry.occurrences or (), utf8)
    if flags:
        lines.append("#, " + ", ".join(gettext_flag_order(flags)))
    previous = "#~| " if obsolete else "#| "
    for name in ("msgctxt", "msgid", "msgid_plural"):
        value = getattr(entry, f"previous_{name}", None)
        if value is not None:
            lines += wrap_field(name, value, previous, flags, width)
    prefix = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        lines += wrap_field("msgctxt", entry.msgctxt, prefix, flags, width)
    lines += wrap_field("msgid", entry.msgid, prefix, flags, width)
    plurals = dict(entry.msgstr_plural or {})
    if entry.msgid_plural:
        lines += wrap_field("msgid_plural", entry.msgid_plural, prefix, flags, width)
        if not plurals:
            plurals = {0: entry.msgstr or "", 1: ""}
    if plurals:
        for index in sorted(plurals, key=int):
            lines += wrap_field(f"msgstr[{index}]", plurals[index], prefix, flags, width)
    else:
        lines += wrap_field("msgstr", entry.msgstr or "", prefix, flags, width)
    return lines


def entry_text(entry: polib.POEntry, newline: str = "\n", utf8: bool = True) -> str:
    return newline.join(entry_lines(entry, utf8)) + newline
