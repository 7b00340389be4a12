"""MO files: compile PO catalogs as msgfmt does, and read MO files as msgunfmt does.

Compiling keeps translated entries only (no fuzzy, no obsolete, no empty ones), the header
first, keys sorted by their bytes. One deliberate difference: a plural entry with some forms
still empty is left out (msgfmt keeps it, and a program then prints an empty string for those
numbers).

Reading checks what msgunfmt checks before anything is trusted: the magic number (either byte
order), the format revision, and that every table and string lies inside the file and ends
with a NUL. An empty, truncated, byte-swapped or foreign file is refused in one line.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import polib

from workbench.atomic import atomic_write_bytes
from workbench.catalog.pofile import read_catalog
from workbench.catalog.stats import entry_status
from workbench.errors import CatalogError
from workbench.project import Project


@dataclass(frozen=True)
class Compiled:
    po_path: Path
    mo_path: Path
    messages: int  # translated entries written
    fuzzy: int  # left out, as msgfmt leaves them out
    untranslated: int


def mo_bytes(catalog: polib.POFile) -> bytes:
    """The MO image of a catalog (polib's writer, which keeps only translated entries)."""
    return catalog.to_binary()


def compile_catalog(po_path: Path, mo_path: Path | None = None) -> Compiled:
    catalog = read_catalog(po_path)
    target = mo_path if mo_path is not None else po_path.with_suffix(".mo")
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for entry in catalog:
        if not entry.obsolete:
            counts[entry_status(entry)] += 1
    atomic_write_bytes(target, mo_bytes(catalog))
    return Compiled(po_path, target, counts["translated"], counts["fuzzy"], counts["untranslated"])


def compile_project(project: Project, lang: str | None = None, slugs: list[str] | None = None
                    ) -> tuple[list[Compiled], list[Path]]:
    """MO files next to every existing PO of the selection; also returns the PO paths missing."""
    done, missing = [], []
    for _statement, _lang, po_path in project.catalogs(lang, slugs):
        if po_path.is_file():
            done.append(compile_catalog(po_path))
        else:
            missing.append(po_path)
    return done, missing


# ---------------------------------------------------------------- reading

_MAGIC = 0x950412DE
_HEADER = 28


def check_mo(data: bytes, path: str | Path | None = None) -> str:
    """'<' or '>' (the file's byte order) for a well-formed MO image; else CatalogError.

    >>> check_mo(bytes.fromhex("de120495") + bytes(24))  # little-endian, no strings
    '<'
    >>> check_mo(b"")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    workbench.errors.CatalogError: truncated
    """
    hint = "compile it again with msgfmt, or import the PO file instead"
    if len(data) < _HEADER:
        raise CatalogError("truncated: an MO file starts with a 28-byte header", path=path, hint=hint)
    order = next((o for o in "<>" if struct.unpack(o + "I", data[:4])[0] == _MAGIC), None)
    if order is None:
        raise CatalogError("not in GNU .mo format (bad magic number)", path=path, hint=hint)
    revision, count, originals, translations = struct.unpack(order + "4I", data[4:20])
    if revision >> 16 not in (0, 1):
        raise CatalogError(f"not in GNU .mo format (format revision {revision >> 16})", path=path,
                           hint=hint)
    for table in (originals, translations):
        _check_strings(data, order, table, count, path, hint)
    if revision & 0xFFFF:  # minor revision 1: system-dependent strings (<PRIu64> and the like)
        _check_sysdep(data, order, path, hint)
    return order


def _truncated(what: str, path: str | Path | None, hint: str) -> CatalogError:
    return CatalogError(f"truncated: {what} runs past the end of the file", path=path, hint=hint)


def _check_strings(data: bytes, order: str, table: int, count: int, path: str | Path | None,
                   hint: str) -> None:
    if table + 8 * count > len(data):
        raise _truncated("a string table", path, hint)
    for index in range(count):
        length, offset = struct.unpack_from(order + "2I", data, table + 8 * index)
        if offset + length >= len(data) or data[offset + length] != 0:
            raise _truncated(f"string {index} (or it lacks its NUL)", path, hint)


def _check_sysdep(data: bytes, order: str, path: str | Path | None, hint: str) -> None:
    if len(data) < 48:
        raise _truncated("the header of a revision 1 file", path, hint)
    segments, seg_table, strings, orig_tab, trans_tab = struct.unpack_from(order + "5I", data, 28)
    if seg_table + 8 * segments > len(data):
        raise _truncated("the segment table", path, hint)
    for table in (orig_tab, trans_tab):
        if table + 4 * strings > len(data):
            raise _truncated("a system-dependent string table", path, hint)
        for index in range(strings):
            (at,) = struct.unpack_from(order + "I", data, table + 4 * index)
            at += 4  # past the string's offset: (segment size, segment reference) pairs follow
            while True:
                if at + 8 > len(data):
                    raise _truncated(f"system-dependent string {index}", path, hint)
                _size, ref = struct.unpack_from(order + "2I", data, at)
                at += 8
                if ref == 0xFFFFFFFF:
                    break
                if ref >= segments:
                    raise CatalogError(f"not in GNU .mo format (string {index} names segment "
                                       f"{ref} of {segments})", path=path, hint=hint)


def read_mo(path: str | Path) -> polib.MOFile:
    """An MO file as polib's model, refused in one line where msgunfmt refuses it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", path=path) from None
    check_mo(data, path)
    try:
        return polib.mofile(str(path))
    except (OSError, ValueError, UnicodeDecodeError, LookupError, struct.error) as exc:
        raise CatalogError(f"cannot read MO file: {exc}", path=path,
                           hint="check that it is a gettext .mo file") from None
