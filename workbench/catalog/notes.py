"""Notes to translators kept beside a statement: ``corpus/<slug>.notes.toml``.

A published statement is kept as published, errors and all; what a translator must know about
a sentence ("'lead' here is the past tense 'led'") goes in a notes file instead. Each note quotes
a piece of the source, and every segment containing that quote carries the note as an extracted
comment (``#.``), where msgmerge, ``workbench update``, the editor and XLIFF exports carry it::

    [[note]]
    quote = "COVID-19 lead to"
    text = "Source error: 'lead' stands for the past tense 'led'."

A quote that no segment contains is an error: after an erratum the note may no longer be true.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import polib

from workbench.errors import WorkbenchError

NOTES_SUFFIX = ".notes.toml"
PREFIX = "Note: "


@dataclass(frozen=True)
class Note:
    quote: str
    text: str


def notes_path(statement_path: Path) -> Path:
    """``corpus/<slug>.md`` -> ``corpus/<slug>.notes.toml``.

    >>> notes_path(Path("corpus/demo.md")).as_posix()
    'corpus/demo.notes.toml'
    """
    return statement_path.with_name(statement_path.stem + NOTES_SUFFIX)


def read_notes(path: Path) -> list[Note]:
    """The notes of a statement; none when the file does not exist."""
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise WorkbenchError("notes file is not UTF-8 text", path=path,
                             hint="save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise WorkbenchError(f"notes file is not valid TOML: {str(exc).split(' (at')[0]}",
                             path=path, line=line) from exc
    items = data.get("note", [])
    if not isinstance(items, list):
        raise WorkbenchError("'note' must be an array of tables ([[note]])", path=path)
    notes = []
    for number, item in enumerate(items, 1):
        quote, text = (item.get("quote"), item.get("text")) if isinstance(item, dict) else (None, None)
        if not isinstance(quote, str) or not quote.strip() or not isinstance(text, str) \
                or not text.strip():
            raise WorkbenchError(f"note {number} needs a non-empty 'quote' and 'text'", path=path,
                                 hint='[[note]] quote = "words of the source" text = "the note"')
        notes.append(Note(" ".join(quote.split()), " ".join(text.split())))
    return notes


def attach_notes(entries: list[polib.POEntry], notes: list[Note], path: Path) -> None:
    """Add each note as an extracted comment line to every entry whose source quotes it."""
    for note in notes:
        hits = [e for e in entries if note.quote in " ".join(e.msgid.split())]
        if not hits:
            raise WorkbenchError(f"note quotes {note.quote!r}, which no sentence contains",
                                 path=path, hint="change the quote to match the statement, or "
                                 "remove the note if it no longer applies")
        for entry in hits:
            line = PREFIX + note.text
            entry.comment = f"{entry.comment}\n{line}" if entry.comment else line
