"""A web page's article: the statement, not the site's navigation, banners and footers.

The article is the page's ``<article>`` (the one with most text), else its ``<main>``, else
what readability-lxml (the Readability algorithm, maintained) picks as the page's content.
Navigation, headers, footers, sidebars, forms and scripts are dropped first, by element and
by ARIA role. The title comes with it: a page often puts its ``<h1>`` above the article.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form",
              "iframe", "button", "svg", "dialog")
_DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "dialog")
_DROP_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|cookie|share|social|"
                         r"sidebar|related|comments?|subscribe|newsletter|advert|ads|skip|byline|dateline|"
                         r"post-meta|entry-meta|author|tags)"
                         r"(?:$|[\s_-])", re.I)
_TAG = re.compile(rb"<\s*/?\s*[a-zA-Z!]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def read_html(path: Path, data: bytes) -> tuple[Any, str]:
    """The article of a page as an element tree, and the page's title."""
    import lxml.html

    text = _decode(path, data)
    _check_markup(path, text)
    try:
        page = lxml.html.document_fromstring(text)
    except Exception as exc:  # lxml raises ParserError and others on hopeless input
        raise WorkbenchError(f"malformed HTML: {exc}", path=path) from exc
    title = _page_title(page)
    _drop_boilerplate(page)
    article = _article(page)
    if article is None or not "".join(article.itertext()).strip():
        raise WorkbenchError("malformed HTML: no article text found", path=path)
    if title and not any(el.tag in ("h1", "h2") for el in article.iter()):
        heading = lxml.html.Element("h1")
        heading.text = title
        article.insert(0, heading)
    return article, title


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise WorkbenchError("not an HTML document (binary data)", path=path)
    declared = _CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in [*encodings, "utf-8"]:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    raise WorkbenchError("malformed HTML: not UTF-8 and no charset declared", path=path,
                         hint="save the page as UTF-8")


def _check_markup(path: Path, text: str) -> None:
    """What no browser would show as a page: no tags, or markup cut off mid-tag."""
    if not _TAG.search(text.encode("utf-8", "replace")[:65536]):
        raise WorkbenchError("malformed HTML: no markup at all", path=path,
                             hint="give plain text as .txt")
    tail = text.rstrip()
    if tail.rfind("<") > tail.rfind(">") or tail.count("<!--") > tail.count("-->"):
        line = text.count("\n", 0, text.rfind("<")) + 1
        raise WorkbenchError("malformed HTML: the file ends inside a tag or comment "
                             "(truncated?)", path=path, line=line)


def _page_title(page: Any) -> str:
    for el in page.iter("h1"):
        if not _in_boilerplate(el) and el.text_content().strip():
            return " ".join(el.text_content().split())
    found = page.find(".//title")
    if found is None or not found.text_content().strip():
        return ""
    return re.split(r"\s+[|–—·]\s+", found.text_content().strip())[0]


def _in_boilerplate(element: Any) -> bool:
    return any(a.tag in ("nav", "footer", "aside") or a.get("role") in _DROP_ROLES
               for a in element.iterancestors())


def _drop_boilerplate(page: Any) -> None:
    doomed = []
    for el in page.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions
            continue
        if el.tag in _DROP_TAGS or el.get("role") in _DROP_ROLES or el.get("aria-hidden") == "true":
            doomed.append(el)
        elif el.tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors()):
            doomed.append(el)  # the site's header; an article's own header stays
        elif el.tag in ("div", "section", "ul", "p") and _DROP_CLASS.search(
                f"{el.get('class', '')} {el.get('id', '')}"):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _article(page: Any) -> Any:
    articles = list(page.iter("article"))
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))
    for el in page.iter():
        if el.tag == "main" or el.get("role") == "main":
            return el
    return _readability(page)


def _readability(page: Any) -> Any:
    import lxml.html
    from readability import Document

    body = page.find("body")
    if body is not None and len(body.text_content()) < 2000:
        return body  # a short page is all article; Readability wants more text to judge
    try:
        summary = Document(lxml.html.tostring(page, encoding="unicode")).summary(html_partial=True)
        return lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability's Unparseable and lxml's errors: no article to be found
        return None
