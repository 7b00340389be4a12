"""The two data-loss sequences found in the editor (issue #10), at the session level.

1. Undo -> redo -> "save drafts": a view still showing the text of before the redo sent it
   back as a draft, and the save wrote it over the confirmed translation.
2. A save that failed (malformed file on disk) left the text in memory as if saved; the
   retry found nothing to write, reported "saved" and deleted the journal draft.
"""

from __future__ import annotations

import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.errors import WorkbenchError
from workbench.session import Session

STATEMENT = "# Solidarity\n\nWorkers were arrested. The union protested.\n"
SOURCE = "Workers were arrested."


@pytest.fixture
def project(make_project):
    project = make_project({"demo": STATEMENT}, targets=("uk",))
    plan_update(project).write()
    return project


def disk(project, msgid: str = SOURCE):
    return read_catalog(project.po_path("uk", "demo")).find(msgid)


def test_undo_redo_then_save_drafts_keeps_the_confirmed_text(project) -> None:
    s = Session.open(project, "demo", "uk")
    i = s.index_of((None, SOURCE))
    assert s.set_target(i, "Робітників заарештували.", seen=s.revision(i))
    s.confirm(i)
    s.undo()
    assert disk(project).msgstr == ""
    shown = s.revision(i)  # the editor shows the undone (empty) segment
    s.redo()
    assert disk(project).msgstr == "Робітників заарештували."
    # The editor, still showing the empty text of before the redo, sends it back: refused.
    assert not s.set_target(i, "", seen=shown)
    assert not s.has_draft(i) and s.target(i) == "Робітників заарештували."
    s.save()
    entry = disk(project)
    assert entry.msgstr == "Робітників заарештували." and not entry.fuzzy


def test_undo_redo_of_a_merge_conflict_then_save_keeps_both_versions_reachable(project) -> None:
    s = Session.open(project, "demo", "uk")
    i = s.index_of((None, SOURCE))
    other = read_catalog(project.po_path("uk", "demo"))
    other.find(SOURCE).msgstr = "Їхній переклад."
    write_catalog(other)
    outcome = s.confirm(i, "Мій переклад.")
    assert outcome.conflicts == [SOURCE]
    s.undo()  # "keep mine" undone: theirs is back
    assert disk(project).msgstr == "Їхній переклад."
    shown = s.revision(i)
    s.redo()
    assert disk(project).msgstr == "Мій переклад."
    assert not s.set_target(i, "Їхній переклад.", seen=shown)
    s.save()
    assert disk(project).msgstr == "Мій переклад."


def test_a_save_retried_after_a_failure_writes_the_text(project) -> None:
    s = Session.open(project, "demo", "uk")
    i = s.index_of((None, SOURCE))
    path = project.po_path("uk", "demo")
    good = path.read_bytes()
    s.set_target(i, "Робітників заарештували.")
    path.write_bytes(good + b'msgid "broken\n')  # e.g. a git merge conflict in the PO
    with pytest.raises(WorkbenchError):
        s.confirm(i)
    # Nothing is called saved that is not on disk; the text is still a draft, journaled.
    assert s.saved_target(i) == "" and s.has_draft(i)
    assert s.target(i) == "Робітників заарештували."
    assert s.journal.load().drafts == {(None, SOURCE): ("Робітників заарештували.",)}
    assert not s.can_undo()
    path.write_bytes(good)  # the file is repaired
    s.confirm(i)
    entry = disk(project)
    assert entry.msgstr == "Робітників заарештували." and not entry.fuzzy
    assert not s.has_draft(i) and not s.journal.path.exists()
    assert s.can_undo()


def test_a_failed_save_of_drafts_keeps_every_draft(project, monkeypatch) -> None:
    import errno

    import workbench.atomic

    s = Session.open(project, "demo", "uk")
    s.set_target(1, "Робітників заарештували.")
    s.set_target(2, "Профспілка протестувала.")

    def disk_full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    with monkeypatch.context() as m:
        m.setattr(workbench.atomic, "_write_temporary", disk_full)
        with pytest.raises(OSError, match="No space"):
            s.save()
    assert len(s.drafts) == 2 and s.saved_target(1) == "" and s.saved_target(2) == ""
    s.save()
    assert disk(project).msgstr == "Робітників заарештували." and disk(project).fuzzy


def test_undo_keeps_a_draft_typed_over_the_segment(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.confirm(1, "Перший.")
    s.set_target(1, "Другий, ще не збережений.")
    s.undo()
    assert s.saved_target(1) == "" and s.target(1) == "Другий, ще не збережений."


def test_reload_takes_in_a_replace_made_on_disk_and_keeps_drafts(project) -> None:
    from workbench.replace import apply_replace, plan_replace

    s = Session.open(project, "demo", "uk")
    i, j = s.index_of((None, SOURCE)), s.index_of((None, "The union protested."))
    s.set_target(i, "Робітників заарештували.", seen=s.revision(i))
    s.confirm(i)
    s.set_target(j, "Профспілка протестувала.", seen=s.revision(j))  # a draft only
    shown = s.revision(i)
    apply_replace(project, plan_replace(project, "Робітників", "Працівників"))
    assert s.reload()
    assert s.saved_target(i) == "Працівників заарештували." and s.revision(i) != shown
    assert s.has_draft(j) and s.target(j) == "Профспілка протестувала."
    assert not s.can_undo()  # undoing the old confirm would write over the replaced text
    s.confirm(j)
    assert disk(project).msgstr == "Працівників заарештували."
    assert disk(project, "The union protested.").msgstr == "Профспілка протестувала."
    assert not s.reload()  # nothing changed since: the undo history stays
    assert s.can_undo()
