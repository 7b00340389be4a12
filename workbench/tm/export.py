"""``tm export``: every unit of a language as TMX 1.4b, read from the files (not the cache)."""

from __future__ import annotations

from pathlib import Path

from workbench import languages
from workbench.project import Project
from workbench.tm.settings import settings_of
from workbench.tm.sources import project_sources, read_source
from workbench.tm.tmx import write_tmx
from workbench.tm.units import Unit


def export_tmx(project: Project, lang: str, out_path: str | Path, *, include_fuzzy: bool = False,
               include_imports: bool = True) -> int:
    """Write the memory of ``lang`` to ``out_path``; returns the number of units written.

    Project catalogs come first; a unit identical to one already written is left out.
    """
    lang = languages.validate(lang)
    settings = settings_of(project)
    source_lang = project.config.source_language
    seen: set[tuple] = set()
    pairs: list[tuple[Unit, str]] = []
    for src in project_sources(project, lang):
        if (src.imported and not include_imports) or src.kind == "shared":
            continue  # pulled units are the organisation's, kept on its server
        for unit in read_source(src, source_lang, lang, settings):
            key = (unit.source, unit.source_plural, unit.context, unit.targets)
            if (unit.fuzzy and not include_fuzzy) or key in seen:
                continue
            seen.add(key)
            pairs.append((unit, src.origin))
    return write_tmx(Path(out_path), pairs, source_lang, lang)
