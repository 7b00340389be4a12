"""The headless editing session: navigation, drafts, confirm, undo, journal, concurrent merge."""

from __future__ import annotations

import polib
import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.errors import WorkbenchError
from workbench.session import Session

STATEMENT = (
    "# Solidarity\n\n"
    "Workers were arrested. The union protested.\n\n"
    "- Release all activists.\n- Stop the violence.\n"
)


@pytest.fixture
def project(make_project):
    project = make_project({"demo": STATEMENT}, targets=("ru", "uk"))
    plan_update(project).write()
    po = read_catalog(project.po_path("uk", "demo"))
    po.find("Solidarity").msgstr = "Солідарність"
    entry = po.find("The union protested.")
    entry.msgstr, entry.flags = "Профспілка протестувала.", ["fuzzy"]
    write_catalog(po)
    return project


def test_opens_on_first_segment_needing_work(project) -> None:
    s = Session.open(project, "demo", "uk")
    assert [r.status for r in s.rows()] == ["translated", "untranslated", "fuzzy",
                                            "untranslated", "untranslated"]
    assert s.start_index() == 1
    assert s.next_needing_work(1) == 2
    assert s.next_needing_work(4) == 1  # wraps
    assert s.next_needing_work(2, step=-1) == 1
    assert s.matching("fuzzy") == [2]
    assert s.matching(text="ПРОФСПІЛКА") == [2]


def test_confirm_writes_not_fuzzy_and_undo_restores(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.set_target(2, "Профспілка протестувала!")
    assert s.has_draft(2) and s.needs_work(2)
    s.confirm(2)
    entry = read_catalog(project.po_path("uk", "demo")).find("The union protested.")
    assert entry.msgstr == "Профспілка протестувала!" and not entry.fuzzy
    index, _ = s.undo()
    assert index == 2
    entry = read_catalog(project.po_path("uk", "demo")).find("The union protested.")
    assert entry.msgstr == "Профспілка протестувала." and entry.fuzzy
    s.redo()
    assert read_catalog(project.po_path("uk", "demo")).find("The union protested.").msgstr.endswith("!")


def test_save_writes_drafts_as_fuzzy_and_toggle(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.set_target(1, "Робітників заарештували.")
    s.save()
    entry = read_catalog(project.po_path("uk", "demo")).find("Workers were arrested.")
    assert entry.msgstr == "Робітників заарештували." and entry.fuzzy
    s.toggle_fuzzy(1)
    assert not read_catalog(project.po_path("uk", "demo")).find("Workers were arrested.").fuzzy


def test_journal_restores_drafts_after_a_crash(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.set_target(3, "Звільніть усіх активістів")
    assert s.flush_journal(current=3)
    del s  # the process dies: nothing saved but the journal
    again = Session.open(project, "demo", "uk")
    assert again.restored == 1
    assert again.target(3) == "Звільніть усіх активістів"
    assert again.start_index() == 3
    again.confirm(3)
    assert not again.journal.path.exists()
    assert Session.open(project, "demo", "uk").restored == 0


def test_damaged_journal_is_set_aside(project) -> None:
    s = Session.open(project, "demo", "uk")
    s.journal.path.parent.mkdir(parents=True, exist_ok=True)
    s.journal.path.write_text("{not json", encoding="utf-8")
    assert Session.open(project, "demo", "uk").restored == 0
    assert s.journal.path.with_suffix(".damaged.json").exists()


def test_concurrent_change_is_merged_not_overwritten(project) -> None:
    s = Session.open(project, "demo", "uk")
    # Someone else translates another segment and changes the fuzzy one, after we read the file.
    other = read_catalog(project.po_path("uk", "demo"))
    other.find("Stop the violence.").msgstr = "Зупиніть насильство."
    other.find("The union protested.").msgstr = "Спілка протестувала."
    write_catalog(other)
    outcome = s.confirm(2, "Профспілка протестувала.")
    disk = read_catalog(project.po_path("uk", "demo"))
    assert disk.find("Stop the violence.").msgstr == "Зупиніть насильство."
    assert disk.find("The union protested.").msgstr == "Профспілка протестувала."
    assert not disk.find("The union protested.").fuzzy
    assert "Stop the violence." in outcome.merged
    assert outcome.conflicts == ["The union protested."]
    assert outcome.message and "merged" in outcome.message
    assert s.target(4) == "Зупиніть насильство."  # the session sees their work now
    s.undo()  # brings back their version of the clashing entry
    assert read_catalog(project.po_path("uk", "demo")).find("The union protested.").msgstr == \
        "Спілка протестувала."


def test_missing_catalog_is_made_from_the_template(project) -> None:
    project.po_path("ru", "demo").unlink()
    s = Session.open(project, "demo", "ru")
    assert len(s) == 5 and all(r.status == "untranslated" for r in s.rows())
    s.confirm(0, "Солидарность")
    po = read_catalog(project.po_path("ru", "demo"))
    assert po.metadata["Language"] == "ru" and po.find("Solidarity").msgstr == "Солидарность"


def test_unknown_language_is_a_user_error(project) -> None:
    with pytest.raises(WorkbenchError, match="not a target language"):
        Session.open(project, "demo", "de")


def test_header_entry_is_not_a_segment(project) -> None:
    s = Session.open(project, "demo", "uk")
    assert all(isinstance(e, polib.POEntry) and e.msgid for e in s.entries)


def test_confirming_an_unchanged_segment_writes_nothing(project) -> None:
    before = project.po_path("uk", "demo").read_bytes()
    s = Session.open(project, "demo", "uk")
    s.confirm(0)  # "Solidarity" is translated already
    assert project.po_path("uk", "demo").read_bytes() == before
    assert not s.can_undo()
