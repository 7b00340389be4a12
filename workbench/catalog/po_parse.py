"""A strict PO parser that remembers the raw text of every entry.

It builds polib's model (POEntry objects) but reads the syntax as GNU gettext does: all C
escapes, ``#~|`` previous strings of obsolete entries, multi-digit plural indexes, blank lines
inside entries, CRLF. Each entry keeps the blank lines before it (``sep``) and its own text
(``raw``) so that unchanged entries can be written back byte for byte. Errors name the line
and what is wrong there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polib

from workbench.catalog.po_escape import EscapeError, unescape

_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s\"]|$)")
_PREVIOUS_NAMES = ("msgctxt", "msgid", "msgid_plural")


class ParseError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class ParsedEntry:
    entry: polib.POEntry
    sep: str  # blank lines between the previous entry and this one
    raw: str  # this entry's own lines, each with its line ending
    line: int  # first line (1-based)
    msgid_line: int


@dataclass
class ParseResult:
    entries: list[ParsedEntry] = field(default_factory=list)
    trailer: str = ""  # blank lines and stray comments after the last entry


class _Builder:
    """Collects the lines of one entry and fills a POEntry."""

    def __init__(self, line: int) -> None:
        self.entry = polib.POEntry(linenum=line)
        self.lines: list[str] = []
        self.first_line = line
        self.msgid_line = 0
        self.stage = "comments"  # comments, msgctxt, msgid, msgid_plural, msgstr
        self.target: tuple[str, int | None] | None = None  # field that continuation lines extend
        self.obsolete: bool | None = None
        self.has_keywords = False
        self.previous_obsolete: bool | None = None
        self.translator: list[str] = []
        self.extracted: list[str] = []
        self.bare: tuple[str, int] | None = None  # a keyword whose string is on the next line

    def append(self, name: str, index: int | None, text: str) -> None:
        e = self.entry
        if name == "msgstr" and index is not None:
            e.msgstr_plural[index] += text
        else:
            setattr(e, name, (getattr(e, name) or "") + text)


def parse_lines(text: str) -> ParseResult:
    """Parse decoded PO text (BOM removed). Raises ParseError.

    >>> result = parse_lines('# note\\nmsgid "a"\\nmsgstr "b"\\n\\n#~ msgid "old"\\n#~ msgstr "x"\\n')
    >>> [(p.entry.msgid, p.entry.msgstr, p.entry.obsolete, p.line) for p in result.entries]
    [('a', 'b', False, 1), ('old', 'x', True, 5)]
    >>> result.entries[1].sep, result.entries[0].raw
    ('\\n', '# note\\nmsgid "a"\\nmsgstr "b"\\n')
    >>> parse_lines('msgid "a"\\n')
    Traceback (most recent call last):
    ...
    workbench.catalog.po_parse.ParseError: end of file inside an entry: the msgid at line 1 has no msgstr
    """
    result = ParseResult()
    # Only "\n" ends a line (str.splitlines would also split at \v, \f, U+2028...).
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    if not lines[-1]:
        lines.pop()
    pending: list[str] = []  # blank lines not yet known to belong to an entry or a separator
    sep = ""
    current: _Builder | None = None
    for number, raw_line in enumerate(lines, start=1):
        full = raw_line.rstrip("\r\n").lstrip()
        line = full.rstrip()
        if not line:
            pending.append(raw_line)
            continue
        starts_entry = current is None or (current.stage == "msgstr" and _starts_new_entry(line))
        if starts_entry:
            if current is not None:
                _finish(current, result, sep)
                sep = ""
            sep += "".join(pending)
            pending = []
            current = _Builder(number)
        else:
            assert current is not None
            current.lines.extend(pending)
            pending = []
        current.lines.append(raw_line)
        _feed(current, full if line.startswith("#") else line, number)
    if current is not None and current.has_keywords:
        _check_bare(current)
        if current.stage != "msgstr":
            raise ParseError(f"end of file inside an entry: the msgid at line {current.msgid_line or current.first_line} has no msgstr", len(lines))
        _finish(current, result, sep)
        result.trailer = "".join(pending)
    else:
        # Comments with no entry after them: kept as they are, like the blank lines at the end.
        result.trailer = sep + "".join(current.lines if current else []) + "".join(pending)
    return result


def _starts_new_entry(line: str) -> bool:
    """After a msgstr, does LINE begin the next entry (rather than continue this one)?"""
    if line.startswith("#~|") or line.startswith("#|"):
        return True
    if line.startswith("#~"):
        line = line[2:].lstrip()
        if not line:
            return False
    elif line.startswith("#"):
        return True
    return not line.startswith(('"', "msgstr", "msgid_plural"))


def _finish(builder: _Builder, result: ParseResult, sep: str) -> None:
    e = builder.entry
    e.obsolete = bool(builder.obsolete)
    if builder.previous_obsolete is not None and builder.previous_obsolete != e.obsolete:
        kind = "an obsolete entry needs #~| previous lines" if e.obsolete else "#~| belongs to obsolete entries; use #|"
        raise ParseError(kind, builder.first_line)
    _check_bare(builder)
    e.tcomment = "\n".join(builder.translator)
    if builder.translator == [""]:  # a lone "#" line: tcomment "" cannot say it, so remember
        e._wb_bare_comment = True
    e.comment = "\n".join(builder.extracted)
    result.entries.append(ParsedEntry(e, sep, "".join(builder.lines), builder.first_line, builder.msgid_line))


def _feed(b: _Builder, line: str, number: int) -> None:
    """LINE has no leading blanks; a comment keeps its trailing ones (gettext keeps them too)."""
    if line.startswith("#~|"):
        _keyword_line(b, line[3:].strip(), number, obsolete=True, previous=True)
    elif line.startswith("#~"):
        rest = line[2:].strip()
        if rest:
            _keyword_line(b, rest, number, obsolete=True, previous=False)
    elif line.startswith("#|"):
        _keyword_line(b, line[2:].strip(), number, obsolete=False, previous=True)
    elif line.startswith("#"):
        _comment_line(b, line, number)
    else:
        _keyword_line(b, line, number, obsolete=False, previous=False)


def _comment_line(b: _Builder, line: str, number: int) -> None:
    if b.stage != "comments":
        raise ParseError("comment inside an entry: comments go before msgctxt/msgid", number)
    kind, rest = line[:2], line[2:]
    if kind == "#,":
        b.entry.flags.extend(flag.strip() for flag in rest.split(",") if flag.strip())
    elif kind == "#:":
        b.entry.occurrences.extend(_references(rest))
    elif kind == "#.":
        b.extracted.append(rest[1:] if rest.startswith(" ") else rest)
    else:
        text = line[1:]
        b.translator.append(text[1:] if text.startswith(" ") else text)


def _references(text: str) -> list[tuple[str, str]]:
    refs: list[tuple[str, str]] = []
    # gettext wraps names with spaces in U+2068 ... U+2069.
    for token in re.findall(r"\u2068[^\u2069]*\u2069\S*|\S+", text):
        name, _, line = token.rpartition(":")
        if not name or not line.isdigit():
            name, line = token, ""
        refs.append((name.replace("\u2068", "").replace("\u2069", ""), line))
    return refs


def _strings(text: str, number: int) -> str:
    """The concatenated value of one or more string literals making up TEXT."""
    inner = text[1:-1]
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and '"' not in inner:
        try:
            return unescape(inner)  # the usual case: one literal with no escaped quote
        except EscapeError as exc:
            raise ParseError(str(exc), number) from None
    parts: list[str] = []
    pos = 0
    while pos < len(text):
        match = _STRING.match(text, pos)
        if match is None:
            if text[pos] == '"':
                raise ParseError("unterminated string: a closing quote is missing", number)
            raise ParseError(f"unexpected text {text[pos:pos + 20]!r}: expected a quoted string", number)
        try:
            parts.append(unescape(match.group(1)))
        except EscapeError as exc:
            raise ParseError(str(exc), number) from None
        pos = match.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return "".join(parts)


def _keyword_line(b: _Builder, line: str, number: int, *, obsolete: bool, previous: bool) -> None:
    if line.startswith('"'):
        if b.target is None or b.target[0].startswith("previous_") != previous:
            raise ParseError("a string with no msgid/msgstr keyword before it", number)
        _check_obsolete(b, obsolete, number)
        b.append(b.target[0], b.target[1], _strings(line, number))
        b.bare = None
        return
    _check_bare(b)
    match = _KEYWORD.match(line)
    if match is None:
        word = line.split(None, 1)[0][:30]
        raise ParseError(f"unknown keyword {word!r}: expected msgctxt, msgid, msgid_plural, msgstr, a quoted string or a # comment", number)
    name, index = match.group(1), match.group(2)
    rest = line[match.end():].strip()
    value = _strings(rest, number) if rest else ""
    if not rest:  # gettext takes the string from the next line: `msgid` NL `"text"`
        b.bare = (name, number)
    if previous:
        _previous(b, name, index, value, number, obsolete)
        return
    _check_obsolete(b, obsolete, number)
    _main_keyword(b, name, int(index) if index is not None else None, value, number)


def _check_bare(b: _Builder) -> None:
    if b.bare is not None:
        name, line = b.bare
        raise ParseError(f"{name} needs a quoted string", line)


def _previous(b: _Builder, name: str, index: str | None, value: str, number: int, obsolete: bool) -> None:
    if b.stage != "comments":
        raise ParseError("a #| previous string must come before msgctxt/msgid", number)
    if name not in _PREVIOUS_NAMES or index is not None:
        raise ParseError(f"#| lines hold msgctxt, msgid or msgid_plural, not {name}", number)
    attr = f"previous_{name}"
    setattr(b.entry, attr, value)
    b.target = (attr, None)
    b.previous_obsolete = obsolete


def _check_obsolete(b: _Builder, obsolete: bool, number: int) -> None:
    if b.obsolete is None:
        b.obsolete = obsolete
    elif b.obsolete != obsolete:
        raise ParseError("an entry mixes obsolete (#~) and active lines", number)


_ORDER = {"msgctxt": 0, "msgid": 1, "msgid_plural": 2, "msgstr": 3}


def _main_keyword(b: _Builder, name: str, index: int | None, value: str, number: int) -> None:
    e = b.entry
    stage = b.stage
    if name == "msgctxt":
        if stage != "comments":
            raise ParseError("msgctxt must come first in an entry (a msgstr is missing before it?)", number)
        e.msgctxt = value
    elif name == "msgid":
        if stage not in ("comments", "msgctxt"):
            raise ParseError("a second msgid: the entry before it has no msgstr", number)
        e.msgid = value
        b.msgid_line = number
    elif name == "msgid_plural":
        if stage != "msgid":
            raise ParseError("msgid_plural must follow a msgid", number)
        e.msgid_plural = value
    elif stage not in ("msgid", "msgid_plural", "msgstr"):
        raise ParseError("msgstr without a msgid before it", number)
    elif index is None:
        if e.msgid_plural:
            raise ParseError("this entry has a msgid_plural, so it needs msgstr[0], msgstr[1]...", number)
        if stage == "msgstr":
            raise ParseError("a second msgstr in one entry", number)
        e.msgstr = value
    else:
        if not e.msgid_plural and stage != "msgid_plural":
            raise ParseError(f"msgstr[{index}] without a msgid_plural", number)
        if index != len(e.msgstr_plural):
            raise ParseError(f"msgstr[{index}] out of order: expected msgstr[{len(e.msgstr_plural)}]", number)
        e.msgstr_plural[index] = value
    if name == "msgstr" and stage == "msgid_plural" and index is None:
        raise ParseError("this entry has a msgid_plural, so it needs msgstr[0], msgstr[1]...", number)
    b.stage = name
    b.target = (name, index)
    b.has_keywords = True
