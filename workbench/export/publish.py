"""Export statements for publication: one statement and language, or everything that is ready.

Nothing is written unless the gate passes (or the export is a draft); every file is written
atomically, and the default paths (dist/<lang>/<slug>.<ext>) never leave the project. A
publication (not a draft, not the source itself) is recorded in published/<slug>.<lang>.json
(see :mod:`workbench.export.records`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.atomic import atomic_write_many, atomic_write_text
from workbench.errors import WorkbenchError
from workbench.export import htmlpage
from workbench.export.gate import NotReady, Readiness, check_ready
from workbench.export.md import to_markdown
from workbench.export.plain import markdown_to_text
from workbench.export.reassemble import Rebuilt, rebuild
from workbench.project import Project, Statement

FORMATS = {"md": "md", "html": "html", "txt": "txt"}
DIST = "dist"


@dataclass
class Exported:
    path: Path
    slug: str
    lang: str
    readiness: Readiness

    @property
    def draft(self) -> bool:
        return not self.readiness.ready


def render(rebuilt: Rebuilt, fmt: str, alternates: Sequence[htmlpage.Alternate] = ()) -> str:
    """The rebuilt statement in md, html or txt (untranslated parts marked, if any)."""
    if fmt == "html":
        return htmlpage.page(rebuilt, alternates)
    text = to_markdown(rebuilt)
    if fmt == "txt" and rebuilt.statement.format == "md":
        return markdown_to_text(text)
    return text


def default_path(project: Project, slug: str, lang: str, fmt: str, root: Path | None = None) -> Path:
    """dist/<lang>/<slug>.<ext>, refused if it escapes the project (e.g. dist is a symlink);
    under ``root`` instead when the user named an output folder."""
    if root is not None:
        return root / lang / f"{slug}.{FORMATS[fmt]}"
    return project.inside(Path(DIST) / lang / f"{slug}.{FORMATS[fmt]}")


def prepare(project: Project, statement: Statement, lang: str, *, draft: bool = False
            ) -> tuple[Rebuilt, Readiness]:
    """Rebuild and judge; raise NotReady unless ready or a draft."""
    rebuilt = rebuild(project, statement, lang)
    readiness = check_ready(rebuilt, run_qa=not draft)
    if not readiness.ready and not draft:
        raise NotReady(readiness)
    return rebuilt, readiness


def export_statement(project: Project, slug: str, lang: str, fmt: str, *,
                     output: Path | None = None, draft: bool = False) -> Exported:
    """Write one statement in one language; raise NotReady (nothing written) if it is not ready."""
    statement = project.statement(slug)
    rebuilt, readiness = prepare(project, statement, lang, draft=draft)
    path = output if output is not None else default_path(project, slug, rebuilt.lang, fmt)
    _not_a_project_file(project, path)
    atomic_write_text(path, render(rebuilt, fmt))
    _record(project, rebuilt, readiness, path)
    return Exported(path, slug, rebuilt.lang, readiness)


def _record(project: Project, rebuilt: Rebuilt, readiness: Readiness, path: Path) -> None:
    if readiness.ready and not rebuilt.is_source:
        from workbench.export.records import write_record

        write_record(project, rebuilt, path)


def _not_a_project_file(project: Project, path: Path) -> None:
    """An export never replaces a statement or a catalog (an -o typed in the wrong place)."""
    resolved = path.resolve()
    protected = [project.corpus_dir.resolve(), project.locales_dir.resolve()]
    if any(resolved == p or p in resolved.parents for p in protected):
        raise WorkbenchError("will not write an export over the project's statements or catalogs",
                             path=path, hint="choose a file outside corpus/ and locales/")


@dataclass
class ExportedAll:
    written: list[Exported] = field(default_factory=list)
    skipped: list[Readiness] = field(default_factory=list)
    index: Path | None = None


def export_all(project: Project, fmt: str, *, out_dir: Path | None = None, draft: bool = False,
               slugs: list[str] | None = None, langs: list[str] | None = None) -> ExportedAll:
    """Every statement in every language that is ready (all of them for a draft), plus an index.
    ``slugs`` and ``langs`` narrow the selection.

    Everything is rendered first and written after, so an error leaves no half export.
    """
    root = out_dir if out_dir is not None else project.inside(Path(DIST))
    result = ExportedAll()
    ready: list[tuple[Statement, list[tuple[Rebuilt, Readiness]]]] = []
    for statement in project.select(slugs):
        done = []
        for lang in [statement.source_language, *project.target_languages(statement)]:
            if langs and lang not in langs:
                continue
            rebuilt = rebuild(project, statement, lang)
            readiness = check_ready(rebuilt, run_qa=not draft)
            if readiness.ready or draft:
                done.append((rebuilt, readiness))
            else:
                result.skipped.append(readiness)
        ready.append((statement, done))
    files: list[tuple[Path, str, Exported, Rebuilt]] = []
    entries = []
    for statement, done in ready:
        links = [htmlpage.Alternate(r.lang, f"{r.lang}/{statement.slug}.{FORMATS[fmt]}") for r, _ in done]
        own = [htmlpage.Alternate(a.lang, f"../{a.href}") for a in links]
        for rebuilt, readiness in done:
            path = default_path(project, statement.slug, rebuilt.lang, fmt, root)
            files.append((path, render(rebuilt, fmt, own),
                          Exported(path, statement.slug, rebuilt.lang, readiness), rebuilt))
        if done:
            entries.append(htmlpage.IndexEntry(done[0][0].title(), statement.source_language, links))
    for path, _text, _exported, _rebuilt in files:
        _not_a_project_file(project, path)
    images = {path: text.encode("utf-8") for path, text, _exported, _rebuilt in files}
    if entries:
        result.index = root / f"index.{FORMATS[fmt]}"
        images[result.index] = index_text(project, fmt, entries).encode("utf-8")
    atomic_write_many(images)  # every page and the index, or none (a full disk)
    for path, _text, exported, rebuilt in files:
        _record(project, rebuilt, exported.readiness, path)
        result.written.append(exported)
    return result


def index_text(project: Project, fmt: str, entries: list[htmlpage.IndexEntry]) -> str:
    title = project.config.name
    if fmt == "html":
        return htmlpage.index_page(title, project.config.source_language, entries)
    from workbench import languages
    from workbench.export.plain import markdown_inline_text

    lines = [f"# {title}", ""] if fmt == "md" else [title, ""]
    for entry in entries:
        names = [(languages.info(a.lang).native_name, a.href) for a in entry.links]
        heading = markdown_inline_text(entry.title)
        if fmt == "md":
            lines.append(f"- {heading}: " + ", ".join(f"[{n}]({h})" for n, h in names))
        else:
            lines.append(f"- {heading}: " + ", ".join(f"{n} ({h})" for n, h in names))
    return "\n".join(lines) + "\n"


def export_changed(project: Project, fmt: str | None = None, *, slugs: list[str] | None = None,
                   langs: list[str] | None = None) -> ExportedAll:
    """Re-publish only the languages whose published text is out of date (publication records),
    to the files they were published to (or in FMT to dist/). A language that is not ready
    again (the changed segments need translating and review) is skipped with its reason."""
    from workbench.export.records import published_languages, read_record, record_path

    result = ExportedAll()
    for outdated in published_languages(project, slugs):
        if not outdated.out_of_date or (langs and outdated.lang not in langs):
            continue
        record = read_record(record_path(project, outdated.slug, outdated.lang)) or {}
        targets = [(None, fmt)] if fmt else [(project.root / f, _format_of(f))
                                            for f in record.get("files", [])] or [(None, "md")]
        try:
            for output, kind in targets:
                result.written.append(export_statement(project, outdated.slug, outdated.lang,
                                                       kind or "md", output=output))
        except NotReady as exc:
            result.skipped.append(exc.readiness)
    return result


def _format_of(file: str) -> str:
    suffix = Path(file).suffix.lstrip(".").lower()
    return {"htm": "html", "html": "html", "txt": "txt"}.get(suffix, "md")
