"""Merge conflicts kept inside a valid PO file, as translator comments.

When two people translate the same entry differently, the merge keeps one side, marks the
entry fuzzy and writes the other side beside it::

    # workbench-conflict: "Профсоюз выражает протест."
    #, fuzzy
    msgid "The union protests."
    msgstr "Профсоюз протестует."

A plural entry gets one line per form (``workbench-conflict[1]: "..."``); a header field both
sides changed differently is noted in the header comment (``workbench-conflict: header
Plural-Forms: "..."``). The file stays valid for msgfmt; ``workbench check`` reports the marks
as errors until someone resolves them (``resolve``, or deletes the lines by hand).
"""

from __future__ import annotations

import re

import polib

from workbench.catalog.po_escape import EscapeError, escape, unescape

PREFIX = "workbench-conflict"
_LINE = re.compile(r'^\s*workbench-conflict(?:\[(\d+)\])?:\s*"(.*)"\s*$')
_ANY = re.compile(r"^\s*workbench-conflict\b")
_HEADER = re.compile(r'^\s*workbench-conflict: header ([\w-]+): "(.*)"\s*$')


def _lines(comment: str | None) -> list[str]:
    return comment.split("\n") if comment else []


def has_conflict(entry: polib.POEntry) -> bool:
    return any(_ANY.match(line) for line in _lines(entry.tcomment))


def other_side(entry: polib.POEntry) -> list[str] | None:
    """The translation the merge did not keep (one string per form), or None."""
    forms: dict[int, str] = {}
    for line in _lines(entry.tcomment):
        if m := _LINE.match(line):
            try:
                forms[int(m.group(1) or 0)] = unescape(m.group(2))
            except EscapeError:
                forms[int(m.group(1) or 0)] = m.group(2)
    return [forms[i] for i in sorted(forms)] if forms else None


def mark(entry: polib.POEntry, other: polib.POEntry) -> None:
    """Record OTHER's translation beside ENTRY's and make ENTRY fuzzy.

    >>> kept = polib.POEntry(msgid="Statement", msgstr="Заявление")
    >>> mark(kept, polib.POEntry(msgid="Statement", msgstr='«Декларация»'))
    >>> kept.tcomment, kept.flags, other_side(kept)
    ('workbench-conflict: "«Декларация»"', ['fuzzy'], ['«Декларация»'])
    >>> resolve(kept); has_conflict(kept), kept.msgstr, kept.flags
    (False, 'Заявление', [])
    """
    if entry.msgid_plural:
        values = sorted((int(k), v) for k, v in (other.msgstr_plural or {}).items())
        marks = [f'{PREFIX}[{k}]: "{escape(v)}"' for k, v in values]
    else:
        marks = [f'{PREFIX}: "{escape(other.msgstr or "")}"']
    kept = [line for line in _lines(entry.tcomment) if not _ANY.match(line)]
    entry.tcomment = "\n".join([*kept, *marks])
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")


def resolve(entry: polib.POEntry, forms: list[str] | None = None) -> None:
    """Settle a conflict: FORMS (or the kept text when None) becomes the translation, the marks
    go, and the entry stops being fuzzy: the translator has decided."""
    if forms is not None:
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(forms))
        else:
            entry.msgstr = forms[0]
    entry.tcomment = "\n".join(ln for ln in _lines(entry.tcomment) if not _ANY.match(ln))
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")


def mark_header(comment: str | None, field: str, other_value: str) -> str:
    return "\n".join([*_lines(comment), f'{PREFIX}: header {field}: "{escape(other_value)}"'])


def header_conflicts(catalog: polib.POFile) -> list[tuple[str, str]]:
    """(field, the other side's value) for each header field left in conflict."""
    return [(m.group(1), m.group(2)) for line in _lines(catalog.header)
            if (m := _HEADER.match(line))]
