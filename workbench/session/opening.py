"""The catalog a session opens: the PO on disk, or a fresh one from the template."""

from __future__ import annotations

from workbench.catalog import Catalog, read_catalog
from workbench.errors import WorkbenchError
from workbench.project import Project


def load_or_create(project: Project, slug: str, lang: str) -> Catalog:
    """The catalog, or a fresh one from the template when none was made yet (saved at the
    first confirm, as ``workbench update`` would have written it)."""
    path = project.po_path(lang, slug)
    if path.exists():
        return read_catalog(path)
    pot_path = project.pot_path(slug)
    if not pot_path.exists():
        raise WorkbenchError(f"no catalog for {slug} in {lang} and no template", path=path,
                             hint="run 'workbench update' first")
    from workbench.catalog.template import new_catalog
    from workbench.catalog.update import merge_catalog

    catalog, _ = merge_catalog(new_catalog(read_catalog(pot_path), lang, slug), read_catalog(pot_path))
    catalog.path = path
    catalog.fingerprint = None
    return catalog
