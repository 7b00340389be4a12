"""Gettext catalogs: read/write with fidelity, templates from statements, update, statistics."""

from workbench.catalog.pofile import Catalog, catalog_to_bytes, parse_catalog, read_catalog, write_catalog

__all__ = ["Catalog", "catalog_to_bytes", "parse_catalog", "read_catalog", "write_catalog"]
