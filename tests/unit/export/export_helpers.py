"""Helpers for the export tests: temporary projects with catalogs translated in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.catalog.pofile import Catalog
from workbench.catalog.template import build_template, new_catalog
from workbench.project import Project

DATA = Path(__file__).resolve().parents[2] / "data" / "export"
Translate = Callable[[str], str | None] | dict[str, str]


def write_catalogs(project: Project, slug: str, lang: str, translate: Translate | None = None, *,
                   fuzzy: Iterable[str] = (), revision: str = "2024-05-06 10:30+0200") -> Catalog:
    """The statement's catalog in ``lang``: each msgid translated by ``translate`` (a function
    or a dict; None or a missing key leaves it untranslated), ``fuzzy`` msgids flagged fuzzy."""
    pot = build_template(project, project.statement(slug))
    po = new_catalog(pot, lang, slug)
    po.metadata["PO-Revision-Date"] = revision
    fuzzy = set(fuzzy)
    for tentry in pot:
        entry = type(tentry)(msgid=tentry.msgid, msgstr="", occurrences=list(tentry.occurrences),
                             comment=tentry.comment)
        if translate is not None:
            text = translate.get(tentry.msgid) if isinstance(translate, dict) else translate(tentry.msgid)
            entry.msgstr = text or ""
        if tentry.msgid in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    path = project.po_path(lang, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(po), encoding="utf-8")  # plain polib: these tests are not about writing
    return po


def make(tmp_path: Path, statements: dict[str, str], targets: tuple[str, ...] = ("ru", "fr"),
         source: str = "en", extra: str = "") -> Project:
    root = tmp_path / "proj"
    root.mkdir(exist_ok=True)
    quoted = ", ".join(f'"{t}"' for t in targets)
    (root / "workbench.toml").write_text(
        f'[project]\nname = "Test"\nsource_language = "{source}"\ntarget_languages = [{quoted}]\n{extra}',
        encoding="utf-8")
    (root / "corpus").mkdir(exist_ok=True)
    for slug, text in statements.items():
        (root / "corpus" / slug).write_text(text, encoding="utf-8")
    return Project.open(root)


def upper(msgid: str) -> str:
    """A recognisable 'translation' that keeps inline Markdown intact."""
    return "RU " + msgid
