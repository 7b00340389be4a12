"""Intake: .docx, .odt and .html versions of the bundled statement (made with pandoc and
LibreOffice, tests/data/intake/MANIFEST.md) give the same segments as its Markdown; structure
is kept; bad files get one clear error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from workbench.errors import WorkbenchError
from workbench.intake import read_document
from workbench.intake.language import guess_language
from workbench.segment import segment_document

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data" / "intake"
STATEMENT = REPO / "corpus" / "industriall-belarus-joint-statement.md"


def _segments(markdown: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in segment_document(markdown, "en")]


@pytest.mark.parametrize("name", ["statement.docx", "statement.odt", "statement.html",
                                  "statement-libreoffice.docx", "statement-libreoffice.html"])
def test_each_format_gives_the_bundled_statements_segments(name: str) -> None:
    document = read_document(DATA / name)
    expected = _segments(STATEMENT.read_text(encoding="utf-8"))
    assert len(expected) == 22
    assert _segments(document.markdown) == expected
    assert document.title.startswith("Joint Statement of IndustriALL Global Union")
    assert document.notes == []


@pytest.mark.parametrize("name", ["features.docx", "features.odt", "features.html"])
def test_structure_is_kept(name: str) -> None:
    md = read_document(DATA / name).markdown
    assert md.startswith("# Solidarity with *Belarusian* workers\n")
    assert "The **independent unions** ask for three things." in md
    assert "[full appeal](https://www.industriall-union.org/belarus)" in md
    assert "- Release all detained *union leaders*.\n- Stop the violence.\n- Hold free elections." in md
    assert "1. Write to the embassy.\n2. Sign the petition." in md
    assert "## Detentions" in md
    assert "| Name | Days |\n| --- | --- |\n| Nikalai Zimin | 25 |\n| Maxim Sereda | 12 |" in md
    assert "Contact us at info@example.org for more." in md


def test_same_segments_from_every_format_of_the_features_document() -> None:
    source = _segments((DATA / "features.md").read_text(encoding="utf-8"))
    # the image is left out (and reported); pandoc wrote its caption as a paragraph
    image = {("![Workers at the Belaruskali plant](photo.png)", "paragraph"),
             ("Workers at the Belaruskali plant", "paragraph")}
    for name in ("features.docx", "features.odt", "features.html"):
        got = [s for s in _segments(read_document(DATA / name).markdown) if s not in image]
        assert got == [s for s in source if s not in image], name


@pytest.mark.parametrize("name", ["features.docx", "features.odt", "features.html"])
def test_images_are_reported_not_dropped_silently(name: str) -> None:
    notes = read_document(DATA / name).notes
    assert len(notes) == 1 and notes[0].startswith("image")


def test_html_page_chrome_is_left_out() -> None:
    md = read_document(DATA / "statement.html").markdown
    for chrome in ("News", "Campaigns", "Home", "Related stories", "Share on Twitter",
                   "Privacy policy", "Geneva", "Published 11 August"):
        assert chrome not in md


def test_html_without_article_element_uses_the_page_body(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Appeal | Site</title></head><body>"
                    "<nav><a href='/'>Home</a></nav><div><p>Free all <i>detained</i> workers.</p>"
                    "</div><footer>© Site</footer></body></html>", encoding="utf-8")
    md = read_document(page).markdown
    assert md == "# Appeal\n\nFree all *detained* workers.\n"


def test_plain_text_and_markdown(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Appeal to the ILO\n\nFree all workers.\nNow.\n\n* not a list\n", encoding="utf-8")
    document = read_document(txt)
    assert document.markdown == "# Appeal to the ILO\n\nFree all workers. Now.\n\n\\* not a list\n"
    assert document.title == "Appeal to the ILO"
    md = tmp_path / "b.md"
    md.write_text("# T\n\nText.", encoding="utf-8")
    assert read_document(md).markdown == "# T\n\nText.\n"


def _bad(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(WorkbenchError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_bad_files_get_one_clear_line(tmp_path: Path) -> None:
    assert "not a zip package" in _bad(tmp_path, "a.docx", b"%PDF-1.4 not a word file")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert "encrypted" in _bad(tmp_path, "b.docx", ole)
    assert "not a format" in _bad(tmp_path, "c.pdf", b"%PDF")
    assert "binary" in _bad(tmp_path, "d.html", b"\x00\x01\x02<html>")
    assert "truncated" in _bad(tmp_path, "e.html", b"<html><body><p>Free them <a href=")
    assert "no markup" in _bad(tmp_path, "f.html", b"just words")
    assert "no article text" in _bad(tmp_path, "g.html", b"<html><body><nav>Menu</nav></body></html>")
    assert "not UTF-8" in _bad(tmp_path, "h.txt", "Заява".encode("cp1251"))
    assert "damaged" in _bad(tmp_path, "i.odt", b"PK\x03\x04" + bytes(40))


def _zip(path: Path, members: dict[str, bytes], encrypted: str = "") -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == encrypted:
                info.flag_bits |= 0x1
            package.writestr(info, data)


def test_zip_bombs_and_encrypted_packages_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    _zip(bomb, {"word/document.xml": b"<w/>", "word/media/x.bin": bytes(8 << 20)})
    with pytest.raises(WorkbenchError, match="zip bomb"):
        read_document(bomb)
    locked = tmp_path / "locked.odt"
    _zip(locked, {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
         encrypted="content.xml")
    with pytest.raises(WorkbenchError, match="encrypted"):
        read_document(locked)
    odf_locked = tmp_path / "odf.odt"
    _zip(odf_locked, {"content.xml": b"<x/>", "META-INF/manifest.xml":
                      b"<manifest><file-entry><encryption-data/></file-entry></manifest>"})
    with pytest.raises(WorkbenchError, match="encrypted"):
        read_document(odf_locked)
    not_odt = tmp_path / "n.odt"
    _zip(not_odt, {"word/document.xml": b"<w/>"})
    with pytest.raises(WorkbenchError, match="no content.xml"):
        read_document(not_odt)


def test_entities_in_odt_xml_are_refused(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
              b"<x>&b;</x>")
    path = tmp_path / "l.odt"
    _zip(path, {"content.xml": laughs})
    with pytest.raises(WorkbenchError, match="damaged document XML"):
        read_document(path)


def test_language_guess_tells_the_east_slavic_languages_apart() -> None:
    candidates = ["en", "ru", "uk", "be", "de", "fr"]
    assert guess_language(STATEMENT.read_text(encoding="utf-8"), candidates)[0] == "en"
    assert guess_language("Незалежныя прафсаюзы Беларусі патрабуюць вызваліць усіх затрыманых.",
                          candidates)[0] == "be"
    assert guess_language("Незалежні профспілки Білорусі вимагають звільнити всіх затриманих.",
                          candidates)[0] == "uk"
    assert guess_language("Независимые профсоюзы Беларуси требуют освободить всех задержанных.",
                          candidates)[0] == "ru"


def test_doctests_of_intake() -> None:
    import doctest

    from workbench.intake import language, slug

    for module in (language, slug):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("name", ["statement.docx", "statement.odt", "statement.html"])
def test_damaged_copies_fail_in_one_line_or_read(tmp_path: Path, name: str) -> None:
    """Truncated and bit-flipped copies of real files: a document or one WorkbenchError."""
    data = (DATA / name).read_bytes()
    cuts = [len(data) // 7 * k for k in range(1, 7)]
    flips = [len(data) // 5 * k for k in range(1, 5)]
    variants = [data[:cut] for cut in cuts] + [
        data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:] for at in flips]
    for number, variant in enumerate(variants):
        path = tmp_path / f"v{number}{Path(name).suffix}"
        path.write_bytes(variant)
        try:
            read_document(path)
        except WorkbenchError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
