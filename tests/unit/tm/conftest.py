"""Fixtures for the TM tests: small projects with catalogs written in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.project import Project

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: {slug}\\n"
"Language: {lang}\\n"
"PO-Revision-Date: 2024-03-01 12:00+0000\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"
"""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def po_text(entries: list, slug: str = "x", lang: str = "ru") -> str:
    """Entries are (msgid, msgstr) or (msgid, msgstr, "fuzzy"), or a dict for plurals/refs."""
    out = [HEADER.format(slug=slug, lang=lang)]
    for n, entry in enumerate(entries, 1):
        if isinstance(entry, tuple):
            entry = {"msgid": entry[0], "msgstr": entry[1], "fuzzy": len(entry) > 2}
        lines = [f"#: corpus/{slug}.md:{n}"]
        lines += [f"#: corpus/{slug}.md:{m}" for m in entry.get("more_refs", [])]
        if entry.get("fuzzy"):
            lines.append("#, fuzzy")
        lines.append(f"msgid {_quote(entry['msgid'])}")
        if "plural" in entry:
            lines.append(f"msgid_plural {_quote(entry['plural'])}")
            lines += [f"msgstr[{i}] {_quote(f)}" for i, f in enumerate(entry["msgstrs"])]
        else:
            lines.append(f"msgstr {_quote(entry['msgstr'])}")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def write_po(project: Project, slug: str, entries: list, lang: str = "ru") -> Path:
    path = project.po_path(lang, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(entries, slug, lang), encoding="utf-8")
    if not (project.root / "corpus" / f"{slug}.md").exists():
        (project.root / "corpus" / f"{slug}.md").write_text(f"# {slug}\n", encoding="utf-8")
    return path


MAIN = [
    ("Workers' rights", "Права работников"),
    ("The union was banned in 2021.", "Профсоюз был запрещён в 2021 году."),
    ("Workers were sentenced to 25 days of arrest.", "Рабочих приговорили к 25 суткам ареста."),
    ("The leaders were detained by the police.", "Лидеров задержала полиция.", "fuzzy"),
    ("We demand their release.", ""),
    {"msgid": "%d worker", "plural": "%d workers", "msgstrs": ["%d работник", "%d работника", "%d работников"]},
    ("Solidarity with Belarusian workers!", "Солидарность с белорусскими рабочими!"),
]


@pytest.fixture
def tm_project(make_project: Callable[..., Project]) -> Project:
    project = make_project({"main": "# Main\n", "other": "# Other\n"}, targets=("ru",))
    write_po(project, "main", MAIN)
    return project


@pytest.fixture
def catalog(tm_project: Project) -> Callable[..., Path]:
    def factory(slug: str, entries: list, lang: str = "ru") -> Path:
        return write_po(tm_project, slug, entries, lang)

    return factory
