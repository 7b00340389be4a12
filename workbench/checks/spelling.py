"""The spelling check: unknown words of a translation, with up to five suggestions.

A thin wrapper over :mod:`workbench.spelling` (Hunspell, the project's words, its glossary and
the words of the source). A language with no dictionary installed is not checked: one notice
names the package to install, and the check finds nothing. A Belarusian catalog is checked in
the orthography it is written in (official or classical), never both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import Pair

_ORTHOGRAPHY: dict[tuple[str, int], str] = {}  # (catalog file, mtime) -> spelling language


def _project(ctx: CheckContext) -> Any:
    """The project the catalog belongs to (its glossary's, or the one above its file)."""
    from workbench.errors import WorkbenchError
    from workbench.project import Project

    starts = []
    glossary = getattr(ctx.termbase, "path", None)
    if glossary is not None:
        starts.append(Path(glossary).parent.parent)
    if ctx.file:  # relative to the current folder, as the runner names a project's files
        starts.append(Path(ctx.file).resolve().parent)
    for start in starts:
        try:
            return Project.find(start)
        except (WorkbenchError, OSError):
            continue
    return None


def _catalog_texts(ctx: CheckContext, project: Any) -> list[str] | None:
    """The translations of the catalog being checked, read from its file."""
    if not ctx.file:
        return None
    path = Path(ctx.file)
    if not path.is_absolute() and not path.exists() and project is not None:
        path = Path(project.root) / path
    try:
        import polib

        catalog = polib.pofile(str(path))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return [t for e in catalog if not e.obsolete
            for t in ([e.msgstr] if not e.msgid_plural else list(e.msgstr_plural.values()))]


def _spelling_lang(ctx: CheckContext, project: Any) -> str:
    from workbench.spelling import spelling_language

    if ctx.base_lang != "be" or not ctx.file:
        return ctx.lang
    try:
        key = (str(ctx.file), Path(ctx.file).stat().st_mtime_ns)
    except OSError:
        key = (str(ctx.file), 0)
    found = _ORTHOGRAPHY.get(key)
    if found is None:
        texts = _catalog_texts(ctx, project)
        found = _ORTHOGRAPHY[key] = spelling_language(ctx.lang, texts, str(ctx.file))
    return found


def checker(ctx: CheckContext) -> Any:
    """The spell checker of the context's catalog (cached on the context), or None."""
    found = ctx.cache.get("spelling")
    if found is None:
        from workbench.spelling import checker_for

        project = _project(ctx)
        lang = _spelling_lang(ctx, project)
        found = ctx.cache["spelling"] = checker_for(lang, project, termbase=ctx.termbase) or False
    return found or None


def spelling_problems(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    spell = checker(ctx)
    if spell is None:
        return
    for miss in spell.misspellings(pair.target, pair.source, ctx.markup):
        fixes = spell.suggestions(miss.word)
        hint = f"did you mean {', '.join(fixes)}? " if fixes else ""
        yield Problem(f"unknown word {miss.word!r}: {hint}if it is right, add it to "
                      f"spelling/{spell.lang}.txt (workbench spelling --lang {spell.lang} "
                      f"--add {miss.word})", ((miss.start, miss.end),))


@check("spelling", "warning",
       "a word is not in the language's Hunspell dictionary, the project's words "
       "(spelling/<lang>.txt), the glossary or the source; correct it, or add it")
def spelling(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    yield from spelling_problems(pair, ctx)
