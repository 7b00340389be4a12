"""Put a translated statement back together in the source's structure.

The statement is split exactly as the template was built (``split_blocks`` and
``split_sentences`` with the project's abbreviations), each sentence is looked up in the
catalog by msgid, and the writers replace each block's span in the source with the block's
translated sentences. What is not a block (Markdown markers, blank lines, code) stays as is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workbench import languages
from workbench.catalog.pofile import Catalog, read_catalog
from workbench.catalog.stats import entry_status
from workbench.catalog.template import extra_abbreviations, read_statement
from workbench.errors import WorkbenchError
from workbench.export import typography
from workbench.project import Project, Statement
from workbench.segment import Block, split_blocks, split_sentences

# Statuses of a piece: the first two are published as they are, the rest fall back to the source.
PUBLISHED = ("translated", "source")
MISSING = "missing"  # the sentence has no entry in the catalog (run `workbench update`)


@dataclass(frozen=True)
class Piece:
    """One sentence of the output."""

    source: str  # the source sentence (the msgid)
    text: str  # what is published: the translation (with typography), or the source sentence
    status: str  # translated, source, fuzzy, untranslated, missing

    @property
    def fallback(self) -> bool:
        return self.status not in PUBLISHED


@dataclass(frozen=True)
class Gap:
    """A sentence that keeps a statement from being published."""

    line: int
    status: str  # fuzzy, untranslated, missing
    msgid: str


@dataclass
class Rebuilt:
    project: Project
    statement: Statement
    lang: str
    source: str  # the statement's text
    blocks: list[tuple[Block, list[Piece]]] = field(default_factory=list)
    catalog: Catalog | None = None
    catalog_path: Path | None = None

    @property
    def is_source(self) -> bool:
        return self.lang == self.statement.source_language

    @property
    def gaps(self) -> list[Gap]:
        """Sentences that fall back to the source, each once, in order."""
        seen: set[str] = set()
        out = []
        for block, pieces in self.blocks:
            for piece in pieces:
                if piece.fallback and piece.source not in seen:
                    seen.add(piece.source)
                    out.append(Gap(block.line, piece.status, piece.source))
        return out

    def piece_lang(self, piece: Piece) -> str:
        return self.statement.source_language if piece.fallback else self.lang

    def revision_date(self) -> str | None:
        """The catalog's PO-Revision-Date, unless it is still the template's placeholder."""
        if self.catalog is None:
            return None
        value = self.catalog.metadata.get("PO-Revision-Date", "").strip()
        return value if value and not value.startswith("YEAR") else None

    def title(self) -> str:
        """The first heading's published text (the slug when the statement has none)."""
        for block, pieces in self.blocks:
            if block.kind == "heading":
                return " ".join(p.text for p in pieces)
        return self.statement.slug


def target_lang(project: Project, statement: Statement, lang: str) -> str:
    """The normalized code, if the statement is published in that language."""
    code = languages.validate(lang)
    if code == statement.source_language or code in project.target_languages(statement):
        return code
    known = ", ".join([statement.source_language, *project.target_languages(statement)])
    raise WorkbenchError(f"{code} is not a language of statement {statement.slug!r}",
                         path=project.root / "workbench.toml", hint=f"choose one of {known}")


def rebuild(project: Project, statement: Statement, lang: str, *, typography_on: bool = True,
            catalog: Catalog | None = None) -> Rebuilt:
    """The statement's blocks with their sentences in ``lang`` (or the source where missing)."""
    code = target_lang(project, statement, lang)
    text = read_statement(statement)
    rebuilt = Rebuilt(project, statement, code, text)
    index: dict[str, polib.POEntry] = {}
    if not rebuilt.is_source:
        rebuilt.catalog_path = project.po_path(code, statement.slug)
        if catalog is None and rebuilt.catalog_path.exists():
            catalog = read_catalog(rebuilt.catalog_path)  # a folder there is refused
        rebuilt.catalog = catalog
        index = _index(catalog) if catalog is not None else {}
    abbreviations = extra_abbreviations(project, statement.source_language)
    blocks = split_blocks(text, statement.format)
    _check_spans(statement, blocks)
    for block in blocks:
        sentences = split_sentences(block.text, statement.source_language, abbreviations)
        pieces = [_piece(s, index, code, rebuilt.is_source, typography_on) for s in sentences]
        rebuilt.blocks.append((block, pieces))
    return rebuilt


def _check_spans(statement: Statement, blocks: list[Block]) -> None:
    """Spans must follow one another: overlapping ones would garble the output."""
    end = 0
    for block in blocks:
        if block.start < end or block.end < block.start:
            raise WorkbenchError("cannot rebuild the statement: the segmenter gave overlapping "
                                 "text spans here", path=statement.path, line=block.line,
                                 hint="rephrase this line (e.g. identical table cells) and report it")
        end = block.end


def _index(catalog: polib.POFile) -> dict[str, polib.POEntry]:
    # Statement segments carry no context; entries with one belong to something else.
    return {e.msgid: e for e in catalog if not e.obsolete and not e.msgctxt and e.msgid}


def _piece(sentence: str, index: dict[str, polib.POEntry], lang: str, is_source: bool,
           typography_on: bool) -> Piece:
    if is_source:
        return Piece(sentence, sentence, "source")
    entry = index.get(sentence)
    if entry is None:
        return Piece(sentence, sentence, MISSING)
    status = entry_status(entry)
    if status != "translated" or entry.msgid_plural:
        return Piece(sentence, sentence, status if not entry.msgid_plural else "untranslated")
    text = " ".join(entry.msgstr.split())  # a block is one line of prose: fold line breaks
    if typography_on:
        text = typography.apply(text, lang)
    return Piece(sentence, text, "translated")


def join_pieces(rebuilt: Rebuilt, pieces: list[Piece], mark: Callable[[str], str] | None = None) -> str:
    """The sentences of one block joined the way their languages join them.

    Consecutive fallback pieces form one run, passed to ``mark`` (a callable) to be made visible.
    """
    runs: list[tuple[bool, list[Piece]]] = []
    for piece in pieces:
        if runs and runs[-1][0] == piece.fallback:
            runs[-1][1].append(piece)
        else:
            runs.append((piece.fallback, [piece]))
    out = ""
    previous: Piece | None = None
    for fallback, run in runs:
        text = _join_run(rebuilt, run)
        if fallback and mark is not None:
            text = mark(text)
        if previous is not None:
            out += _separator(rebuilt, previous, run[0])
        out += text
        previous = run[-1]
    return out


def _join_run(rebuilt: Rebuilt, run: list[Piece]) -> str:
    out = run[0].text
    for prev, piece in zip(run, run[1:], strict=False):
        out += _separator(rebuilt, prev, piece) + piece.text
    return out


def _separator(rebuilt: Rebuilt, a: Piece, b: Piece) -> str:
    tight = (languages.joins_without_spaces(rebuilt.piece_lang(a))
             and languages.joins_without_spaces(rebuilt.piece_lang(b)))
    return "" if tight else " "
