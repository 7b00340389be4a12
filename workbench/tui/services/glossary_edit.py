"""Adding a term from the editor: the glossary core's policy (glossary/editing.py), the
termbase re-read from disk just before the change so a term someone else added meanwhile is
kept rather than overwritten."""

from __future__ import annotations

from workbench.errors import WorkbenchError
from workbench.glossary import Termbase, load_termbase, save_termbase
from workbench.glossary.editing import add_terms
from workbench.project import Project


def add_term(project: Project, source: str, source_lang: str, translation: str, lang: str, *,
             status: str = "preferred", note: str | None = None) -> Termbase:
    """Add (source → translation) to the project's glossary; returns the termbase as saved."""
    source, translation = " ".join(source.split()), " ".join(translation.split())
    if not source or not translation:
        raise WorkbenchError("a term needs both the source words and their translation")
    termbase = load_termbase(project)
    add_terms(termbase, source, [(lang, translation, status)], source_lang=source_lang,
              note=note or None)
    save_termbase(termbase, termbase.path or project.glossary_path)
    if termbase.path is None:
        termbase.path = project.glossary_path
    return termbase
