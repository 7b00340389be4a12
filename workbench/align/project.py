"""The project's help for alignment: its segmentation rules, glossary terms and memory.

The glossary's matcher (inflection-aware) finds the concepts each side names; the TM gives
translations it already knows for a source sentence, and its units teach the word table.
A project with no glossary or memory aligns by length and anchors alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.align.anchors import Terms
from workbench.align.document import Side, TMHint
from workbench.errors import WorkbenchError
from workbench.intake import read_document
from workbench.project import Project

MAX_KNOWN = 20_000


@dataclass
class Helpers:
    terms: dict[str, Terms | None] = field(default_factory=dict)
    tm: TMHint | None = None
    known: list[tuple[str, str]] = field(default_factory=list)


def helpers(project: Project, src_lang: str, lang: str) -> Helpers:
    out = Helpers()
    out.terms = {src_lang: _terms(project, src_lang), lang: _terms(project, lang)}
    try:
        from workbench.tm import TranslationMemory
        from workbench.tm.settings import settings_of
        from workbench.tm.sources import project_sources, read_source

        settings = settings_of(project)
        for src in project_sources(project, lang):
            for unit in read_source(src, src_lang, lang, settings):
                if not unit.fuzzy and unit.target and len(out.known) < MAX_KNOWN:
                    out.known.append((unit.source, unit.target))
        memory = TranslationMemory.for_project(project, lang, progress=False)
        out.tm = lambda text: [m.target for m in memory.lookup(text, limit=3, min_score=75)]
    except WorkbenchError:
        pass  # a memory that cannot be read helps no alignment; `workbench tm` reports it
    return out


def _terms(project: Project, lang: str) -> Terms | None:
    from workbench.glossary.spotting import spot
    from workbench.glossary.store import load_termbase

    termbase = load_termbase(project)
    if not len(list(termbase)):
        return None
    return lambda text: [hit.concept.id for hit in spot(termbase, text, lang)]


def side(project: Project, path: Path, lang: str, aid: Helpers) -> Side:
    from workbench.catalog.template import extra_abbreviations

    document = read_document(path)
    if not document.markdown.strip():
        raise WorkbenchError("no text to align", path=path)
    return Side(document.markdown, lang, "md", aid.terms.get(lang),
                extra_abbreviations(project, lang))


def statement_of(project: Project, path: Path, slug: str | None) -> str | None:
    """The project statement a source file is: --slug, or a file in corpus/."""
    if slug:
        return project.statement(slug).slug
    try:
        resolved = path.resolve()
    except OSError:
        return None
    for statement in project.statements():
        if statement.path.resolve() == resolved:
            return statement.slug
    return None


_TAGGED = re.compile(r"^(?P<name>.+?)[._-](?P<lang>[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?)$")


def batch_pairs(folder: Path, src_lang: str, lang: str) -> list[tuple[str, Path, Path]]:
    """(name, source, translation) for each document name with both languages in a folder:
    ``name.en.docx`` with ``name.ru.html``, or ``en/name.docx`` with ``ru/name.docx``."""
    if not folder.is_dir():
        raise WorkbenchError("not a folder", path=folder)
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        parent = path.parent.name if path.parent != folder else ""
        tagged = _TAGGED.match(path.stem)
        if parent in (src_lang, lang):
            found.setdefault(path.stem, {})[parent] = path
        elif tagged and tagged.group("lang") in (src_lang, lang):
            found.setdefault(tagged.group("name"), {})[tagged.group("lang")] = path
    pairs = [(name, langs[src_lang], langs[lang]) for name, langs in sorted(found.items())
             if src_lang in langs and lang in langs]
    if not pairs:
        raise WorkbenchError(f"no pairs of {src_lang} and {lang} documents found", path=folder,
                             hint=f"name them NAME.{src_lang}.docx and NAME.{lang}.docx, "
                                  f"or put them in {src_lang}/ and {lang}/")
    return pairs


Progress = Callable[[str], None]
