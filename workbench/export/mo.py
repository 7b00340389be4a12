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

import re
import struct
from dataclasses import dataclass
from pathlib import Path

import polib

from workbench.atomic import atomic_write_bytes, atomic_write_many
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


def _prepare(po_path: Path, mo_path: Path | None = None) -> tuple[Compiled, bytes]:
    catalog = read_catalog(po_path)
    target = mo_path if mo_path is not None else po_path.with_suffix(".mo")
    check_plural_forms(catalog, po_path)
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for entry in catalog:
        if not entry.obsolete:
            counts[entry_status(entry)] += 1
    done = Compiled(po_path, target, counts["translated"], counts["fuzzy"], counts["untranslated"])
    return done, mo_bytes(catalog)


def compile_catalog(po_path: Path, mo_path: Path | None = None) -> Compiled:
    done, data = _prepare(po_path, mo_path)
    atomic_write_bytes(done.mo_path, data)
    return done


def check_plural_forms(catalog: polib.POFile, path: Path) -> None:
    """Refuse, as ``msgfmt -c`` does, a translated entry with another number of plural forms
    than the header's nplurals: a program would get no string for some numbers."""
    match = re.search(r"nplurals\s*=\s*(\d+)", catalog.metadata.get("Plural-Forms", ""))
    if not match:
        return
    nplurals = int(match.group(1))
    for entry in catalog:
        if entry.obsolete or not entry.msgid_plural or entry_status(entry) != "translated":
            continue
        forms = len(entry.msgstr_plural)
        if forms != nplurals:
            raise CatalogError(f"msgid {entry.msgid[:40]!r} has {forms} plural forms, but the "
                               f"header declares nplurals={nplurals}; no MO written", path=path,
                               line=getattr(entry, "linenum", None),
                               hint="give it every form, or mark it fuzzy")


def compile_project(project: Project, lang: str | None = None, slugs: list[str] | None = None
                    ) -> tuple[list[Compiled], list[Path]]:
    """MO files next to every existing PO of the selection, all or none; also returns the PO
    paths missing."""
    done, missing, images = [], [], {}
    for _statement, _lang, po_path in project.catalogs(lang, slugs):
        if po_path.exists():
            compiled, data = _prepare(po_path)
            done.append(compiled)
            images[compiled.mo_path] = data
        else:
            missing.append(po_path)
    atomic_write_many(images)
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
