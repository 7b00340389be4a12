"""Where a language's units come from: the project's catalogs and the memories in tm/.

Layout of tm/: multilingual memories (``*.tmx``, ``*.xlf``/``*.xliff``) at the top, gettext
memories of one language in ``tm/<lang>/`` (``*.po``, ``*.pot``, ``*.mo``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.settings import TMSettings
from workbench.tm.units import Unit, mo_units, po_units

MULTILINGUAL = {".tmx": "tmx", ".xlf": "xliff", ".xliff": "xliff"}
GETTEXT = {".po": "po", ".pot": "po", ".mo": "mo"}


@dataclass(frozen=True)
class SourceFile:
    path: Path
    rel: str  # relative to the project root, with '/'
    kind: str  # catalog, po, mo, tmx, xliff, shared
    origin: str  # what a match shows: "statement <slug>" or "tm/<file>"
    outside: bool = False  # a symlink (or in a linked folder) leading out of the project

    @property
    def imported(self) -> bool:
        return self.kind != "catalog"

    def stamp(self) -> dict[str, int]:
        st = self.path.stat()
        return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _rel(project: Project, path: Path) -> str:
    return path.relative_to(project.root).as_posix()


def project_sources(project: Project, lang: str) -> list[SourceFile]:
    """Every file that holds units for ``lang``, in a stable order."""
    found = []
    for statement, _lang, path in project.catalogs(lang):
        if path.is_file():
            found.append(SourceFile(path, _rel(project, path), "catalog", f"statement {statement.slug}"))
    # Multilingual memories (TMX, XLIFF) sit in tm/; gettext ones per language in tm/<lang>/.
    found.extend(_imported(project, project.tm_dir, MULTILINGUAL))
    found.extend(_imported(project, project.tm_dir / lang, GETTEXT))
    found.extend(_pulled(project, lang))
    return found


def _pulled(project: Project, lang: str) -> list[SourceFile]:
    """What ``tm sync`` pulled from the organisation's shared memory (each unit names its
    own origin; the file's is a fallback)."""
    from workbench.tm.shared.local import pulled_files

    return [SourceFile(path, _rel(project, path), "shared", "shared memory")
            for path in pulled_files(project, lang)]


def _imported(project: Project, folder: Path, kinds: dict[str, str]) -> list[SourceFile]:
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.iterdir()):
        kind = kinds.get(path.suffix.lower())
        if kind and path.is_file():
            rel = _rel(project, path)
            out.append(SourceFile(path, rel, kind, rel, not path.resolve().is_relative_to(project.root)))
    return out


# Units `tm import` has just read while checking a file, by content hash, so the indexing
# that follows does not parse the same bytes again (this process only; emptied after use).
_PARSED: dict[str, dict[str, list[Unit]]] = {}


def remember_parsed(sha256: str, units: dict[str, list[Unit]]) -> None:
    _PARSED[sha256] = units


def forget_parsed() -> None:
    _PARSED.clear()


def read_source(src: SourceFile, source_lang: str, lang: str, settings: TMSettings,
                progress: Callable[[int], None] | None = None, sha256: str | None = None) -> list[Unit]:
    """The units of one file for ``lang`` (errors are WorkbenchErrors naming the file)."""
    if src.outside:
        raise WorkbenchError(f"{src.rel} links outside the project; not read",
                             hint="copy the file into tm/ with 'workbench tm import'")
    if sha256 is not None and lang in _PARSED.get(sha256, {}):
        return _PARSED[sha256].pop(lang)  # once: the caller may consume the list
    if src.kind in ("catalog", "po"):
        return po_units(src.path)
    if src.kind == "mo":
        return mo_units(src.path)
    if src.kind == "shared":
        from workbench.tm.shared.local import shared_units

        return shared_units(src.path)
    from workbench.tm.tmx import read_tmx
    from workbench.tm.xliff import read_xliff

    reader = read_tmx if src.kind == "tmx" else read_xliff
    content = reader(src.path, source_lang, [lang], max_bytes=settings.max_import_mb << 20,
                     progress=progress)
    return content.units.get(lang, [])


def stamps_equal(old: dict[str, Any], src: SourceFile) -> bool:
    try:
        now = src.stamp()
    except OSError:
        return False
    return old.get("size") == now["size"] and old.get("mtime_ns") == now["mtime_ns"]


def unchanged(old: dict[str, Any] | None, src: SourceFile) -> bool:
    """Same size and mtime, or (touched but) the same bytes."""
    if old is None:
        return False
    if stamps_equal(old, src):
        return True
    if src.outside:
        return False
    try:
        return old.get("size") == src.path.stat().st_size and old.get("sha256") == file_hash(src.path)
    except OSError:
        return False


def fingerprint(src: SourceFile) -> dict[str, Any]:
    digest = "" if src.outside else file_hash(src.path)  # never read what lies outside
    return {**src.stamp(), "sha256": digest, "kind": src.kind, "origin": src.origin}
