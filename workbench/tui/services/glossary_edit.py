"""Adding a term from the editor, through the glossary core (merge + save_termbase).

The termbase is re-read from disk just before the change, so a term someone else added in
the meantime is kept rather than overwritten.
"""

from __future__ import annotations

from typing import Any

from workbench.errors import WorkbenchError
from workbench.project import Project


def add_term(project: Project, source: str, source_lang: str, translation: str, lang: str, *,
             status: str = "preferred", note: str | None = None) -> Any:
    """Add (source → translation) to the project's glossary; returns the termbase as saved."""
    try:
        from workbench.glossary import Concept, Term, Termbase, load_termbase, merge, save_termbase
    except ImportError as exc:
        raise WorkbenchError("glossary support is not installed") from exc
    source, translation = " ".join(source.split()), " ".join(translation.split())
    if not source or not translation:
        raise WorkbenchError("a term needs both the source words and their translation")
    termbase = load_termbase(project)
    concept = Concept(id="", terms=[Term(source, source_lang),
                                    Term(translation, lang, status=status, note=note or None)])
    incoming = Termbase(source_language=termbase.source_language)
    concept.id = incoming.new_id(source)
    incoming.add(concept)
    merge(termbase, incoming)
    save_termbase(termbase, termbase.path or project.glossary_path)
    if termbase.path is None:
        termbase.path = project.glossary_path
    return termbase
