"""Accepted findings: stored as '# workbench-accept: id' and kept through updates."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qa_helpers import catalog, entry, po_text

from workbench.catalog import catalog_to_bytes, parse_catalog, read_catalog
from workbench.checks import (
    accept,
    accepted_checks,
    check_catalog,
    check_entry,
    context_for,
    unaccept,
)


def test_accepted_check_is_not_reported_but_can_be_listed() -> None:
    cat = catalog(entry("Sentenced to 25 days.", "Приговорён к 15 суткам.",
                        comment="workbench-accept: numbers"), "ru")
    ctx = context_for(cat, "ru")
    assert check_entry(cat[0], ctx) == []
    (shown,) = check_entry(cat[0], ctx, include_accepted=True)
    assert shown.check == "numbers" and shown.accepted


def test_accept_writes_a_translator_comment_that_round_trips() -> None:
    cat = catalog(entry("Open the file", "Open the file", comment="checked by Olga"), "ru")
    assert accept(cat[0], "same-as-source") and not accept(cat[0], "same-as-source")
    data = catalog_to_bytes(cat)
    assert b"# workbench-accept: same-as-source\n" in data
    assert b"# checked by Olga\n" in data
    again = parse_catalog(data)
    assert accepted_checks(again[0]) == {"same-as-source"}
    assert check_catalog(again, "ru", checks=["same-as-source"]) == []
    assert unaccept(cat[0], "same-as-source")
    assert cat[0].tcomment == "checked by Olga"


def test_star_accepts_every_check() -> None:
    cat = catalog(entry("Open the file now", "Open the file now",
                        comment="workbench-accept: *"), "ru")
    assert check_catalog(cat, "ru") == []


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="gettext not installed")
def test_acceptance_survives_msgmerge(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    pot = tmp_path / "t.pot"
    po.write_text(po_text(entry("Open the file", "Open the file",
                                comment="workbench-accept: same-as-source")), encoding="utf-8")
    pot.write_text(po_text(entry("Open the file", "") + entry("New sentence.", "")),
                   encoding="utf-8")
    subprocess.run(["msgmerge", "-q", "-U", "--backup=none", str(po), str(pot)], check=True)
    merged = read_catalog(po)
    kept = next(e for e in merged if e.msgid == "Open the file")
    assert accepted_checks(kept) == {"same-as-source"}
    assert check_catalog(merged, "ru", checks=["same-as-source"]) == []


def test_acceptance_survives_workbench_update(make_project) -> None:
    from workbench.catalog.update import plan_update

    project = make_project({"demo": "# Title\n\nThe union met on 9 August.\n"})
    plan_update(project).write()
    path = project.po_path("ru", "demo")
    cat = read_catalog(path)
    target = next(e for e in cat if e.msgid == "The union met on 9 August.")
    target.msgstr = "Профсоюз собрался 8 августа."
    accept(target, "numbers")
    path.write_bytes(catalog_to_bytes(cat))
    (project.root / "corpus" / "demo.md").write_text(
        "# Title\n\nThe union met on 9 August.\n\nA new sentence.\n", encoding="utf-8")
    plan_update(project).write()
    again = read_catalog(path)
    kept = next(e for e in again if e.msgid == "The union met on 9 August.")
    assert "numbers" in accepted_checks(kept)
    assert not [f for f in check_catalog(again, "ru") if f.check == "numbers"]
