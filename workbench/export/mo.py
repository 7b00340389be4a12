"""Compile PO catalogs to MO files, as msgfmt does: translated entries only (no fuzzy, no
obsolete, no empty ones), the header first, keys sorted by their bytes.

One deliberate difference: a plural entry with some forms still empty is left out (msgfmt
keeps it, and a program then prints an empty string for those numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from workbench.atomic import atomic_write_bytes
from workbench.catalog.pofile import read_catalog
from workbench.catalog.stats import entry_status
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
