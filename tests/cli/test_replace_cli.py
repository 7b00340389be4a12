"""`workbench replace`: preview, apply (regex groups, plural forms), QA of changed entries,
undo as one step, and entries changed meanwhile left alone."""

from __future__ import annotations

import polib
import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.cli import main
from workbench.replace import apply_replace, plan_replace

STATEMENT = "# Solidarity\n\nThe union protested.\n\nThe union won.\n"


@pytest.fixture
def project(make_project):
    project = make_project({"demo": STATEMENT}, targets=("uk",))
    plan_update(project).write()
    po = read_catalog(project.po_path("uk", "demo"))
    po.find("The union protested.").msgstr = "Профсоюз протестував."
    po.find("The union won.").msgstr = "Профсоюз переміг."
    po.append(polib.POEntry(msgid="%d union", msgid_plural="%d unions",
                            msgstr_plural={0: "%d профсоюз", 1: "%d профсоюзи", 2: "%d профсоюзів"}))
    write_catalog(po)
    return project


def texts(project) -> list[str]:
    po = read_catalog(project.po_path("uk", "demo"))
    return [e.msgstr for e in po if e.msgid and not e.msgid_plural] + \
        [po.find("%d union").msgstr_plural[k] for k in range(3)]


def test_preview_writes_nothing(project, capsys) -> None:
    before = project.po_path("uk", "demo").read_bytes()
    code = main(["--project", str(project.root), "replace", "рофсоюз", "рофспілк"])
    out = capsys.readouterr()
    assert code == 0 and "- Профсоюз протестував." in out.out and "+ Профспілк протестував." \
        in out.out
    assert "5 change(s) in 1 catalog(s); nothing written" in out.err
    assert project.po_path("uk", "demo").read_bytes() == before


def test_apply_with_groups_every_form_then_undo(project, capsys) -> None:
    before = texts(project)
    code = main(["--project", str(project.root), "replace", "--regex", r"[Пп]рофсоюз(\w*)",
                 r"профспілка\1", "--apply"])
    assert code == 0
    assert texts(project) == ["", "профспілка протестував.", "профспілка переміг.",
                              "%d профспілка", "%d профспілкаи", "%d профспілкаів"]
    assert "'workbench replace --undo'" in capsys.readouterr().err
    assert main(["--project", str(project.root), "replace", "--undo"]) == 0
    assert texts(project) == before


def test_an_entry_changed_since_the_plan_is_left_alone(project) -> None:
    plan = plan_replace(project, "Профсоюз", "Профспілка")
    other = read_catalog(project.po_path("uk", "demo"))
    other.find("The union won.").msgstr = "Спілка перемогла."
    write_catalog(other)
    result = apply_replace(project, plan)
    assert [c.msgid for c in result.skipped] == ["The union won."]
    assert texts(project)[1:3] == ["Профспілка протестував.", "Спілка перемогла."]


def test_a_bad_expression_is_one_line(project, capsys) -> None:
    code = main(["--project", str(project.root), "replace", "--regex", "(", "x"])
    err = capsys.readouterr().err
    assert code == 2 and "not a valid regular expression" in err and len(err.splitlines()) <= 2


def test_the_changed_entries_are_checked(project) -> None:
    result = apply_replace(project, plan_replace(project, "протестував.", "протестував  "))
    assert result.applied and result.findings
    assert {f.msgid for f in result.findings} == {"The union protested."}
