"""``tm import``: validate memories completely, then copy them into tm/ and index them.

Every file is read in full before anything is copied, so a bad file (malformed, unsafe, too
big, without the language asked for) stops the whole import with nothing half-imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib

from workbench import languages
from workbench.atomic import atomic_write_many
from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.progress import Progress
from workbench.tm.settings import TMSettings, settings_of
from workbench.tm.sources import GETTEXT, MULTILINGUAL, file_hash, forget_parsed, remember_parsed
from workbench.tm.store import bulk_load
from workbench.tm.tmx import lang_key, lang_matches, read_tmx
from workbench.tm.units import catalog_units
from workbench.tm.xliff import read_xliff
from workbench.tm.xmlsafe import check_size


@dataclass
class ImportedFile:
    source: Path
    dest: Path
    kind: str
    units: dict[str, int] = field(default_factory=dict)  # target language -> units
    copied: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.source), "dest": str(self.dest), "kind": self.kind,
                "units": self.units, "copied": self.copied}


def import_memory(project: Project, paths: list[str | Path], *, lang: str | None = None,
                  replace: bool = False, progress: bool | None = None) -> list[ImportedFile]:
    """Import TMX/XLIFF/PO/POT/MO files into tm/ and update the affected TM indexes."""
    settings = settings_of(project)
    wanted = languages.validate(lang) if lang else None
    try:
        with bulk_load():
            plans = [_validate(project, Path(p), wanted, settings, progress) for p in paths]
        _check_destinations(plans, replace)
        copies = [plan for plan in plans if plan.source.resolve() != plan.dest.resolve()]
        atomic_write_many({plan.dest: plan.source.read_bytes() for plan in copies})  # all or none
        for plan in copies:
            plan.copied = True
        from workbench.tm.memory import TranslationMemory

        for code in sorted({code for plan in plans for code in plan.units}):
            TranslationMemory.for_project(project, code, progress=progress)
    finally:
        forget_parsed()
    return plans


def _check_destinations(plans: list[ImportedFile], replace: bool) -> None:
    seen: dict[Path, Path] = {}
    for plan in plans:
        if plan.dest in seen:
            raise WorkbenchError(f"{plan.source} and {seen[plan.dest]} would both become {plan.dest}",
                                 hint="rename one of them")
        seen[plan.dest] = plan.source
        same_file = plan.dest.exists() and plan.dest.resolve() == plan.source.resolve()
        if plan.dest.exists() and not same_file and not replace \
                and plan.dest.read_bytes() != plan.source.read_bytes():
            raise WorkbenchError(f"{plan.dest} already exists with other content", path=plan.source,
                                 hint="pass --replace to overwrite it, or rename the file")


def _validate(project: Project, path: Path, lang: str | None, settings: TMSettings,
              progress: bool | None) -> ImportedFile:
    if not path.is_file():
        raise WorkbenchError("no such file", path=path)
    suffix = path.suffix.lower()
    size = check_size(path, settings.max_import_mb << 20)
    if suffix in MULTILINGUAL:
        with Progress(f"Checking {path.name}", size, unit="bytes",
                      enabled=False if progress is False else None) as bar:
            return _multilingual(project, path, lang, settings, bar.update)
    if suffix in GETTEXT:
        return _gettext(project, path, lang)
    raise WorkbenchError(f"unsupported memory format {suffix or '(no extension)'}", path=path,
                         hint="import TMX (.tmx), XLIFF 1.2 (.xlf), PO/POT (.po, .pot) or MO (.mo)")


def _multilingual(project: Project, path: Path, lang: str | None, settings: TMSettings,
                  progress: Any) -> ImportedFile:
    reader = read_tmx if path.suffix.lower() == ".tmx" else read_xliff
    source = project.config.source_language
    targets = [lang] if lang else project.config.target_languages
    content = reader(path, source, targets, max_bytes=settings.max_import_mb << 20, progress=progress)
    others = sorted(code for code in content.languages if not lang_matches(code, source))
    if not any(lang_matches(code, source) for code in content.languages):
        raise WorkbenchError(f"no {source!r} (project source language) segments; languages: "
                             f"{', '.join(sorted(content.languages)) or 'none'}",
                             path=path, line=content.header_line)
    units = {t: len(found) for t, found in content.units.items() if found}
    remember_parsed(file_hash(path), {t: found for t, found in content.units.items() if found})
    if not units:
        asked = f"{lang!r}" if lang else f"the project's target languages ({', '.join(targets)})"
        present = [c for c in others if any(lang_matches(c, t) for t in targets)]
        said = (f"its {', '.join(present)} segments are empty or have no {source!r} source beside them"
                if present else f"this file has: {', '.join(others) or 'none'}")
        raise WorkbenchError(f"no translation units for {asked}; {said}",
                             path=path, line=content.header_line,
                             hint="pass --lang for the language you want, or check the file")
    return ImportedFile(path, project.tm_dir / path.name, reader.__name__[5:], units)


def _gettext(project: Project, path: Path, lang: str | None) -> ImportedFile:
    if path.suffix.lower() == ".mo":
        from workbench.export.mo import read_mo

        catalog: polib._BaseFile = read_mo(path)  # refused where msgunfmt refuses it
    else:
        from workbench.catalog import parse_catalog

        catalog = parse_catalog(path.read_bytes(), path)
    declared = catalog.metadata.get("Language", "").strip()
    if lang and declared and not lang_matches(declared, lang):
        raise WorkbenchError(f"the file says Language: {declared}, not {lang}", path=path,
                             hint="check the file, or import it with the --lang it has")
    code = lang or declared or _language_from_path(path) or _only_target(project)
    if not code:
        raise WorkbenchError("no Language header, so the language is unknown", path=path,
                             hint="pass --lang CODE")
    code = languages.validate(lang_key(code))
    units = catalog_units(catalog, ordered=path.suffix.lower() != ".mo")
    remember_parsed(file_hash(path), {code: units})
    kind = "mo" if path.suffix.lower() == ".mo" else "po"
    return ImportedFile(path, project.tm_dir / code / path.name, kind, {code: len(units)})


def _language_from_path(path: Path) -> str:
    """'…/ru/LC_MESSAGES/app.mo' or 'ru.po': the language the file's place names."""
    names = [path.stem]
    if path.parent.name == "LC_MESSAGES":
        names.append(path.parent.parent.name)
    for name in names:
        try:
            return languages.validate(name) if name else ""
        except WorkbenchError:
            continue
    return ""


def _only_target(project: Project) -> str:
    targets = project.config.target_languages
    return targets[0] if len(targets) == 1 else ""
