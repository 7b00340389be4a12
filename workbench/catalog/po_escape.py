"""PO string escapes, read and written as GNU gettext does (polib drops ``\\a`` and octal/hex)."""

from __future__ import annotations

import re

# What gettext writes as a two-character escape; every other character is written as is.
WRITE_ESCAPES = {
    "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
    "\\": "\\\\", '"': '\\"',
}
_READ_SIMPLE = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}
_ESCAPE = re.compile(r"\\(?:([abfnrtv\\\"'?])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.|$))", re.DOTALL)
_NEEDS_ESCAPE = re.compile(r'[\a\b\f\n\r\t\v\\"]')


class EscapeError(ValueError):
    """A backslash sequence that is not a C escape."""


def unescape(text: str) -> str:
    """Turn the inside of a PO string literal into the string it stands for.

    >>> unescape(r'Tab\\there\\a, octal \\101, hex \\x42, quote \\"')
    'Tab\\there\\x07, octal A, hex B, quote "'
    """
    if "\\" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        simple, octal, hexa, bad = match.groups()
        if simple is not None:
            return _READ_SIMPLE[simple]
        if octal is not None:
            return chr(int(octal, 8))
        if hexa is not None:
            return chr(int(hexa, 16) & 0xFF)
        shown = f"\\{bad}" if bad else "a backslash at the end of the string"
        raise EscapeError(f"invalid escape sequence {shown}")

    return _ESCAPE.sub(replace, text)


def escape(text: str) -> str:
    """The inside of a PO string literal for TEXT, as gettext writes it.

    >>> print(escape('Say "hi"\\n\\a'))
    Say \\"hi\\"\\n\\a
    """
    return _NEEDS_ESCAPE.sub(lambda m: WRITE_ESCAPES[m.group(0)], text)
