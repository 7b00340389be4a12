"""PO/POT read and write with fidelity. (First cut over polib; the fidelity layer replaces it.)"""

from __future__ import annotations

from pathlib import Path

import polib

from workbench.atomic import Fingerprint, atomic_write_bytes
from workbench.errors import CatalogError, ConflictError


class Catalog(polib.POFile):
    """A gettext catalog: polib's model plus where it came from, to detect changes on disk."""

    path: Path | None = None
    fingerprint: Fingerprint | None = None


def parse_catalog(data: bytes, path: str | Path | None = None) -> Catalog:
    try:
        text = data.decode("utf-8")
        po = polib.pofile(text, klass=Catalog, wrapwidth=79)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read catalog: {exc}", path=path) from exc
    assert isinstance(po, Catalog)
    return po


def read_catalog(path: str | Path) -> Catalog:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogError("no such catalog", path=path) from exc
    catalog = parse_catalog(data, path)
    catalog.path = path
    catalog.fingerprint = Fingerprint.of_bytes(path, data)
    return catalog


def catalog_to_bytes(catalog: polib.POFile) -> bytes:
    return (str(catalog)).encode("utf-8")


def write_catalog(catalog: polib.POFile, path: str | Path | None = None, *,
                  check_conflict: bool = True) -> None:
    target = Path(path) if path is not None else getattr(catalog, "path", None)
    if target is None:
        raise CatalogError("no path to write the catalog to")
    seen = getattr(catalog, "fingerprint", None)
    if check_conflict and seen is not None and getattr(catalog, "path", None) == target:
        now = Fingerprint.of(target)
        if not seen.same_content(now):
            raise ConflictError("changed on disk since it was read; not overwritten", path=target,
                                hint="reload it, or merge with workbench.catalog.merge_concurrent")
    data = catalog_to_bytes(catalog)
    atomic_write_bytes(target, data)
    if isinstance(catalog, Catalog):
        catalog.path = target
        catalog.fingerprint = Fingerprint.of_bytes(target, data)
