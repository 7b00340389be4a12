"""Inline codes of TMX and XLIFF segments: what stands for text stays text.

A memory's ``<ph>%d</ph>`` or ``<ph>\\n</ph>`` is part of the sentence: dropped, "%d file" would
never match "%d file" at 100 and the suggestion would lose its placeholder. Codes that wrap
formatting (``<bpt>``/``<ept>``, XLIFF ``<bx>``/``<ex>``/``<sc>``/``<ec>``) and codes whose
native text is markup (``<b>``, ``{\\b}``) go; ``<hi>``, ``<g>``, ``<pc>``, ``<mrk>`` keep their
text. ``<sub>`` text inside a code belongs to another flow and goes with its code.
"""

from __future__ import annotations

import re

# Elements whose content (or attributes) is native code, per format. Paired ones are dropped.
TMX_CODES = {"bpt", "ept", "it", "ph", "ut"}
XLIFF_CODES = {"x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "cp", "sm", "em"}
PAIRED = {"bpt", "ept", "bx", "ex", "sc", "ec", "sm", "em"}
_MARKUP = re.compile(r"\s*(?:<|\{\\|&lt;)")
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)  # markup that stands for a line break


def code_text(name: str, attrs: dict[str, str], content: str) -> str:
    """The text a code stands for ('' when it is formatting or markup).

    >>> code_text("ph", {}, "%d"), code_text("ph", {}, "<img src=x>"), code_text("bpt", {"i": "1"}, "{b}")
    ('%d', '', '')
    >>> code_text("ph", {"type": "x-char"}, "U+0007"), code_text("cp", {"hex": "000A"}, "")
    ('\\x07', '\\n')
    >>> code_text("ph", {"id": "1", "equiv": "%s"}, ""), code_text("x", {"equiv-text": "{0}"}, "")
    ('%s', '{0}')
    >>> code_text("ph", {"type": "lb"}, "<img/>"), code_text("ph", {}, "\\\\n"), code_text("it", {}, "<BR>")
    ('\\n', '\\\\n', '\\n')
    """
    if name == "cp":  # XLIFF 2.0: a character XML cannot carry
        return _char(attrs.get("hex", ""))
    if name == "ph" and attrs.get("type") == "x-char" and content.strip().startswith("U+"):
        return _char(content.strip()[2:])
    if name in PAIRED:
        return ""
    if "lb" in (attrs.get("type"), attrs.get("ctype")):
        return "\n"  # a line break, whatever its native code (\n, <br/>): a PO msgid's newline
    # XLIFF 2.0 equiv / 1.2 equiv-text is the code's text equivalent ("" = none); disp is for show.
    equiv = attrs.get("equiv", attrs.get("equiv-text"))
    text = content if content else (equiv or "")
    if _BREAK.fullmatch(text):
        return "\n"  # else "One.<br/>Two." would glue into "One.Two."
    return "" if not text or _MARKUP.match(text) else text


def _char(hex_digits: str) -> str:
    try:
        return chr(int(hex_digits, 16))
    except ValueError:
        return ""


class CodeCollector:
    """Tracks one segment's codes: feed start/end/text events while inside the segment."""

    def __init__(self, codes: set[str]) -> None:
        self.codes = codes
        self.code: tuple[str, dict[str, str], list[str]] | None = None
        self.depth = 0  # elements open inside the current code (a <sub>, say)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.code is not None:
            self.depth += 1
        elif name in self.codes:
            self.code = (name, attrs, [])

    def text(self, content: str) -> bool:
        """True when the text belongs to a code (and so not straight to the segment)."""
        if self.code is None:
            return False
        if not self.depth:
            self.code[2].append(content)
        return True

    def end(self) -> str | None:
        """At an element's end: the text its code stands for, once the code closes."""
        if self.code is None:
            return None
        if self.depth:
            self.depth -= 1
            return None
        name, attrs, content = self.code
        self.code = None
        return code_text(name, attrs, "".join(content))
