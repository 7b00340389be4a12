"""The translator comment and accepted QA findings, written by the session."""

from __future__ import annotations

import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.errors import WorkbenchError
from workbench.session import Session

STATEMENT = "# Solidarity\n\nIndustriALL Global Union protested.\n"
MSGID = "IndustriALL Global Union protested."


@pytest.fixture
def project(make_project):
    project = make_project({"demo": STATEMENT}, targets=("uk",))
    plan_update(project).write()
    return project


def on_disk(project):
    return read_catalog(project.po_path("uk", "demo")).find(MSGID)


def test_comment_is_written_and_survives_a_merge(project) -> None:
    s = Session.open(project, "demo", "uk")
    other = read_catalog(project.po_path("uk", "demo"))
    other.find(MSGID).msgstr = "IndustriALL Global Union протестувала."
    write_catalog(other)
    s.set_comment(1, "Ask the coordinator about the name.")
    entry = on_disk(project)
    assert entry.tcomment == "Ask the coordinator about the name."
    assert entry.msgstr == "IndustriALL Global Union протестувала."  # theirs, merged


def test_accepting_a_finding_and_taking_it_back(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.set_comment(1, "Checked with the union.")
    accepted, _ = s.toggle_accepted(1, "same-as-source")
    assert accepted
    assert on_disk(project).tcomment == ("Checked with the union.\n"
                                         "workbench-accept: same-as-source")
    accepted, _ = s.toggle_accepted(1, "same-as-source")
    assert not accepted and on_disk(project).tcomment == "Checked with the union."


def test_a_failed_comment_write_leaves_the_entry_as_on_disk(project) -> None:
    s = Session.open(project, "demo", "uk")
    path = project.po_path("uk", "demo")
    good = path.read_bytes()
    path.write_bytes(good + b'msgid "broken\n')
    with pytest.raises(WorkbenchError):
        s.set_comment(1, "lost?")
    assert s.comment(1) == ""
    path.write_bytes(good)
    s.set_comment(1, "not lost")
    assert on_disk(project).tcomment == "not lost"
