"""``workbench add``: statements as they arrive go into ``corpus/`` and through ``update``.

Every file is read and converted before anything is written: one bad file stops the command
with its one line and nothing changes. An existing statement is never overwritten; with
``replace`` it is updated as ``workbench update`` does (unchanged sentences keep their
translations). A statement in another language than the project's source is recorded in
``workbench.toml`` (``[statements."slug"] source_language``), appended as text so the
file's comments and order stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench import languages
from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError
from workbench.intake import Document, read_document
from workbench.intake.language import guess_language
from workbench.intake.slug import slugify
from workbench.project import Project, check_slug

# Asked when the language was guessed: (file, guess, probability) -> the language to use.
Confirm = Callable[[Path, str, float], str]
MIN_CONFIDENCE = 0.9


@dataclass
class Added:
    path: Path  # the file given
    slug: str
    lang: str
    how: str  # given (--lang), guessed, or confirmed (guessed, then answered at a terminal)
    replaced: bool
    document: Document
    notes: list[str] = field(default_factory=list)


def prepare(project: Project, path: Path, slug: str | None = None, lang: str | None = None,
            replace: bool = False, confirm: Confirm | None = None) -> Added:
    """Read and convert one file and decide its name and language; nothing is written."""
    document = read_document(path)
    name = check_slug(slug) if slug else slugify(_plain(document.title))
    if not name:
        raise WorkbenchError("cannot make a name from the title", path=path, hint="pass --slug")
    existing = [p for p in (project.corpus_dir / f"{name}.md", project.corpus_dir / f"{name}.txt")
                if p.exists()]
    if existing and not replace:
        raise WorkbenchError(f"corpus/{existing[0].name} already exists", path=path,
                             hint="--replace updates it (unchanged sentences keep their "
                                  "translations), or --slug gives another name")
    if existing and existing[0].suffix != ".md":
        raise WorkbenchError(f"corpus/{existing[0].name} is plain text", path=path,
                             hint="replace it by hand, or give another --slug")
    how = "given" if lang else "guessed"
    if lang:
        lang = languages.validate(lang)
    else:
        lang, prob = guess_language(document.markdown, project.all_languages())
        if confirm is not None:
            lang, how = languages.validate(confirm(path, lang, prob)), "confirmed"
        elif prob < MIN_CONFIDENCE:
            raise WorkbenchError(f"cannot tell the language (perhaps {lang}, {prob:.0%})",
                                 path=path, hint="pass --lang")
    return Added(path, name, lang, how, bool(existing), document, list(document.notes))


def add_statements(project: Project, items: list[Added]) -> list[Path]:
    """Write the prepared statements, record their languages, run update. On a failure the
    corpus and the config are put back as they were."""
    names = [item.slug for item in items]
    if len(set(names)) != len(names):
        raise WorkbenchError("two files would get the same name", hint="add them one at a time with --slug")
    config_path = project.root / "workbench.toml"
    saved = {p: (p.read_bytes() if p.exists() else None)
             for p in [config_path, *(project.corpus_dir / f"{n}.md" for n in names)]}
    try:
        _record_languages(project, config_path, items)
        project.corpus_dir.mkdir(exist_ok=True)
        for item in items:
            atomic_write_text(project.corpus_dir / f"{item.slug}.md", item.document.markdown)
        from workbench.catalog.update import run_update

        plan = run_update(Project.open(project.root), names)
    except BaseException:
        for path, data in saved.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write_text(path, data.decode("utf-8"))
        raise
    return [change.path for change in plan.changes if change.changed]


def _record_languages(project: Project, config_path: Path, items: list[Added]) -> None:
    known = project.config.statement_languages
    lines = []
    for item in items:
        current = known.get(item.slug, project.config.source_language)
        if item.lang == current:
            continue
        if item.slug in known:
            raise WorkbenchError(f"workbench.toml says {item.slug} is in {current}, not {item.lang}",
                                 path=config_path, hint="change it there first")
        lines.append(f'\n[statements."{item.slug}"]\nsource_language = "{item.lang}"\n')
    if lines:
        text = config_path.read_text(encoding="utf-8")
        atomic_write_text(config_path, text.rstrip("\n") + "\n" + "".join(lines))


def _plain(title: str) -> str:
    return title.replace("*", "").replace("`", "").replace("\\", "")
