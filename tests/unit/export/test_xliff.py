"""XLIFF 1.2: export, translate-toolkit reads and edits it, import merges it back safely."""

from __future__ import annotations

import pytest
from export_helpers import DATA, make, write_catalogs
from translate.misc.multistring import multistring
from translate.storage import xliff as ttk_xliff

from workbench.catalog import read_catalog
from workbench.errors import WorkbenchError
from workbench.export.xliff import export_xliff
from workbench.export.xliff_import import import_xliff

STATEMENT = "# Title\n\nFirst sentence. Second sentence.\n\n- An item.\n"
DONE = {"Title": "Заголовок", "First sentence.": "Первое предложение."}


@pytest.fixture
def project(tmp_path):
    project = make(tmp_path, {"s.md": STATEMENT})
    write_catalogs(project, "s", "ru", {**DONE, "Second sentence.": "Второе?"},
                   fuzzy=["Second sentence."])
    return project


@pytest.fixture
def xlf(project, tmp_path):
    path = tmp_path / "s.ru.xlf"
    export_xliff(project, "s", "ru", path)
    return path


def catalog_texts(project, lang="ru"):
    return {e.msgid: (e.msgstr, e.fuzzy) for e in read_catalog(project.po_path(lang, "s"))}


def edit_with_translate_toolkit(path, change):
    store = ttk_xliff.xlifffile.parsefile(str(path))
    for unit in store.units:
        change(unit)
    path.write_bytes(bytes(store))


def test_translate_toolkit_reads_our_file(xlf) -> None:
    store = ttk_xliff.xlifffile.parsefile(str(xlf))
    units = {u.source: u for u in store.units}
    assert set(units) == {"Title", "First sentence.", "Second sentence.", "An item."}
    # approved="yes" is a reviewer's sign-off (none here): translate-toolkit's isfuzzy() is
    # "not approved", so the states say what is translated.
    assert units["Title"].target == "Заголовок" and not units["Title"].isapproved()
    assert units["Title"].get_state_n() == units["Title"].S_TRANSLATED
    assert units["Second sentence."].target == "Второе?" and units["Second sentence."].isfuzzy()
    assert units["Second sentence."].get_state_n() == units["Title"].S_NEEDS_REVIEW
    assert units["An item."].target == "" and not units["An item."].isfuzzy()
    assert "item" in units["An item."].getnotes()
    # Context-group names must be unique per <file> (strict schema), so the references are
    # unnamed purpose="location" groups: the generic XLIFF reader finds them, the po-flavoured
    # one (which wants name="po-reference" on every unit) does not.
    assert ttk_xliff.Xliff1Unit.getlocations(units["Title"]) == ["corpus/s.md:1"]
    assert store.getsourcelanguage() == "en" and store.gettargetlanguage() == "ru"


def test_states_in_the_file(xlf) -> None:
    text = xlf.read_text()
    assert 'version="1.2"' in text and 'xmlns="urn:oasis:names:tc:xliff:document:1.2"' in text
    assert '<target state="translated">Заголовок</target>' in text
    assert '<target state="needs-review-translation">Второе?</target>' in text
    assert '<target state="new" />' in text or '<target state="new"></target>' in text


def test_edited_with_translate_toolkit_and_imported_back(project, xlf) -> None:
    def translate(unit):
        if unit.source == "An item.":
            unit.target = "Пункт."
        if unit.source == "Second sentence.":
            unit.target = "Второе предложение."
            unit.markfuzzy(False)

    edit_with_translate_toolkit(xlf, translate)
    (report,) = import_xliff(project, xlf)
    assert (report.updated, report.unchanged, report.conflicts) == (2, 2, [])
    texts = catalog_texts(project)
    assert texts["An item."] == ("Пункт.", False)
    assert texts["Second sentence."] == ("Второе предложение.", False)
    assert texts["Title"] == ("Заголовок", False)
    # Importing the same file again changes nothing.
    before = project.po_path("ru", "s").read_bytes()
    (again,) = import_xliff(project, xlf)
    assert again.updated == 0 and project.po_path("ru", "s").read_bytes() == before


def test_approving_a_fuzzy_translation_outside(project, xlf) -> None:
    edit_with_translate_toolkit(xlf, lambda u: u.markfuzzy(False) if u.source == "Second sentence." else None)
    (report,) = import_xliff(project, xlf)
    assert report.approved == 1
    assert catalog_texts(project)["Second sentence."] == ("Второе?", False)


def test_empty_targets_never_erase_translations(project, xlf) -> None:
    def blank(unit):
        unit.target = ""

    edit_with_translate_toolkit(xlf, blank)
    (report,) = import_xliff(project, xlf)
    assert report.updated == 0 and report.empty == 4
    assert catalog_texts(project)["Title"] == ("Заголовок", False)


