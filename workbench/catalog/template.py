"""Statement -> POT template -> PO catalog headers.

Identical sentences in one statement share one entry (gettext semantics, as in po4a): the
entry lists every place it occurs and the kinds of block it occurs in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polib

from workbench import __version__, languages
from workbench.catalog.notes import attach_notes, notes_path, read_notes
from workbench.catalog.pofile import Catalog
from workbench.errors import WorkbenchError
from workbench.project import Project, Statement
from workbench.segment import segment_document

DATE_FORMAT = "%Y-%m-%d %H:%M%z"


def now_stamp() -> str:
    return datetime.now(UTC).strftime(DATE_FORMAT)


# A statement is a press text, not a book: anything larger is a mistake (a wrong file).
MAX_STATEMENT_BYTES = 20 * 1024 * 1024


def read_statement(statement: Statement) -> str:
    size = statement.path.stat().st_size
    if size > MAX_STATEMENT_BYTES:
        raise WorkbenchError(f"statement is too large ({size // (1024 * 1024)} MB)", path=statement.path,
                             hint="split it into several statements")
    try:
        text = statement.path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = statement.path.read_bytes()[: exc.start].count(b"\n") + 1
        raise WorkbenchError("statement is not UTF-8 text", path=statement.path, line=line,
                             hint="save it as UTF-8") from exc
    if not text.strip():
        raise WorkbenchError("statement is empty: nothing to translate", path=statement.path,
                             line=1, hint="write the statement text, or remove the file")
    return text


def extra_abbreviations(project: Project, lang: str) -> list[str]:
    """The project's own no-break abbreviations: [segmentation] abbreviations.<lang> = [...]."""
    table = project.config.section("segmentation").get("abbreviations", {})
    base = languages.base_language(lang)
    value = table.get(base, []) if isinstance(table, dict) else []
    return [str(item) for item in value]


def build_template(project: Project, statement: Statement, text: str | None = None) -> Catalog:
    """The POT of a statement: one entry per distinct sentence, in order of first occurrence."""
    text = read_statement(statement) if text is None else text
    try:
        segments = segment_document(text, statement.source_language, statement.format,
                                    extra_abbreviations(project, statement.source_language))
    except WorkbenchError as exc:
        exc.path = statement.path  # the segmenter knows the line, not the file
        raise
    if not segments:
        raise WorkbenchError("statement has no translatable text", path=statement.path, line=1)
    reference = statement.path.relative_to(project.root).as_posix()
    pot = Catalog(wrapwidth=79)
    pot.metadata = template_header(statement)
    pot.header = f"Translations template for {statement.slug}.\nSource language: {statement.source_language}."
    by_msgid: dict[str, polib.POEntry] = {}
    for seg in segments:
        entry = by_msgid.get(seg.text)
        if entry is None:
            entry = polib.POEntry(msgid=seg.text, msgstr="", occurrences=[], comment=seg.kind)
            by_msgid[seg.text] = entry
            pot.append(entry)
        elif seg.kind not in entry.comment.split(", "):
            entry.comment = f"{entry.comment}, {seg.kind}"
        occurrence = (reference, str(seg.line))
        if occurrence not in entry.occurrences:
            entry.occurrences.append(occurrence)
    notes = notes_path(statement.path)
    attach_notes(list(pot), read_notes(notes), notes)
    return pot


def template_header(statement: Statement) -> dict[str, str]:
    return {
        "Project-Id-Version": statement.slug,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now_stamp(),
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Generated-By": f"Workbench {__version__}",
    }


def catalog_header(pot: polib.POFile, lang: str) -> dict[str, str]:
    """A new catalog's header: the template's, with the language and its CLDR plural rule."""
    info = languages.info(lang)
    header = dict(pot.metadata)
    header.update({
        "PO-Revision-Date": pot.metadata.get("POT-Creation-Date", now_stamp()),
        "Last-Translator": "",
        "Language-Team": info.english_name,
        "Language": info.code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": info.plural_forms,
    })
    order = ["Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
             "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
             "Content-Transfer-Encoding", "Plural-Forms", "Generated-By"]
    return {key: header[key] for key in order if key in header}


def new_catalog(pot: polib.POFile, lang: str, slug: str) -> Catalog:
    po = Catalog(wrapwidth=79)
    po.metadata = catalog_header(pot, lang)
    po.header = f"{languages.info(lang).english_name} translation of {slug}."
    return po


def same_entries(a: polib.POFile, b: polib.POFile) -> bool:
    """Whether two templates hold the same entries (ignoring header dates)."""
    def key(cat: polib.POFile) -> list[tuple[object, ...]]:
        return [(e.msgctxt, e.msgid, e.msgid_plural, e.comment, tuple(e.occurrences), e.obsolete)
                for e in cat]
    return key(a) == key(b)


def relative(project: Project, path: Path) -> str:
    return path.relative_to(project.root).as_posix()
