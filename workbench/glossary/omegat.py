"""OmegaT glossaries: ``source<TAB>target<TAB>comment`` lines with no header.

OmegaT reads ``.txt``, ``.tab`` and ``.utf8`` files tab-separated and ``.csv`` files
comma-separated, three columns, ``#`` lines as comments. The file does not say its languages, so
the importer is told them (``--source en --lang ru``). Lines with the same source term make one
concept: the first target is preferred, the others admitted (OmegaT shows them all); the comment
becomes the term's note. We read UTF-8 only: OmegaT writes its glossaries as UTF-8, and a
``.txt`` in a legacy system encoding is refused with a line saying how to re-save it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.atomic import atomic_write_text
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase

OMEGAT_SUFFIXES = (".txt", ".tab", ".utf8", ".csv")


def _rows(text: str, path: Path) -> list[tuple[int, list[str]]]:
    if path.suffix.lower() == ".csv":
        reader = csv.reader(io.StringIO(text))
        try:
            return [(reader.line_num, row) for row in reader]
        except csv.Error as exc:
            raise GlossaryError(f"malformed CSV: {exc}", path=path, line=reader.line_num) from exc
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)]


def read_omegat(path: str | Path, source: str, target: str, data: bytes | None = None) -> Termbase:
    """A termbase from an OmegaT glossary in the languages given."""
    path = Path(path)
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = (path.read_bytes() if data is None else data)[: exc.start].count(b"\n") + 1
        raise GlossaryError("not UTF-8 text", path=path, line=line,
                            hint="re-save the glossary as UTF-8 (OmegaT: a .utf8 file)") from exc
    termbase = Termbase(source_language=source, path=path)
    by_source: dict[str, Concept] = {}
    for number, cells in _rows(text, path):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise GlossaryError("an OmegaT glossary line needs a source and a target term",
                                path=path, line=number, hint="source<TAB>target<TAB>comment")
        src, tgt = " ".join(cells[0].split()), " ".join(cells[1].split())
        note = " ".join("\t".join(cells[2:]).split()) or None
        concept = by_source.get(src.casefold())
        if concept is None:
            concept = termbase.add(Concept("", [Term(src, source)]))
            by_source[src.casefold()] = concept
        if any(t.lang == target and t.text == tgt for t in concept.terms):
            continue
        status = "admitted" if concept.terms_in(target) else "preferred"
        concept.terms.append(Term(tgt, target, status, note=note))
    termbase.changed()
    return termbase


def omegat_text(termbase: Termbase, target: str) -> str:
    """The termbase as an OmegaT tab-separated glossary for one target language.

    >>> tb = Termbase([Concept("c", [Term("union", "en"), Term("профсоюз", "ru", note="n")])])
    >>> omegat_text(tb, "ru")
    'union\\tпрофсоюз\\tn\\n'
    """
    lines = []
    for concept in termbase:
        sources = [t for t in concept.approved(termbase.source_language)]
        for src in sources[:1]:
            for term in concept.approved(target):
                note = " ".join((term.note or concept.note or "").split())
                lines.append("\t".join([src.text, term.text, note]).rstrip("\t"))
    return "".join(f"{line}\n" for line in lines)


def write_omegat(termbase: Termbase, path: str | Path, target: str) -> None:
    atomic_write_text(path, omegat_text(termbase, target))
