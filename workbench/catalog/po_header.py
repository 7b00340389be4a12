"""The header entry: polib's metadata dict, read and rebuilt without reordering its fields."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import polib

from workbench.catalog.po_state import snapshot

_CHARSET = re.compile(r"charset=([^\s;\"\\]+)", re.IGNORECASE)


@dataclass
class HeaderState:
    """What the header looked like when read, to write it back as it was or change it gently."""

    sep: str = ""
    raw: str = ""
    index: int = 0  # number of entries before it in the file
    snapshot: tuple = ()
    groups: list[tuple[str | None, str, str]] = field(default_factory=list)  # key, value, raw lines
    ends_with_newline: bool = True
    entry: polib.POEntry | None = None  # its comments other than the translator's, flags, previous


def parse_metadata(msgstr: str) -> tuple[dict[str, str], list[tuple[str | None, str, str]], bool]:
    """Fields as polib reads them ("Key: value", continuation lines join the key before).

    >>> metadata, groups, ends = parse_metadata("Language: ru\\nPlural-Forms: nplurals=3;\\n")
    >>> metadata, ends
    ({'Language': 'ru', 'Plural-Forms': 'nplurals=3;'}, True)
    """
    metadata: dict[str, str] = {}
    groups: list[tuple[str | None, str, str]] = []
    ends_with_newline = msgstr.endswith("\n")
    lines = msgstr.split("\n")
    if ends_with_newline:
        lines.pop()
    for line in lines:
        key, colon, value = line.partition(":")
        if colon:
            metadata[key] = value.strip()
            groups.append((key, metadata[key], line))
        elif groups and groups[-1][0] is not None:
            k, _, raw = groups[-1]
            assert k is not None
            metadata[k] += "\n" + line.strip()
            groups[-1] = (k, metadata[k], raw + "\n" + line)
        else:
            groups.append((None, "", line))
    return metadata, groups, ends_with_newline


def metadata_msgstr(metadata: dict[str, str], state: HeaderState | None) -> str:
    """The header msgstr: unchanged fields keep their text and place, new ones go at the end."""
    read = {key: value for key, value, _ in state.groups if key is not None} if state else {}
    lines: list[str] = []
    done: set[str] = set()
    for key, _, raw in state.groups if state else ():
        if key is None or (key in metadata and metadata[key] == read[key]):
            lines.append(raw)  # as read, repeated fields (from msgcat) included
        elif key in metadata and key not in done:
            lines.append(f"{key}: {metadata[key]}")
        if key is not None:
            done.add(key)
    # New fields: in polib's order (the usual gettext fields first) when there was no header.
    items = metadata.items() if state and state.groups else _polib_order(metadata)
    lines += [f"{key}: {value}" for key, value in items if key not in done]
    ends = state.ends_with_newline if state and state.groups else True
    return "\n".join(lines) + ("\n" if ends and lines else "")


def _polib_order(metadata: dict[str, str]) -> list[tuple[str, str]]:
    probe = polib.POFile()
    probe.metadata = metadata
    return probe.ordered_metadata()


def declared_charset(metadata: dict[str, str]) -> str | None:
    """The charset the Content-Type field names; None when absent or the template's CHARSET.

    >>> declared_charset({"Content-Type": "text/plain; charset=KOI8-R"}), declared_charset({})
    ('KOI8-R', None)
    """
    match = _CHARSET.search(metadata.get("Content-Type", ""))
    if match is None or match.group(1).upper() == "CHARSET":
        return None
    return match.group(1)


def python_codec(charset: str | None) -> str:
    """Python's codec for a PO charset name; raises LookupError for unknown ones.

    >>> python_codec("KOI8-R"), python_codec(None)
    ('koi8-r', 'utf-8')
    >>> python_codec("UTF-16")
    Traceback (most recent call last):
    ...
    LookupError: UTF-16 is not ASCII-compatible
    """
    if charset is None:
        return "utf-8"
    name = codecs.lookup(charset).name
    if "\n".encode(name) != b"\n" or "msgid".encode(name) != b"msgid":
        raise LookupError(f"{charset} is not ASCII-compatible")
    return name


def header_snapshot(catalog: polib.POFile, extra: polib.POEntry | None) -> tuple:
    return (
        catalog.header,
        tuple(catalog.metadata.items()),
        bool(catalog.metadata_is_fuzzy),
        snapshot(extra) if extra is not None else None,
    )


def header_entry(catalog: polib.POFile, state: HeaderState | None) -> polib.POEntry:
    """The header as an entry to serialize."""
    extra = state.entry if state else None
    entry = polib.POEntry(msgid="", msgstr=metadata_msgstr(catalog.metadata, state))
    entry.tcomment = catalog.header or ""
    if extra is not None and not entry.tcomment and getattr(extra, "_wb_bare_comment", False):
        entry._wb_bare_comment = True  # the header's lone "#"
    if extra is not None:
        entry.comment = extra.comment
        entry.occurrences = list(extra.occurrences)
        entry.previous_msgctxt = extra.previous_msgctxt
        entry.previous_msgid = extra.previous_msgid
        entry.previous_msgid_plural = extra.previous_msgid_plural
        entry.flags = [f for f in extra.flags if f != "fuzzy"]
    if catalog.metadata_is_fuzzy:
        entry.flags.insert(0, "fuzzy")
    return entry
