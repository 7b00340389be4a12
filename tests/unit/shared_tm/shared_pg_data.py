"""Small catalogs for the shared-memory tests (a module name of its own: pytest puts this
folder on sys.path, and every conftest is called "conftest")."""

from __future__ import annotations

from pathlib import Path

from workbench.project import Project

PO_HEADER = ('msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
             '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')


def po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_catalog(project: Project, slug: str, pairs: list[tuple[str, str]], lang: str = "ru") -> Path:
    path = project.po_path(lang, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"msgid {po_quote(s)}\nmsgstr {po_quote(t)}\n\n" for s, t in pairs)
    path.write_text(PO_HEADER.format(lang=lang) + body, encoding="utf-8")
    corpus = project.root / "corpus" / f"{slug}.md"
    if not corpus.exists():
        corpus.write_text(f"# {slug}\n", encoding="utf-8")
    return path
