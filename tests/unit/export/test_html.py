"""HTML pages: valid HTML5, language and direction, metadata, escaping, draft marks."""

from __future__ import annotations

import html5lib
import pytest
from export_helpers import DATA, make, upper, write_catalogs

from workbench.export.htmlpage import Alternate, IndexEntry, index_page, page
from workbench.export.plain import markdown_to_text
from workbench.export.publish import render
from workbench.export.reassemble import rebuild


def parse(document: str):
    """Strict html5lib parse: any parse error raises."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(document)


def test_translated_page_is_valid_html5_with_language_title_and_metadata(rich_project) -> None:
    write_catalogs(rich_project, "rich", "ru", upper, revision="2024-05-06 10:30+0200")
    doc = page(rebuild(rich_project, rich_project.statement("rich"), "ru"))
    tree = parse(doc)
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    assert doc.startswith("<!DOCTYPE html>\n")
    assert root.get("lang") == "ru" and root.get("dir") == "ltr"
    assert root.find("head/title").text == "RU Strike at the Minsk plant"
    metas = {m.get("name"): m.get("content") for m in root.iter("meta") if m.get("name")}
    assert metas["dcterms.source"] == "corpus/rich.md"
    assert metas["dcterms.language"] == "ru"
    assert metas["dcterms.modified"] == "2024-05-06T10:30+02:00"
    assert "@media print" in root.find("head/style").text
    assert '<time datetime="2024-05-06T10:30+02:00">6 мая 2024\u202fг.</time>' in doc  # CLDR long date


def test_markdown_inline_is_rendered_and_structure_kept(rich_project) -> None:
    write_catalogs(rich_project, "rich", "ru", upper)
    doc = page(rebuild(rich_project, rich_project.statement("rich"), "ru"))
    assert "<h1>RU Strike at the <em>Minsk</em> plant</h1>" in doc
    assert '<a href="https://example.org/press" title="Press">the press</a>' in doc
    assert "<li>RU Release of all <em>detained</em> workers.</li>" in doc
    assert "<ol>" in doc and "<blockquote>" in doc and "<table>" in doc
    assert "<code>press@example.org</code>" in doc


def test_raw_html_and_script_urls_in_a_translation_are_escaped(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "# T\n\nHello. Click.\n"})
    write_catalogs(project, "s", "ru", {"T": "Т", "Hello.": "<script>alert(1)</script> & <b>x</b>",
                                        "Click.": "[here](javascript:alert(1))."})
    doc = page(rebuild(project, project.statement("s"), "ru"))
    parse(doc)
    assert "<script>" not in doc and "<b>" not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;" in doc
    assert 'href="javascript' not in doc


@pytest.mark.parametrize("lang", ["ar", "he", "fa"])
def test_rtl_languages(tmp_path, lang) -> None:
    project = make(tmp_path, {"s.md": "# Title\n\nOne. Two.\n"}, targets=(lang,))
    write_catalogs(project, "s", lang, {"Title": "عنوان", "One.": "واحد."})
    doc = page(rebuild(project, project.statement("s"), lang))
    root = parse(doc)
    assert root.get("lang") == lang and root.get("dir") == "rtl"
    # The English fallback of a draft keeps its own language and direction.
    assert '<mark class="untranslated" lang="en" dir="ltr">Two.</mark>' in doc


def test_draft_marks_are_valid_even_across_emphasis(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "*Start here. End here*. Last.\n"})
    write_catalogs(project, "s", "ru", {"End here*.": "Конец*.", "Last.": "Всё."})
    doc = page(rebuild(project, project.statement("s"), "ru"))
    parse(doc)
    assert '<p><em><mark class="untranslated" lang="en">Start here.</mark> Конец</em>. Всё.</p>' in doc


def test_a_whole_untranslated_block_is_one_mark(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "# Title\n\nOne *two*. Three.\n"})
    write_catalogs(project, "s", "ru", {"Title": "Заголовок"})
    doc = page(rebuild(project, project.statement("s"), "ru"))
    parse(doc)
    assert '<p><mark class="untranslated" lang="en">One <em>two</em>. Three.</mark></p>' in doc


def test_source_page_and_plain_statement(tmp_path) -> None:
    project = make(tmp_path, {"s.txt": "Plain <text> & more.\n\nSecond.\n"})
    doc = page(rebuild(project, project.statement("s"), "en"))
    parse(doc)
    assert "<p>Plain &lt;text&gt; &amp; more.</p>\n<p>Second.</p>" in doc
    assert "<title>s</title>" in doc


def test_index_page_links_languages_with_hreflang() -> None:
    doc = index_page("Statements", "en", [IndexEntry("A *title*", "en", [
        Alternate("en", "en/a.html"), Alternate("pt_BR", "pt_BR/a.html")])])
    parse(doc)
    assert '<a href="pt_BR/a.html" hreflang="pt-BR" lang="pt-BR">português (Brasil)</a>' in doc
    assert '<span lang="en">A title</span>' in doc


def test_render_txt_strips_inline_markup(rich_project) -> None:
    write_catalogs(rich_project, "rich", "ru", upper)
    text = render(rebuild(rich_project, rich_project.statement("rich"), "ru"), "txt")
    assert text.startswith("RU Strike at the Minsk plant\n\n")
    assert "RU Its leader, J. Smith, spoke to the press (https://example.org/press)." in text
    assert "- RU Release of all detained workers.\n- RU A re-run" in text
    assert "1. RU First step.\n2. RU Second step." in text
    assert "*" not in text and "`" not in text and "#" not in text


def test_plain_text_layout() -> None:
    source = (DATA / "rich.md").read_text()
    text = markdown_to_text(source)
    assert "    The regime must stop the violence. It has no legitimacy. Nobody believes its figures." in text
    assert "Country | Cases\nBelarus | Many arrests" in text
    assert "    code stays as it is" in text
    assert "Contact: press@example.org or https://example.org." in text
