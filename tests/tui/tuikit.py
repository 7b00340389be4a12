"""Shared by the TUI tests: a small project on disk, a stand-in TM with fixed matches, helpers."""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass, field
from pathlib import Path

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.glossary import Concept, Term, Termbase, write_tbx
from workbench.project import Project

SLUG = "demo"
STATEMENT = (
    "# Solidarity with Belarus\n\n"
    "The trade union protested on August 9. Workers were arrested.\n\n"
    "- Release all activists.\n"
    "- Stop the violence against workers.\n"
)
UK = {
    "Solidarity with Belarus": "Солідарність з Білоруссю",
}
RU = {
    "Solidarity with Belarus": "Солидарность с Беларусью",
    "The trade union protested on August 9.": "Профсоюз протестовал 9 августа.",
    "Workers were arrested.": "Рабочих арестовали.",
    "Release all activists.": "Освободите всех активистов.",
    "Stop the violence against workers.": "Прекратите насилие против рабочих.",
}


@dataclass
class FakeMatch:
    score: float
    source: str
    target: str
    origin: str = "tm/old.tmx"
    fuzzy: bool = False
    diff: list[tuple[str, str]] = field(default_factory=list)
    suggestion: str = ""


class FakeTM:
    """Answers every lookup of the second segment with one fixed match."""

    def lookup(self, text, *, limit=5, min_score=70, prev=None, next=None):  # noqa: A002
        if text.startswith("The trade union protested"):
            return [FakeMatch(92, "The trade union protested on August 19.",
                              "Профспілка протестувала 19 серпня.",
                              diff=[("equal", "The trade union protested on August "),
                                    ("replace", "19"), ("equal", ".")],
                              suggestion="Профспілка протестувала 9 серпня.")]
        return []

    def refresh(self, *, progress=None):
        return ""

    def concordance(self, words, limit=50):
        return [FakeMatch(0, "Workers were arrested in Minsk.", "Робітників заарештували в Мінську.")]


def _write(project: Project, lang: str, translations: dict[str, str]) -> None:
    po = read_catalog(project.po_path(lang, SLUG))
    for msgid, msgstr in translations.items():
        po.find(msgid).msgstr = msgstr
    write_catalog(po)


def _write_glossary(project: Project) -> None:
    termbase = Termbase(source_language="en")
    termbase.add(Concept("trade-union", [Term("trade union", "en"),
                                         Term("профспілка", "uk", note="not «тред-юніон»"),
                                         Term("тред-юніон", "uk", status="forbidden")]))
    write_tbx(termbase, project.glossary_path)


def build_project(root: Path) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    (root / "workbench.toml").write_text(
        '[project]\nsource_language = "en"\ntarget_languages = ["ru", "uk"]\n', encoding="utf-8")
    (root / "corpus").mkdir()
    (root / "corpus" / f"{SLUG}.md").write_text(STATEMENT, encoding="utf-8")
    project = Project.open(root)
    plan_update(project).write()
    _write(project, "uk", UK)
    _write(project, "ru", RU)
    _write_glossary(project)
    return Project.open(root)


async def settle(pilot) -> None:
    """Let the workers finish and the screen catch up (no sleeps). A worker replaced by a
    newer one of its group ends cancelled; that is normal here."""
    from textual.worker import WorkerCancelled, WorkerFailed

    for _ in range(3):
        try:
            await pilot.app.workers.wait_for_complete()
        except (WorkerCancelled, WorkerFailed):
            continue
        await pilot.pause()


def on_disk(project: Project, msgid: str, lang: str = "uk"):
    return read_catalog(project.po_path(lang, SLUG)).find(msgid)


def synchronous(test):
    """Run an async test with asyncio (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return wrapper
