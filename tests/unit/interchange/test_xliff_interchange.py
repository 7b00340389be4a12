"""XLIFF interchange (issue #11): strict-schema-valid 1.2 export, 2.0 on request, 1.0/1.1/2.0
and prefixed-namespace files read, hostile input refused in one line, sign-off round trip."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from interchange_helpers import DATA, texts
from translate.storage import xliff as ttk_xliff

from workbench.catalog import read_catalog, review, write_catalog
from workbench.errors import WorkbenchError
from workbench.export.xliff import export_xliff
from workbench.export.xliff_import import import_xliff
from workbench.project import Project

SCHEMAS = DATA / "schemas"


@cache
def strict_schema():
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMAS / "xliff-core-1.2-strict.xsd"), allow="sandbox",
                               locations=[("http://www.w3.org/XML/1998/namespace",
                                           str(SCHEMAS / "xml.xsd"))])


@cache
def schema_2_0():
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMAS / "xliff-core-2.0.xsd"), allow="sandbox",
                               locations=[("http://www.w3.org/XML/1998/namespace",
                                           str(SCHEMAS / "xml.xsd"))])


def export(project: Project, tmp_path: Path, version: str = "1.2", lang: str = "ru") -> Path:
    path = tmp_path / f"s.{lang}.{version}.xlf"
    export_xliff(project, "s", lang, path, version)
    return path


def test_the_schema_itself_rejects_what_the_old_export_wrote(tmp_path: Path) -> None:
    """The check can fail: repeated context-group names and undeclared attributes are invalid."""
    old = DATA / "xliff" / "workbench-0.x-export.xlf"
    errors = [str(e.reason) for e in strict_schema().iter_errors(str(old))]
    assert any("wb" in e or "attribute" in e for e in errors)
    assert any("duplicat" in e.lower() or "unique" in e.lower() for e in errors)


def test_export_is_valid_against_the_strict_schema(project: Project, tmp_path: Path) -> None:
    catalog = read_catalog(project.po_path("ru", "s"))
    entry = catalog.find("Title")
    entry.msgctxt = None
    entry.tcomment = "a note\nover two lines"
    review.approve(entry, "Anna <anna@example.org>")
    write_catalog(catalog)
    path = export(project, tmp_path)
    strict_schema().validate(str(path))
    text = path.read_text(encoding="utf-8")
    assert 'approved="yes"' in text and 'state="signed-off"' in text
    assert "wb:" not in text and text.count('purpose="location"') == 4


def test_plural_entries_validate_too(tmp_path: Path) -> None:
    from interchange_helpers import make_project

    project = make_project(tmp_path / "p")
    po = project.po_path("ru", "s")
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
                  'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                  'msgctxt "menu"\nmsgid "%d day"\nmsgid_plural "%d days"\n'
                  'msgstr[0] "%d день"\nmsgstr[1] "%d дня"\nmsgstr[2] "%d дней"\n\n'
                  'msgid "Title"\nmsgstr "Заголовок"\n', encoding="utf-8")
    path = export(project, tmp_path)
    strict_schema().validate(str(path))
    path2 = export(project, tmp_path, "2.0")
    schema_2_0().validate(str(path2))
    before = po.read_bytes()
    for written in (path, path2):
        (report,) = import_xliff(project, written)
        assert not report.changed and report.conflicts == [] and po.read_bytes() == before
    text = path2.read_text(encoding="utf-8").replace("%d дней", "%d суток")
    path2.write_text(text, encoding="utf-8")
    (report,) = import_xliff(project, path2)
    assert report.updated == 1 and read_catalog(po).find("%d day", msgctxt="menu").msgstr_plural[2] == "%d суток"
    before = po.read_bytes()
    (report,) = import_xliff(project, path)
    assert not report.changed and report.conflicts == [] and po.read_bytes() == before


def test_round_trip_through_translate_toolkit_keeps_the_catalog(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    store = ttk_xliff.xlifffile.parsefile(str(path))
    path.write_bytes(bytes(store))  # read and written by translate-toolkit, no change
    strict_schema().validate(str(path))
    before = project.po_path("ru", "s").read_bytes()
    (report,) = import_xliff(project, path)
    assert (report.updated, report.conflicts, report.changed) == (0, [], False)
    assert project.po_path("ru", "s").read_bytes() == before


def test_xliff_2_export_reads_back_and_carries_edits(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path, "2.0")
    schema_2_0().validate(str(path))
    text = path.read_text(encoding="utf-8")
    assert 'version="2.0"' in text and 'srcLang="en"' in text and 'trgLang="ru"' in text
    before = project.po_path("ru", "s").read_bytes()
    (report,) = import_xliff(project, path)
    assert not report.changed and project.po_path("ru", "s").read_bytes() == before
    edited = text.replace('<segment state="initial">\n        <source xml:space="preserve">An item.</source>',
                          '<segment state="translated">\n        <source xml:space="preserve">An item.</source>\n'
                          '        <target xml:space="preserve">Пункт.</target>')
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    (report,) = import_xliff(project, path)
    assert report.updated == 1 and texts(project)["An item."] == ("Пункт.", False)
    assert texts(project)["Second sentence."] == ("Второе?", True)


def test_sign_off_is_written_and_read_back(project: Project, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Reviewer R")
    path = export(project, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert 'approved="yes"' not in text
    signed = re.sub(r'(<trans-unit id="u[0-9a-f]+" xml:space="preserve" extradata="wb-base:[0-9a-f]+">\s*'
                    r'<source>Title</source>)', lambda m: m.group(1).replace("<trans-unit ", '<trans-unit approved="yes" '), text)
    assert signed != text
    path.write_text(signed, encoding="utf-8")
    (report,) = import_xliff(project, path)
    assert report.signed_off == 1
    entry = read_catalog(project.po_path("ru", "s")).find("Title")
    assert review.is_approved(entry) and "Reviewer R" in entry.tcomment
    again = export(project, tmp_path / "again")
    assert again.read_text(encoding="utf-8").count('approved="yes"') == 1


@pytest.mark.parametrize("name", ["ttk-po2xliff-1.1.xlf", "xliff-1.0-no-namespace.xlf",
                                  "prefixed-root.xlf", "xliff-2.0.xlf", "doctype-external.xlf"])
def test_other_versions_and_spellings_import(project: Project, tmp_path: Path, name: str) -> None:
    # po2xliff writes no original: the statement is given, as `xliff import --slug` does
    (report,) = import_xliff(project, DATA / "xliff" / name, dry_run=True, slug="s")
    assert report.lang == "ru" and report.updated == 1 and report.conflicts == []


def test_slug_given_on_the_command_line_wins_over_another_tools_original(project: Project) -> None:
    text = (DATA / "xliff" / "ttk-po2xliff-1.1.xlf").read_text(encoding="utf-8")
    path = project.root / "from-weblate.xlf"
    path.write_text(text.replace('original=""', 'original="ru.po"'), encoding="utf-8")
    with pytest.raises(WorkbenchError, match="no statement 'ru'"):
        import_xliff(project, path, dry_run=True)
    (report,) = import_xliff(project, path, dry_run=True, slug="s")
    assert report.updated == 1


def test_two_file_sections_for_one_catalog_merge_and_write_once(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("<file ", 1)
    body, tail = rest.rsplit("</file>", 1)
    section = "<file " + body + "</file>"
    second = section.replace("<target state=\"new\" />", '<target state="translated">Пункт.</target>')
    path.write_text(head + section + "\n" + second + tail, encoding="utf-8")
    (dry,) = import_xliff(project, path, dry_run=True)
    (real,) = import_xliff(project, path)
    assert (dry.updated, dry.conflicts) == (real.updated, real.conflicts) == (1, [])
    assert texts(project)["An item."] == ("Пункт.", False)


def test_deeply_nested_groups_do_not_exhaust_recursion(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    text = path.read_text(encoding="utf-8")
    depth = 100_000
    nested = text.replace("<body>", "<body>" + "<group>" * depth).replace("</body>", "</group>" * depth + "</body>")
    path.write_text(nested, encoding="utf-8")
    (report,) = import_xliff(project, path, dry_run=True)
    assert report.conflicts == [] and not report.changed


@pytest.mark.parametrize(("name", "message"), [
    ("entity-bomb.xlf", "entity declarations are refused"),
    ("xliff-3.0.xlf", "XLIFF version '3.0' is not supported"),
])
def test_hostile_or_unknown_files_are_refused_in_one_line(project: Project, name: str, message: str) -> None:
    with pytest.raises(WorkbenchError) as caught:
        import_xliff(project, DATA / "xliff" / name)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_regional_target_language_codes_are_accepted(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    text = path.read_text(encoding="utf-8")
    for spelling in ("RU-ru", "ru_RU", "ru-RU"):
        path.write_text(text.replace('target-language="ru"', f'target-language="{spelling}"')
                        .replace('source-language="en"', 'source-language="EN-US"'), encoding="utf-8")
        (report,) = import_xliff(project, path, dry_run=True)
        assert report.lang == "ru"


def test_characters_xml_cannot_carry_go_as_cp_in_2_0_and_refuse_1_2(project: Project, tmp_path: Path) -> None:
    catalog = read_catalog(project.po_path("ru", "s"))
    catalog.find("Title").msgstr = "Заго\aловок"
    write_catalog(catalog)
    before = project.po_path("ru", "s").read_bytes()
    with pytest.raises(WorkbenchError, match="U\\+0007, which XLIFF 1.2 cannot carry"):
        export(project, tmp_path)
    assert not (tmp_path / "s.ru.1.2.xlf").exists()
    path = export(project, tmp_path, "2.0")
    assert '<cp hex="0007" />' in path.read_text(encoding="utf-8")
    schema_2_0().validate(str(path))
    (report,) = import_xliff(project, path)
    assert not report.changed and project.po_path("ru", "s").read_bytes() == before
