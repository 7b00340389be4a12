"""PO/POT read and write with fidelity.

Reading keeps, for every entry, its raw text and a snapshot of its fields (po_parse,
po_state). Writing emits unchanged entries from their raw text and serializes changed or new
ones exactly as GNU msgcat would (po_wrap), so an untouched catalog keeps every byte and an
edited one changes only where it was edited. The charset declared in the header is used both
ways. Writes are atomic and refuse to overwrite a file that changed on disk since it was read.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from workbench.atomic import Fingerprint, atomic_write_bytes
from workbench.catalog import po_header, po_state
from workbench.catalog.lock import catalog_lock
from workbench.catalog.po_parse import ParseError, parse_lines
from workbench.catalog.po_wrap import entry_text
from workbench.errors import CatalogError, ConflictError

_BOM = "\ufeff"
_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
_DECLARED = re.compile(rb"Content-Type:[^\n]*?charset=([^\s\"\\;]+)", re.IGNORECASE)


class Catalog(polib.POFile):
    """A gettext catalog: polib's model plus where it came from, to detect changes on disk.

    ``base_bytes`` is the file as read (or as last written): the common ancestor for merging.
    """

    path: Path | None = None
    fingerprint: Fingerprint | None = None
    base_bytes: bytes | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._wb_header: po_header.HeaderState | None = None
        self._wb_order: tuple[int, ...] | None = None
        self._wb_bom = ""
        self._wb_trailer = ""
        self._wb_newline = "\n"
        self._wb_eof_newline = True

    def __unicode__(self) -> str:
        return render_text(self)

    def __str__(self) -> str:
        return render_text(self)

    def save(self, fpath=None, repr_method="__unicode__", newline=None) -> None:
        if repr_method == "to_binary":
            super().save(fpath, repr_method, newline)
        else:
            write_catalog(self, fpath, check_conflict=fpath is None)


# ---------------------------------------------------------------- reading


def parse_catalog(data: bytes, path: str | Path | None = None) -> Catalog:
    """Parse PO/POT bytes. Raises CatalogError (with path and line) for anything malformed.

    >>> catalog = parse_catalog(b'msgid ""\\nmsgstr "Language: ru\\\\n"\\n\\nmsgid "a"\\nmsgstr "b"\\n')
    >>> catalog.metadata["Language"], [(e.msgid, e.msgstr) for e in catalog]
    ('ru', [('a', 'b')])
    >>> parse_catalog(b'msgid "a"\\nmsgstr "b"\\nmsgstr "c"\\n', "x.po")
    Traceback (most recent call last):
    ...
    workbench.errors.CatalogError: x.po:3: a second msgstr in one entry
    """
    text, charset, bom = _decode(data, path)
    _refuse_cr_only(text, path)
    eof_newline = text.endswith("\n") or not text
    newline = "\r\n" if "\r\n" in text and text.count("\n") == text.count("\r\n") else "\n"
    try:
        parsed = parse_lines(text if eof_newline else text + newline)
    except ParseError as exc:
        raise CatalogError(exc.message, path=path, line=exc.line) from None
    catalog = Catalog(encoding=charset)
    catalog._wb_bom, catalog._wb_newline, catalog._wb_eof_newline = bom, newline, eof_newline
    catalog._wb_trailer = parsed.trailer
    _fill(catalog, parsed, path)
    catalog.base_bytes = bytes(data)
    return catalog


def _refuse_cr_only(text: str, path: str | Path | None) -> None:
    """Lines ended by CR alone (classic Mac OS): gettext reads such a file as one long line (a
    catalog that starts with a comment is then empty), so it is refused, never read as empty."""
    lone = text.count("\r") - text.count("\r\n")
    if lone and lone >= text.count("\n"):
        raise CatalogError("lines end in CR alone (classic Mac OS), which gettext does not read as "
                           "line ends", path=path, line=1,
                           hint="convert the line ends to LF, e.g. tr '\\r' '\\n' < old.po > new.po")


def read_catalog(path: str | Path) -> Catalog:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogError("no such catalog", path=path) from exc
    except IsADirectoryError as exc:
        raise CatalogError("is a folder, not a catalog", path=path) from exc
    catalog = parse_catalog(data, path)
    catalog.path = path
    catalog.fingerprint = Fingerprint.of_bytes(path, data)
    return catalog


def _decode(data: bytes, path: str | Path | None) -> tuple[str, str, str]:
    bom = ""
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], _BOM
    if data[:4] in _MO_MAGIC:
        raise CatalogError("this is a compiled MO file, not a PO catalog", path=path,
                           hint="turn it into PO with msgunfmt")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data:
        line = data.count(b"\n", 0, max(data.find(b"\x00"), 0)) + 1
        raise CatalogError("binary data (NUL bytes), not a PO catalog", path=path, line=line,
                           hint="PO files are text in UTF-8 or another ASCII-compatible charset")
    head_end = data.find(b"msgid", data.find(b"msgid") + 5)
    match = _DECLARED.search(data, 0, head_end if head_end > 0 else len(data))
    declared = match.group(1).decode("ascii", "replace") if match else None
    if declared is not None and declared.upper() == "CHARSET":
        declared = None
    try:
        codec = po_header.python_codec(declared)
    except LookupError:
        at = data.count(b"\n", 0, match.start()) + 1 if match else None
        raise CatalogError(f"unknown charset {declared!r} in the Content-Type header", path=path,
                           line=at, hint="declare charset=UTF-8 and convert the file to UTF-8") from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        name = declared or "UTF-8"
        said = "as the header declares" if declared else "(no charset declared, so UTF-8 is assumed)"
        raise CatalogError(
            f"byte 0x{data[exc.start]:02X} at column {column} is not valid {name} {said}",
            path=path, line=line,
            hint=f"convert the file to {name} or declare its real charset in Content-Type",
        ) from None
    return text, declared or "utf-8", bom


def _fill(catalog: Catalog, parsed, path) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    index = 0
    for item in parsed.entries:
        entry = item.entry
        if not entry.obsolete:
            key = (entry.msgctxt, entry.msgid)
            if key in seen:
                what = f"msgid {_short(entry.msgid)}" + (f" with msgctxt {_short(entry.msgctxt)}" if entry.msgctxt is not None else "")
                raise CatalogError(f"duplicate entry: {what} is already defined at line {seen[key]}",
                                   path=path, line=item.msgid_line,
                                   hint="merge the two entries into one")
            seen[key] = item.msgid_line
            if key == (None, "") and catalog._wb_header is None:
                _take_header(catalog, item, index)
                continue
        po_state.remember(entry, item.sep, item.raw)
        catalog.append(entry)
        index += 1
    catalog._wb_order = tuple(map(id, catalog))


def _short(text: str | None) -> str:
    text = text or ""
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _take_header(catalog: Catalog, item, index: int) -> None:
    entry = item.entry
    metadata, groups, ends = po_header.parse_metadata(entry.msgstr)
    catalog.header = entry.tcomment
    catalog.metadata = metadata
    catalog.metadata_is_fuzzy = "fuzzy" in entry.flags
    state = po_header.HeaderState(item.sep, item.raw, index, (), groups, ends, entry)
    state.snapshot = po_header.header_snapshot(catalog, entry)
    catalog._wb_header = state


# ---------------------------------------------------------------- writing


def render_text(catalog: polib.POFile) -> str:
    """The catalog as text: raw text for unchanged entries, msgcat formatting for the others.

    >>> catalog = parse_catalog(b'msgid  "a"\\nmsgstr "b"\\n\\nmsgid "c"\\nmsgstr ""\\n')
    >>> catalog[1].msgstr = "d"
    >>> print(render_text(catalog), end="")
    msgid  "a"
    msgstr "b"
    <BLANKLINE>
    msgid "c"
    msgstr "d"
    """
    return _join(catalog, _render_items(catalog))


def _join(catalog: polib.POFile, items: list[tuple[polib.POEntry | None, str, str]]) -> str:
    newline = getattr(catalog, "_wb_newline", "\n")
    text = "".join(sep + body for _, sep, body in items)
    # gettext rejects a BOM: kept while nothing changes (byte identity), dropped on a real write.
    bom = getattr(catalog, "_wb_bom", "") if is_unchanged(catalog) else ""
    text = bom + text + getattr(catalog, "_wb_trailer", "")
    if not getattr(catalog, "_wb_eof_newline", True) and text.endswith(newline):
        text = text[: -len(newline)]
    return text


def _same_order(catalog: polib.POFile) -> bool:
    """Are the entries the ones read, in the order read, none made or revived obsolete?"""
    if getattr(catalog, "_wb_order", None) != tuple(map(id, catalog)):
        return False
    states = [po_state.state_of(e) for e in catalog]
    return all(s is not None and s.snapshot[5] == bool(e.obsolete) for s, e in zip(states, catalog, strict=True))


def _render_items(catalog: polib.POFile) -> list[tuple[polib.POEntry | None, str, str]]:
    """(entry, or None for the header; separator; text) for everything in the catalog, in order."""
    newline = getattr(catalog, "_wb_newline", "\n")
    utf8 = _codec(catalog) == "utf-8"
    same_order = _same_order(catalog)
    entries = list(catalog)
    if not same_order:  # gettext's order: obsolete entries last
        entries = [e for e in entries if not e.obsolete] + [e for e in entries if e.obsolete]
    items: list[tuple[polib.POEntry | None, str | None, str]] = []
    for entry in entries:
        state = po_state.state_of(entry)
        if state is not None and state.snapshot == po_state.snapshot(entry):
            items.append((entry, state.sep, state.raw))
        else:
            items.append((entry, state.sep if state else None, entry_text(entry, newline, utf8)))
    header = _render_header(catalog, newline, utf8)
    if header is not None:
        state = getattr(catalog, "_wb_header", None)
        items.insert(state.index if state and same_order else 0, header)
    result: list[tuple[polib.POEntry | None, str, str]] = []
    for position, (entry, sep, body) in enumerate(items):
        if sep is None or (not same_order and position and "\n" not in sep):
            sep = newline if position else ""
        result.append((entry, sep, body))
    return result


def _render_header(catalog: polib.POFile, newline: str, utf8: bool):
    state = getattr(catalog, "_wb_header", None)
    if state is not None and state.snapshot == po_header.header_snapshot(catalog, state.entry):
        return (None, state.sep, state.raw)
    if state is None and not (catalog.metadata or catalog.header or catalog.metadata_is_fuzzy):
        return None
    entry = po_header.header_entry(catalog, state)
    return (None, state.sep if state else None, entry_text(entry, newline, utf8))


def _codec(catalog: polib.POFile) -> str:
    return po_header.python_codec(po_header.declared_charset(catalog.metadata))


def is_unchanged(catalog: polib.POFile) -> bool:
    """True when no entry, header or order changed since the catalog was read or written.

    >>> catalog = parse_catalog(b'msgid "a"\\nmsgstr ""\\n')
    >>> before = is_unchanged(catalog)
    >>> catalog[0].msgstr = "b"
    >>> before, is_unchanged(catalog)
    (True, False)
    """
    if not _same_order(catalog) or not all(po_state.is_unchanged(e) for e in catalog):
        return False
    state = getattr(catalog, "_wb_header", None)
    if state is None:
        return not (catalog.metadata or catalog.header or catalog.metadata_is_fuzzy)
    return state.snapshot == po_header.header_snapshot(catalog, state.entry)


def catalog_to_bytes(catalog: polib.POFile) -> bytes:
    """The bytes to write: the original ones when nothing changed, else a minimal re-rendering."""
    base = getattr(catalog, "base_bytes", None)
    if base is not None and is_unchanged(catalog):
        return base
    return _encode(catalog, render_text(catalog))


def _encode(catalog: polib.POFile, text: str) -> bytes:
    path = getattr(catalog, "path", None)
    try:
        codec = _codec(catalog)
    except LookupError:
        raise CatalogError("the Content-Type header names a charset Python does not know",
                           path=path, hint="use charset=UTF-8") from None
    try:
        return text.encode(codec)
    except UnicodeEncodeError as exc:
        raise CatalogError(f"{text[exc.start]!r} cannot be written in the catalog's charset {codec}",
                           path=path, hint="change the header to charset=UTF-8") from None


def write_catalog(catalog: polib.POFile, path: str | Path | None = None, *,
                  check_conflict: bool = True) -> None:
    """Write atomically. Raises ConflictError if the file changed on disk since it was read."""
    target = Path(path) if path is not None else getattr(catalog, "path", None)
    if target is None:
        raise CatalogError("no path to write the catalog to")
    with catalog_lock(target):  # the check and the rename, with no writer in between
        seen = getattr(catalog, "fingerprint", None)
        if check_conflict and seen is not None and getattr(catalog, "path", None) == target:
            now = Fingerprint.of(target)
            if not seen.same_content(now):
                raise ConflictError("changed on disk since it was read; not overwritten", path=target,
                                    hint="read it again and redo the change")
        items = None
        data = getattr(catalog, "base_bytes", None)
        if data is None or not is_unchanged(catalog):
            items = _render_items(catalog)
            check_items(items, target)  # before anything is written
            data = _encode(catalog, _join(catalog, items))
        atomic_write_bytes(target, data)
    if isinstance(catalog, Catalog):
        if items is not None:
            _adopt(catalog, items)
        catalog.base_bytes = data
        catalog.path = target
        catalog.fingerprint = Fingerprint.of_bytes(target, data)


def check_items(items: list[tuple[polib.POEntry | None, str, str]], path: Path | None) -> None:
    """Refuse what would not read back: duplicate entries, NUL characters, lossy text."""
    seen: set[tuple[str | None, str]] = {(None, "")} if any(e is None for e, _, _ in items) else set()
    for entry, _, body in items:
        if entry is None:
            continue
        what = f"msgid {_short(entry.msgid)}"
        if not entry.obsolete:
            key = (entry.msgctxt, entry.msgid)
            if key in seen:
                raise CatalogError(f"duplicate entry: {what} is in the catalog twice; not written",
                                   path=path, hint="merge the two entries into one")
            seen.add(key)
        state = po_state.state_of(entry)
        if state is not None and body is state.raw:
            continue
        if "\x00" in body:
            raise CatalogError(f"{what} contains a NUL character, which PO cannot hold", path=path)
        try:
            (back,) = [item.entry for item in parse_lines(body).entries]
        except (ParseError, ValueError):
            back = None
        if back is None or _content(back) != _content(entry):
            raise CatalogError(f"{what} would not read back as it is; not written", path=path)


def _content(entry: polib.POEntry) -> tuple:
    plurals = tuple(sorted((int(k), v) for k, v in (entry.msgstr_plural or {}).items()))
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or "", plurals or entry.msgstr or "",
            bool(entry.obsolete), entry.previous_msgctxt, entry.previous_msgid,
            entry.previous_msgid_plural)


def _adopt(catalog: Catalog, items: list[tuple[polib.POEntry | None, str, str]]) -> None:
    """After a write, the text just written becomes every entry's raw text (the new base)."""
    entries: list[polib.POEntry] = []
    for entry, sep, body in items:
        if entry is not None:
            po_state.remember(entry, sep, body)
            entries.append(entry)
            continue
        (parsed,) = parse_lines(body).entries
        _, groups, ends = po_header.parse_metadata(parsed.entry.msgstr)
        state = po_header.HeaderState(sep, body, len(entries), (), groups, ends, parsed.entry)
        state.snapshot = po_header.header_snapshot(catalog, parsed.entry)
        catalog._wb_header = state
    catalog[:] = entries
    catalog._wb_order = tuple(map(id, catalog))
    catalog._wb_bom = ""