def test_conflict_when_the_catalog_changed_since_the_export(project, xlf) -> None:
    catalog = read_catalog(project.po_path("ru", "s"))
    catalog.find("Title").msgstr = "Заголовок (правка в каталоге)"
    catalog.find("First sentence.").msgstr = "Первое (правка)"
    from workbench.catalog import write_catalog

    write_catalog(catalog)

    def edit(unit):
        if unit.source == "Title":
            unit.target = "Заголовок (правка в XLIFF)"

    edit_with_translate_toolkit(xlf, edit)
    (report,) = import_xliff(project, xlf)
    assert [(c.msgid, c.catalog, c.xliff) for c in report.conflicts] == [
        ("Title", "Заголовок (правка в каталоге)", "Заголовок (правка в XLIFF)")]
    texts = catalog_texts(project)
    assert texts["Title"][0] == "Заголовок (правка в каталоге)"
    # The other unit was not edited outside: the catalog's newer text stays (no conflict).
    assert texts["First sentence."][0] == "Первое (правка)"
    (forced,) = import_xliff(project, xlf, force=True)
    assert forced.forced == 1 and not forced.conflicts
    assert catalog_texts(project)["Title"][0] == "Заголовок (правка в XLIFF)"


def test_dry_run_writes_nothing(project, xlf) -> None:
    edit_with_translate_toolkit(xlf, lambda u: setattr(u, "target", "X") if u.source == "An item." else None)
    before = project.po_path("ru", "s").read_bytes()
    (report,) = import_xliff(project, xlf, dry_run=True)
    assert report.updated == 1
    assert project.po_path("ru", "s").read_bytes() == before


def test_plural_entries_round_trip(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "# Title\n"})
    po = project.po_path("ru", "s")
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
                  'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                  'msgid "Title"\nmsgstr ""\n\n'
                  'msgid "%d day"\nmsgid_plural "%d days"\nmsgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""\n',
                  encoding="utf-8")
    path = tmp_path / "p.xlf"
    export_xliff(project, "s", "ru", path)
    assert 'restype="x-gettext-plurals"' in path.read_text()

    def fill(unit):  # translate-toolkit sees the group as one plural unit
        if unit.hasplural():
            unit.target = multistring(["%d день", "%d дня", "%d дней"])

    edit_with_translate_toolkit(path, fill)
    (report,) = import_xliff(project, path)
    assert report.updated == 1
    entry = read_catalog(po).find("%d day")
    assert entry.msgstr_plural == {0: "%d день", 1: "%d дня", 2: "%d дней"}


# -- validation: any problem refuses the whole import ------------------------------------------


def refused(project, path, match) -> None:
    before = project.po_path("ru", "s").read_bytes()
    with pytest.raises(WorkbenchError, match=match):
        import_xliff(project, path)
    assert project.po_path("ru", "s").read_bytes() == before


def test_unknown_unit_refuses_everything(project, xlf) -> None:
    text = xlf.read_text().replace("<source>An item.</source>", "<source>Not ours.</source>")
    text = text.replace("<target state=\"translated\">Заголовок</target>", "<target>Новый</target>")
    xlf.write_text(text)
    refused(project, xlf, "another source text")


def test_wrong_language_or_statement(project, xlf, tmp_path) -> None:
    text = xlf.read_text()
    other = tmp_path / "other.xlf"
    other.write_text(text.replace('target-language="ru"', 'target-language="de-AT"'))
    refused(project, other, "not a target language")
    other.write_text(text.replace("corpus/s.md", "corpus/t.md"))
    refused(project, other, "no statement 't'")
    other.write_text(text.replace('source-language="en"', 'source-language="fr"'))
    refused(project, other, "source language fr")


def test_malformed_and_hostile_xml(project, tmp_path, xlf) -> None:
    broken = tmp_path / "broken.xlf"
    broken.write_text(xlf.read_text()[:-40])
    refused(project, broken, "not well-formed XML")
    refused(project, DATA / "bomb.xlf", "refused")
    notxliff = tmp_path / "n.xlf"
    notxliff.write_text('<?xml version="1.0"?><tmx version="1.4"/>')
    refused(project, notxliff, "not an XLIFF document: the root element is <tmx>")


def test_marked_for_review_outside_becomes_fuzzy(project, xlf) -> None:
    def review(unit):
        if unit.source == "An item.":
            unit.target = "Пункт?"
            unit.markfuzzy(True)

    edit_with_translate_toolkit(xlf, review)
    import_xliff(project, xlf)
    assert catalog_texts(project)["An item."] == ("Пункт?", True)


def test_file_without_export_hashes_never_overwrites_a_translation(project, xlf) -> None:
    import re

    text = re.sub(r' extradata="wb-base:[0-9a-f]+"', "", xlf.read_text())
    text = text.replace("<target state=\"translated\">Заголовок</target>",
                        "<target state=\"translated\">Другой заголовок</target>")
    text = text.replace('<target state="new" />', '<target state="translated">Пункт.</target>')
    xlf.write_text(text)
    (report,) = import_xliff(project, xlf)
    assert [c.msgid for c in report.conflicts] == ["Title"]
    texts = catalog_texts(project)
    assert texts["Title"][0] == "Заголовок" and texts["An item."] == ("Пункт.", False)
