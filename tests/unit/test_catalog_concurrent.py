"""A catalog changed on disk since it was read is merged or refused, never silently overwritten."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from workbench.catalog.po_concurrent import merge_concurrent, save_catalog
from workbench.catalog.pofile import parse_catalog, read_catalog, write_catalog
from workbench.errors import ConflictError

BASE = """\
# Russian translation of demo.
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. heading
#: corpus/demo.md:1
msgid "Statement"
msgstr ""

#. paragraph
#: corpus/demo.md:3
msgid "The union protests."
msgstr ""

#. paragraph
#: corpus/demo.md:5
msgid "Leaders were detained."
msgstr ""
"""


@pytest.fixture
def po(tmp_path: Path) -> Path:
    path = tmp_path / "demo.po"
    path.write_text(BASE, encoding="utf-8")
    return path


def someone_else(path: Path, change) -> None:
    """Another program edits the file in between."""
    other = read_catalog(path)
    change(other)
    write_catalog(other)


def translate(msgid: str, msgstr: str):
    def change(catalog):
        catalog.find(msgid).msgstr = msgstr
    return change


def test_write_refuses_when_the_file_changed_on_disk(po: Path) -> None:
    mine = read_catalog(po)
    someone_else(po, translate("Statement", "Заявление"))
    mine.find("The union protests.").msgstr = "Профсоюз протестует."
    theirs = po.read_bytes()
    with pytest.raises(ConflictError, match="changed on disk since it was read"):
        write_catalog(mine)
    assert po.read_bytes() == theirs


def test_save_writes_directly_when_nobody_else_changed_the_file(po: Path) -> None:
    mine = read_catalog(po)
    assert save_catalog(mine).status == "unchanged"
    mine.find("Statement").msgstr = "Заявление"
    result = save_catalog(mine)
    assert (result.status, result.conflicts) == ("written", [])
    assert 'msgid "Statement"\nmsgstr "Заявление"\n' in po.read_text(encoding="utf-8")
    mine.find("Leaders were detained.").msgstr = "Лидеры задержаны."
    assert save_catalog(mine).status == "written"  # the base moved on with the first save


def test_save_merges_changes_to_different_entries(po: Path) -> None:
    mine = read_catalog(po)
    someone_else(po, translate("Statement", "Заявление"))
    mine.find("The union protests.").msgstr = "Профсоюз протестует."
    result = save_catalog(mine)
    assert result.status == "merged"
    assert result.merged == ["Statement"]
    assert result.conflicts == []
    on_disk = read_catalog(po)
    assert on_disk.find("Statement").msgstr == "Заявление"
    assert on_disk.find("The union protests.").msgstr == "Профсоюз протестует."
    # The caller's catalog now is what is on disk, and saves again without a conflict.
    assert mine.find("Statement").msgstr == "Заявление"
    mine.find("Leaders were detained.").msgstr = "Лидеры задержаны."
    assert save_catalog(mine).status == "written"


def test_same_change_on_both_sides_is_no_conflict(po: Path) -> None:
    mine = read_catalog(po)
    someone_else(po, translate("Statement", "Заявление"))
    mine.find("Statement").msgstr = "Заявление"
    result = save_catalog(mine)
    assert (result.status, result.conflicts) == ("merged", [])


def test_different_changes_to_one_entry_keep_theirs_and_report_mine(po: Path) -> None:
    mine = read_catalog(po)
    someone_else(po, translate("Statement", "Заявление"))
    mine.find("Statement").msgstr = "Декларация"
    mine.find("Leaders were detained.").msgstr = "Лидеры задержаны."
    result = save_catalog(mine)
    assert [(c.msgid, c.mine.msgstr, c.theirs.msgstr, c.fields) for c in result.conflicts] == [
        ("Statement", "Декларация", "Заявление", ("msgstr",))]
    on_disk = read_catalog(po)
    assert on_disk.find("Statement").msgstr == "Заявление"
    assert on_disk.find("Leaders were detained.").msgstr == "Лидеры задержаны."


def test_changes_to_different_fields_of_one_entry_merge(po: Path) -> None:
    mine = read_catalog(po)

    def update(catalog):  # e.g. `workbench update` moved the sentence and flagged it
        entry = catalog.find("The union protests.")
        entry.occurrences = [("corpus/demo.md", "7")]
        entry.flags.append("fuzzy")

    someone_else(po, update)
    entry = mine.find("The union protests.")
    entry.msgstr = "Профсоюз протестует."
    entry.tcomment = "checked"
    result = save_catalog(mine)
    assert result.conflicts == []
    merged = read_catalog(po).find("The union protests.")
    assert (merged.msgstr, merged.tcomment, merged.occurrences, merged.flags) == (
        "Профсоюз протестует.", "checked", [("corpus/demo.md", "7")], ["fuzzy"])


def test_confirming_a_segment_removes_fuzzy_even_if_they_touched_flags(po: Path) -> None:
    def fuzzy_everywhere(catalog):
        for e in catalog:
            e.flags = ["fuzzy"]
    someone_else(po, fuzzy_everywhere)
    mine = read_catalog(po)
    someone_else(po, translate("Statement", "Заявление"))
    entry = mine.find("The union protests.")
    entry.msgstr, entry.flags = "Профсоюз протестует.", []
    save_catalog(mine)
    on_disk = read_catalog(po)
    assert on_disk.find("The union protests.").flags == []
    assert on_disk.find("Statement").flags == ["fuzzy"]


def test_additions_and_deletions_from_both_sides(po: Path) -> None:
    mine = read_catalog(po)

    def theirs(catalog):
        catalog.append(polib.POEntry(msgid="Theirs.", msgstr=""))
    someone_else(po, theirs)
    mine.insert(1, polib.POEntry(msgid="Mine.", msgstr="Моё."))
    mine.remove(mine.find("Leaders were detained."))
    result = save_catalog(mine)
    assert result.conflicts == []
    assert [e.msgid for e in read_catalog(po)] == ["Statement", "Mine.", "The union protests.", "Theirs."]


def test_deleted_by_me_but_changed_by_them_is_a_conflict(po: Path) -> None:
    mine = read_catalog(po)
    someone_else(po, translate("Leaders were detained.", "Лидеры задержаны."))
    mine.remove(mine.find("Leaders were detained."))
    result = save_catalog(mine)
    assert [(c.msgid, c.mine, c.theirs.msgstr) for c in result.conflicts] == [
        ("Leaders were detained.", None, "Лидеры задержаны.")]
    assert read_catalog(po).find("Leaders were detained.").msgstr == "Лидеры задержаны."


def test_header_fields_merge(po: Path) -> None:
    mine = read_catalog(po)

    def stamp(catalog):
        catalog.metadata["POT-Creation-Date"] = "2026-01-01 00:00+0000"
    someone_else(po, stamp)
    mine.metadata["Last-Translator"] = "Anna <anna@example.org>"
    result = save_catalog(mine)
    assert result.conflicts == []
    metadata = read_catalog(po).metadata
    assert metadata["POT-Creation-Date"] == "2026-01-01 00:00+0000"
    assert metadata["Last-Translator"] == "Anna <anna@example.org>"


def test_merge_keeps_untouched_entries_byte_for_byte(po: Path) -> None:
    odd = BASE.replace('msgid "Statement"', '#: unusual   spacing\nmsgid "Statement"')
    po.write_text(odd, encoding="utf-8")
    mine = read_catalog(po)
    someone_else(po, translate("The union protests.", "Профсоюз протестует."))
    mine.find("Leaders were detained.").msgstr = "Лидеры задержаны."
    save_catalog(mine)
    assert "#: unusual   spacing\n" in po.read_text(encoding="utf-8")


def test_merge_concurrent_directly() -> None:
    base = parse_catalog(BASE.encode())
    mine, theirs = parse_catalog(BASE.encode()), parse_catalog(BASE.encode())
    mine.find("Statement").msgstr = "А"
    theirs.find("Statement").msgstr = "Б"
    theirs.find("The union protests.").msgstr = "В"
    merged, conflicts = merge_concurrent(base, mine, theirs)
    assert [(c.msgid, c.mine.msgstr, c.theirs.msgstr) for c in conflicts] == [("Statement", "А", "Б")]
    assert [e.msgstr for e in merged] == ["Б", "В", ""]
