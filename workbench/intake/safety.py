"""What a file really is, and whether it is safe to open: checked before any reader runs.

A document is judged by its first bytes, not its name: a .docx that is an OLE file is an
encrypted Word document (or an old .doc), a zip whose members are encrypted is refused, and
a zip that would expand past the limits (a zip bomb) is refused before anything is read.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from workbench.errors import WorkbenchError

MAX_FILE_BYTES = 50 << 20  # a statement of 50 MB is not a statement
MAX_UNPACKED_BYTES = 200 << 20
MAX_RATIO = 100  # deflate reaches about 1000:1 only on degenerate data
MAX_MEMBERS = 10_000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KINDS = {".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html", ".xhtml": "html",
          ".md": "md", ".markdown": "md", ".txt": "txt"}


def kind_of(path: Path) -> str:
    """The reader for a file: its name says what it claims, its first bytes must agree."""
    kind = _KINDS.get(path.suffix.lower())
    if kind is None:
        raise WorkbenchError("not a format Workbench reads", path=path,
                             hint="give a .docx, .odt, .html, .md or .txt file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise WorkbenchError("no such file", path=path) from exc
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror}", path=path) from exc
    if size > MAX_FILE_BYTES:
        raise WorkbenchError(f"too large for a statement ({size >> 20} MB)", path=path)
    if kind in ("docx", "odt"):
        if head.startswith(_OLE):
            raise WorkbenchError("encrypted (password-protected) or an old binary .doc", path=path,
                                 hint="save it unprotected as .docx or .odt")
        if not head.startswith(b"PK\x03\x04"):
            raise WorkbenchError(f"not a {path.suffix} document (not a zip package)", path=path)
    elif b"\x00" in head:
        raise WorkbenchError("not a text document (binary data)", path=path)
    return kind


def open_package(path: Path, required: str) -> zipfile.ZipFile:
    """A zip package checked for encryption, bombs and the member its format needs."""
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbenchError(f"damaged package: {exc}", path=path) from exc
    infos = package.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WorkbenchError(f"refused: {len(infos)} files inside (a zip bomb?)", path=path)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise WorkbenchError("encrypted (password-protected)", path=path,
                                 hint="save it unprotected")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (info.file_size > 1 << 20 and ratio > MAX_RATIO):
            raise WorkbenchError(f"refused: {info.filename} expands {ratio:.0f}-fold "
                                 f"(a zip bomb?)", path=path)
    names = {info.filename for info in infos}
    if required not in names:
        raise WorkbenchError(f"not a {path.suffix} document: no {required} inside", path=path)
    if ("META-INF/manifest.xml" in names
            and b"encryption-data" in read_member(package, "META-INF/manifest.xml", path)):
        raise WorkbenchError("encrypted (password-protected)", path=path, hint="save it unprotected")
    return package


def read_member(package: zipfile.ZipFile, name: str, path: Path) -> bytes:
    """One file of a package; a damaged one (bad CRC, truncated deflate) is one clear error."""
    try:
        return package.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise WorkbenchError(f"damaged package ({name}): {exc}", path=path) from exc


def read_text(path: Path, data: bytes | None = None) -> str:
    """A text file as UTF-8 (a BOM is dropped); anything else is one clear error."""
    raw = path.read_bytes() if data is None else data
    if b"\x00" in raw:
        raise WorkbenchError("not a text document (binary data)", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise WorkbenchError("not UTF-8 text", path=path, line=line,
                             hint="save it as UTF-8") from exc
