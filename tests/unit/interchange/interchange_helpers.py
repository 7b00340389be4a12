"""Helpers for the interchange tests: a small project with a Russian catalog."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import require_system  # noqa: F401  (re-exported for the tests here)
from workbench.catalog.pofile import read_catalog, write_catalog
from workbench.catalog.template import build_template, new_catalog
from workbench.project import Project

DATA = Path(__file__).resolve().parents[2] / "data" / "interchange"
STATEMENT = "# Title\n\nFirst sentence. Second sentence.\n\n- An item.\n"
DONE = {"Title": "Заголовок", "First sentence.": "Первое предложение.", "Second sentence.": "Второе?"}


def make_project(root: Path, targets: tuple[str, ...] = ("ru", "fr")) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    quoted = ", ".join(f'"{t}"' for t in targets)
    (root / "workbench.toml").write_text(
        f'[project]\nname = "Test"\nsource_language = "en"\ntarget_languages = [{quoted}]\n',
        encoding="utf-8")
    (root / "corpus").mkdir(exist_ok=True)
    (root / "corpus" / "s.md").write_text(STATEMENT, encoding="utf-8")
    return Project.open(root)


def write_ru(project: Project, lang: str = "ru", fuzzy: tuple[str, ...] = ("Second sentence.",)) -> None:
    pot = build_template(project, project.statement("s"))
    po = new_catalog(pot, lang, "s")
    for tentry in pot:
        entry = type(tentry)(msgid=tentry.msgid, msgstr=DONE.get(tentry.msgid, ""),
                             occurrences=list(tentry.occurrences), comment=tentry.comment)
        if tentry.msgid in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    path = project.po_path(lang, "s")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_catalog(po, path, check_conflict=False)


def texts(project: Project, lang: str = "ru") -> dict[str, tuple[str, bool]]:
    return {e.msgid: (e.msgstr, e.fuzzy) for e in read_catalog(project.po_path(lang, "s"))}




