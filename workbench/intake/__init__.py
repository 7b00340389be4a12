"""Intake: a statement as it arrives (.docx, .odt, .html, .md, .txt) as corpus Markdown.

``read_document`` converts one file; ``workbench.intake.add`` puts it into a project.
Every reader builds an HTML tree and ``mdwriter`` writes the Markdown, so headings, lists,
tables, emphasis and links come out the same whatever the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.intake.safety import kind_of, read_text

__all__ = ["Document", "read_document"]


@dataclass
class Document:
    markdown: str
    title: str
    kind: str  # docx, odt, html, md, txt
    notes: list[str] = field(default_factory=list)  # pieces left out, one line each


def read_document(path: Path) -> Document:
    """A file as statement Markdown, with its title (the first heading)."""
    kind = kind_of(path)
    if kind == "md":
        text = read_text(path)
        return Document(text if text.endswith("\n") else text + "\n", _title(text), kind)
    if kind == "txt":
        markdown = _plain_to_markdown(read_text(path))
        return Document(markdown, _title(markdown), kind)
    from workbench.intake.mdwriter import MarkdownWriter

    notes: list[str]
    if kind == "docx":
        from workbench.intake.docx import read_docx

        tree, notes = read_docx(path)
    elif kind == "odt":
        from workbench.intake.odt import read_odt

        tree, notes = read_odt(path)
    else:
        from workbench.intake.html import read_html

        tree, _ = read_html(path, path.read_bytes())
        notes = []
    writer = MarkdownWriter()
    markdown = writer.convert(tree)
    if not markdown.strip():
        raise WorkbenchError("no text found in the document", path=path)
    return Document(markdown, _title(markdown), kind, notes + writer.notes)


def _title(markdown: str) -> str:
    found = re.search(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", markdown, re.M)
    if found:
        return found.group(1).strip()
    first = next((line.strip() for line in markdown.splitlines() if line.strip()), "")
    return first[:80]


def _plain_to_markdown(text: str) -> str:
    """Plain text: paragraphs are separated by blank lines; a short first line with no
    final stop is the title."""
    from workbench.intake.mdwriter import _escape, _line_start

    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    if not paragraphs:
        return ""
    out = [_line_start(_escape(p)) for p in paragraphs]
    first = paragraphs[0]
    if len(first) <= 150 and not first.endswith((".", ":", ";", ",")):
        out[0] = f"# {_escape(first)}"
    return "\n\n".join(out) + "\n"
