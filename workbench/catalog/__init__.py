"""Gettext catalogs: read/write with fidelity, templates from statements, update, statistics."""

from workbench.catalog.po_concurrent import Conflict, SaveResult, merge_concurrent, save_catalog
from workbench.catalog.pofile import (
    Catalog,
    catalog_to_bytes,
    is_unchanged,
    parse_catalog,
    read_catalog,
    render_text,
    write_catalog,
)

__all__ = [
    "Catalog",
    "Conflict",
    "SaveResult",
    "catalog_to_bytes",
    "is_unchanged",
    "merge_concurrent",
    "parse_catalog",
    "read_catalog",
    "render_text",
    "save_catalog",
    "write_catalog",
]
