"""A small translated project for report tests: two statements, ru and be."""

from __future__ import annotations

from typing import Any

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update

STATEMENTS = {
    "alpha": "# Union rights\n\nWorkers met on 9 August. They demanded free unions.\n",
    "beta": "# Release them\n\nThe union leaders were detained. Release them now.\n",
}
RU = {
    "Union rights": "Права профсоюзов",
    "Workers met on 9 August.": "Рабочие собрались 9 августа.",
    "They demanded free unions.": "Они потребовали свободных профсоюзов.",
    "Release them": "Освободите их",
    "The union leaders were detained.": "Лидеры профсоюза были задержаны.",
    "Release them now.": "Освободите их сейчас.",
}


def translated_project(make_project: Any, *, fuzzy: str | None = None,
                       wrong_number: bool = False, leave_out: str | None = None) -> Any:
    """alpha and beta fully translated into ru (with options to spoil that); be untouched."""
    project = make_project(dict(STATEMENTS))
    plan_update(project).write()
    for slug in STATEMENTS:
        cat = read_catalog(project.po_path("ru", slug))
        for entry in cat:
            if entry.msgid == leave_out:
                continue
            entry.msgstr = RU[entry.msgid]
            if wrong_number and entry.msgid.startswith("Workers"):
                entry.msgstr = "Рабочие собрались 8 августа."
            if entry.msgid == fuzzy:
                entry.flags.append("fuzzy")
        write_catalog(cat)
    return project
