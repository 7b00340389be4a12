"""PO details gettext users expect (issue #11, #19): no-wrap, lone '#', keyword and string on
separate lines, gettext's flag order, CR-only files refused, CRLF kept by `update`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from interchange_helpers import require_system

from workbench.catalog import parse_catalog
from workbench.catalog.pofile import render_text
from workbench.errors import CatalogError

HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
LONG = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr"


def msgcat(text: str) -> str:
    require_system(shutil.which("msgcat") is not None, "gettext (msgcat)")
    return subprocess.run(["msgcat", "-"], input=text.encode(), capture_output=True, check=True).stdout.decode()


def rewritten(text: str) -> str:
    """Every entry changed and changed back: each one is serialized anew, none from its raw text."""
    catalog = parse_catalog(text.encode())
    for entry in catalog:
        entry.msgstr += "!"
    catalog.header += " "
    for entry in catalog:
        entry.msgstr = entry.msgstr[:-1]
    catalog.header = catalog.header[:-1]
    out = render_text(catalog)
    return out


def test_no_wrap_entries_are_rewritten_unwrapped_like_msgcat() -> None:
    text = (HEADER + f'#, c-format, no-wrap\nmsgid "{LONG}\\nsecond line %d"\nmsgstr "x"\n\n'
            f'#, no-wrap\nmsgid "{LONG}"\nmsgstr ""\n\nmsgid "zz {LONG}"\nmsgstr ""\n')
    catalog = parse_catalog(text.encode())
    for entry in catalog:
        entry.msgstr = entry.msgstr + "y"
    expected = msgcat(render_text(catalog))  # msgcat's own layout of the same content
    assert render_text(catalog) == expected
    assert f'msgid "{LONG}"\n' in expected  # unwrapped where no-wrap says so
    assert 'msgid ""\n"zz aaaa' in expected and 'nnnn "\n"oooo' in expected  # wrapped elsewhere


def test_a_comment_line_that_is_only_a_hash_survives_a_rewrite() -> None:
    text = '#\n' + HEADER + '#\nmsgid "a"\nmsgstr "b"\n\n# one\n#\n# two\nmsgid "c"\nmsgstr "d"\n'
    assert msgcat(text) == text  # gettext keeps them
    assert rewritten(text) == text


def test_keyword_and_string_on_separate_lines_are_read_as_gettext_reads_them() -> None:
    text = HEADER + 'msgctxt\n"menu"\nmsgid\n"File"\nmsgstr\n"Файл"\n\n#~ msgid\n#~ "Old"\n#~ msgstr\n#~ "Старый"\n'
    msgcat(text)  # gettext accepts it
    catalog = parse_catalog(text.encode())
    assert [(e.msgctxt, e.msgid, e.msgstr, e.obsolete) for e in catalog] == [
        ("menu", "File", "Файл", False), (None, "Old", "Старый", True)]
    assert render_text(catalog) == text  # and keeps its bytes while unchanged


def test_a_keyword_with_no_string_at_all_is_still_an_error() -> None:
    with pytest.raises(CatalogError, match="msgstr needs a quoted string"):
        parse_catalog((HEADER + 'msgid "a"\nmsgstr\n\nmsgid "b"\nmsgstr "c"\n').encode())


def test_flags_are_written_in_gettexts_order() -> None:
    catalog = parse_catalog((HEADER + '#, c-format\nmsgid "%d file"\nmsgstr "%d файл"\n').encode())
    catalog[0].flags.append("fuzzy")
    text = render_text(catalog)
    assert "#, fuzzy, c-format\n" in text and msgcat(text) == text


def test_new_french_catalogs_get_msginits_plural_forms(tmp_path: Path) -> None:
    from interchange_helpers import make_project

    from workbench.catalog.template import build_template, new_catalog

    project = make_project(tmp_path / "p")
    catalog = new_catalog(build_template(project, project.statement("s")), "fr", "s")
    assert catalog.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"


@pytest.mark.parametrize("text", [
    "# translator comment\rmsgid \"\"\rmsgstr \"\"\r\"Content-Type: text/plain; charset=UTF-8\\n\"\r\rmsgid \"a\"\rmsgstr \"b\"\r",
    "msgid \"\"\rmsgstr \"\"\r\"Content-Type: text/plain; charset=UTF-8\\n\"\r\rmsgid \"a\"\rmsgstr \"b\"\r",
])
def test_cr_only_catalogs_are_refused_never_read_as_empty(text: str) -> None:
    with pytest.raises(CatalogError, match="CR alone"):
        parse_catalog(text.encode())


def test_a_lone_cr_inside_a_comment_is_not_a_line_end() -> None:
    text = HEADER + '# com\rment\nmsgid "a"\nmsgstr "b"\n'
    assert msgcat(text) == text
    assert [e.msgid for e in parse_catalog(text.encode())] == ["a"]


def test_update_keeps_a_crlf_catalog_crlf_throughout(tmp_path: Path) -> None:
    from interchange_helpers import make_project, write_ru

    from workbench.catalog.update import run_update

    project = make_project(tmp_path / "p")
    write_ru(project)
    po = project.po_path("ru", "s")
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r\n"))
    (project.root / "corpus" / "s.md").write_text("# Title\n\nFirst sentence. A new one.\n", encoding="utf-8")
    run_update(project)
    data = po.read_bytes()
    assert b"A new one." in data and data.count(b"\n") == data.count(b"\r\n")


def test_update_refuses_a_cr_only_catalog_and_leaves_it_alone(tmp_path: Path) -> None:
    from interchange_helpers import make_project, write_ru

    from workbench.catalog.update import run_update
    from workbench.errors import WorkbenchError

    project = make_project(tmp_path / "p")
    write_ru(project)
    po = project.po_path("ru", "s")
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r"))
    before = po.read_bytes()
    with pytest.raises(WorkbenchError, match="CR alone"):
        run_update(project)
    assert po.read_bytes() == before
