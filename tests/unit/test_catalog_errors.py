"""Bad catalogs get one clear line naming the file, the line and what is wrong; nothing is half-written."""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest

from workbench.catalog.pofile import parse_catalog, read_catalog, write_catalog
from workbench.errors import CatalogError

HEADER = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

MALFORMED = [
    (b'msgid "abc\nmsgstr ""\n', 1, "unterminated string"),
    (b'msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 3, "a second msgid: the entry before it has no msgstr"),
    (b'msgid "a"\nmsgstr "b"\n\nmsgid "c"\n', 4, "end of file inside an entry"),
    (b'msgid "a"\nmsgstr "b"\nhello world\n', 3, "unknown keyword 'hello'"),
    (b'msgid "a\\q"\nmsgstr ""\n', 1, "invalid escape sequence \\q"),
    (b'msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n', 3, "needs msgstr[0], msgstr[1]"),
    (b'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "x"\n', 3, "msgstr[1] out of order"),
    (b'msgid "a"\nmsgstr[0] "x"\n', 2, "msgstr[0] without a msgid_plural"),
    (b'#~ msgid "a"\nmsgstr "b"\n', 2, "mixes obsolete (#~) and active lines"),
    (b'msgid "a"\n# note\nmsgstr "b"\n', 2, "comment inside an entry"),
    (b'msgid "a" x\nmsgstr "b"\n', 1, "unexpected text 'x'"),
    (b'msgid "a"\nmsgstr "b"\nmsgstr "c"\n', 3, "a second msgstr in one entry"),
    (b'msgid\nmsgstr "b"\n', 1, "msgid needs a quoted string"),
    (b'#| msgstr "x"\nmsgid "a"\nmsgstr ""\n', 1, "#| lines hold msgctxt, msgid or msgid_plural"),
]


@pytest.mark.parametrize(("data", "line", "what"), MALFORMED)
def test_malformed_po_names_the_line_and_the_problem(data: bytes, line: int, what: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(HEADER + data, "demo.po")
    error = caught.value
    assert error.line == line + 4
    assert what in error.message
    assert str(error).startswith(f"demo.po:{line + 4}: ")
    assert "\n" not in str(error)


@pytest.mark.parametrize(("data", "what"), [
    (b'"abc"\n', "a string with no msgid/msgstr keyword"),
    (b'msgstr "b"\n', "msgstr without a msgid"),
])
def test_malformed_start_of_file(data: bytes, what: str) -> None:
    with pytest.raises(CatalogError, match=what) as caught:
        parse_catalog(data, "demo.po")
    assert caught.value.line == 1


def test_duplicate_entries_are_refused_with_both_lines() -> None:
    data = HEADER + b'msgid "a"\nmsgstr ""\n\nmsgctxt "x"\nmsgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n'
    with pytest.raises(CatalogError, match="duplicate entry: msgid 'a' is already defined at line 5") as caught:
        parse_catalog(data, "demo.po")
    assert caught.value.line == 12


def test_an_obsolete_twin_is_not_a_duplicate() -> None:
    catalog = parse_catalog(HEADER + b'msgid "a"\nmsgstr ""\n\n#~ msgid "a"\n#~ msgstr "b"\n')
    assert [e.obsolete for e in catalog] == [False, True]


def test_non_utf8_bytes_in_a_utf8_catalog() -> None:
    data = HEADER + 'msgid "café"\nmsgstr ""\n'.encode("latin-1")
    with pytest.raises(CatalogError) as caught:
        parse_catalog(data, "demo.po")
    assert caught.value.line == 5
    assert "byte 0xE9 at column 11 is not valid UTF-8 as the header declares" in str(caught.value)


def test_non_utf8_bytes_without_a_declared_charset() -> None:
    with pytest.raises(CatalogError, match="not valid UTF-8 .no charset declared"):
        parse_catalog('msgid "a"\nmsgstr "Привет"\n'.encode("cp1251"), "demo.po")


def test_misdeclared_charset_koi8r_that_is_really_utf8_reads_as_declared() -> None:
    # Every byte sequence is valid KOI8-R: gettext would read it as declared, and so do we.
    data = HEADER.replace(b"UTF-8", b"KOI8-R") + 'msgid "a"\nmsgstr "Я"\n'.encode("koi8-r")
    assert parse_catalog(data).find("a").msgstr == "Я"


def test_unknown_charset() -> None:
    with pytest.raises(CatalogError, match="unknown charset 'FOO-99'") as caught:
        parse_catalog(HEADER.replace(b"UTF-8", b"FOO-99"), "demo.po")
    assert caught.value.line == 3


@pytest.mark.parametrize(("data", "what"), [
    (bytes.fromhex("de120495") + bytes(24), "compiled MO file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("msgid \"a\"\nmsgstr \"\"\n".encode("utf-16"), "binary data"),
])
def test_binary_files_are_not_catalogs(data: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "demo.po"
    path.write_bytes(data)
    with pytest.raises(CatalogError, match=what):
        read_catalog(path)


def test_missing_file_and_folder() -> None:
    with pytest.raises(CatalogError, match="no such catalog"):
        read_catalog("/nonexistent/demo.po")
    with pytest.raises(CatalogError, match="is a folder"):
        read_catalog("/tmp")


def test_catalog_that_would_not_read_back_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "demo.po"
    path.write_bytes(HEADER + b'msgid "a"\nmsgstr ""\n')
    catalog = read_catalog(path)
    catalog.append(polib.POEntry(msgid="a", msgstr="again"))
    with pytest.raises(CatalogError, match="duplicate entry"):
        write_catalog(catalog)
    assert path.read_bytes() == HEADER + b'msgid "a"\nmsgstr ""\n'
    assert [p.name for p in tmp_path.iterdir()] == ["demo.po"]


def test_text_the_charset_cannot_hold_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "demo.po"
    path.write_bytes(HEADER.replace(b"UTF-8", b"KOI8-R") + b'msgid "a"\nmsgstr ""\n')
    catalog = read_catalog(path)
    catalog.find("a").msgstr = "日本"
    with pytest.raises(CatalogError, match="cannot be written in the catalog's charset koi8-r"):
        write_catalog(catalog)
    catalog.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    write_catalog(catalog)
    assert 'msgstr "日本"'.encode() in path.read_bytes()


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "demo.po"
    before = HEADER + b'msgid "a"\nmsgstr ""\n'
    path.write_bytes(before)
    catalog = read_catalog(path)
    catalog.find("a").msgstr = "b"

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_catalog(catalog)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["demo.po"]
