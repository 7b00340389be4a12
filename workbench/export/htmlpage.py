"""Standalone HTML5 pages: one per statement and language, plus the index of an --all export.

The body is the translated Markdown rendered by markdown-it-py with raw HTML disabled, so a
translation can only bring emphasis, links and code; anything else is escaped. Untranslated
parts of a draft are wrapped in ``<mark class="untranslated" lang=..>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from babel import Locale

from workbench import __version__, languages
from workbench.errors import WorkbenchError
from workbench.export.md import to_markdown
from workbench.export.plain import markdown_inline_text, parser
from workbench.export.reassemble import Rebuilt, join_pieces

# Punctuation pairs that mark a draft's untranslated runs in the Markdown before rendering;
# punctuation, so that emphasis next to them still opens and closes. The first pair absent
# from the statement is used.
_SENTINELS = [("\u2e28", "\u2e29"), ("\u2985", "\u2986"), ("\u2997", "\u2998")]
_TAG = re.compile(r"<[^>]+>")

STYLE = """
body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff;
  font: 1.05rem/1.6 Georgia, "Times New Roman", serif; }
h1, h2, h3 { line-height: 1.25; font-family: "Helvetica Neue", Arial, sans-serif; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #ccc; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: .2rem .5rem; }
mark.untranslated { background: #fff1a8; outline: 1px dashed #b58900; }
footer { margin-top: 3rem; font-size: .85rem; color: #555; }
nav ul { padding-left: 1.2rem; } nav a { margin-right: .6rem; }
@media print {
  @page { margin: 2cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  mark.untranslated { background: none; outline: none; text-decoration: underline dotted; }
  footer { color: #000; }
}
""".strip()


@dataclass(frozen=True)
class Alternate:
    lang: str
    href: str


def _dir(lang: str) -> str:
    return "rtl" if languages.is_rtl(lang) else "ltr"


def page(rebuilt: Rebuilt, alternates: Sequence[Alternate] = ()) -> str:
    """The statement as a standalone HTML5 document."""
    st = rebuilt.statement
    title = markdown_inline_text(rebuilt.title())
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f'<meta name="generator" content="Workbench {__version__}">',
        f'<meta name="dcterms.source" content="{escape(_reference(rebuilt))}">',
        f'<meta name="dcterms.language" content="{_bcp47(rebuilt.lang)}">',
        f'<meta name="workbench.source-language" content="{_bcp47(st.source_language)}">',
    ]
    revised = _iso_date(rebuilt.revision_date())
    if revised:
        head.append(f'<meta name="dcterms.modified" content="{revised}">')
    published = published_date(rebuilt)
    if published:
        head.append(f'<meta name="dcterms.date" content="{published}">')
    head += [f'<link rel="alternate" hreflang="{_bcp47(a.lang)}" href="{escape(a.href)}">'
             for a in alternates]
    head.append(f"<style>\n{STYLE}\n</style>")
    body = _body(rebuilt)
    return _document(rebuilt.lang, head, f"<main>\n<article>\n{body}</article>\n</main>\n"
                     + _footer(rebuilt, revised))


def _document(lang: str, head: list[str], body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{_bcp47(lang)}" dir="{_dir(lang)}">\n<head>\n'
            + "\n".join(head) + f"\n</head>\n<body>\n{body}</body>\n</html>\n")


def _body(rebuilt: Rebuilt) -> str:
    open_, close = _sentinels(rebuilt.source)

    def mark(text: str) -> str:
        return f"{open_}{text}{close}"

    if rebuilt.statement.format == "md":
        html = parser().render(to_markdown(rebuilt, mark))
    else:
        html = "".join(f"<p>{escape(join_pieces(rebuilt, pieces, mark))}</p>\n"
                       for _block, pieces in rebuilt.blocks)
    source = rebuilt.statement.source_language
    attrs = f'class="untranslated" lang="{_bcp47(source)}"'
    if _dir(source) != _dir(rebuilt.lang):
        attrs += f' dir="{_dir(source)}"'
    return _marks(html, open_, close, f"<mark {attrs}>")


def _sentinels(text: str) -> tuple[str, str]:
    for pair in _SENTINELS:
        if pair[0] not in text and pair[1] not in text:
            return pair
    return _SENTINELS[0]


def _marks(html: str, open_: str, close: str, mark_open: str) -> str:
    """Turn sentinel pairs into <mark>; where a run crosses inline tags, mark each text piece."""
    pattern = re.compile(re.escape(open_) + "(.*?)" + re.escape(close), re.DOTALL)

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _balanced(inner):
            return f"{mark_open}{inner}</mark>"
        parts = re.split(r"(<[^>]+>)", inner)
        return "".join(p if p.startswith("<") or not p.strip() else f"{mark_open}{p}</mark>"
                       for p in parts)

    return pattern.sub(replace, html)


def _balanced(fragment: str) -> bool:
    stack: list[str] = []
    for tag in _TAG.findall(fragment):
        name = re.match(r"</?([A-Za-z0-9]+)", tag)
        if not name or tag.endswith("/>") or name.group(1).lower() in {"br", "img", "hr"}:
            continue
        if tag.startswith("</"):
            if not stack or stack.pop() != name.group(1):
                return False
        else:
            stack.append(name.group(1))
    return not stack


def _footer(rebuilt: Rebuilt, revised: str | None) -> str:
    """Provenance in the page's language: 'Английский → русский · 27 ноября 2026 г.'"""
    from babel.dates import format_date

    loc = languages.locale(rebuilt.lang)
    source = rebuilt.statement.source_language
    name_of = loc.languages.get
    from_name = name_of(languages.base_language(source)) or source
    parts = [escape(_capitalize(from_name))]
    if not rebuilt.is_source:
        parts[0] += f" → {escape(name_of(languages.base_language(rebuilt.lang)) or rebuilt.lang)}"
    published = published_date(rebuilt)
    if published:
        parts.append(f'<time datetime="{published}" class="published">'
                     f"{escape(_format_published(published, loc))}</time>")
    if revised:
        day = format_date(_parse_day(revised), "long", locale=loc)
        parts.append(f'<time datetime="{revised}">{escape(day)}</time>')
    reference = escape(_reference(rebuilt))
    return (f'<footer>\n<p class="provenance">{" · ".join(parts)} · '
            f'<code>{reference}</code></p>\n</footer>\n')


_W3C_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def published_date(rebuilt: Rebuilt) -> str | None:
    """When the source statement was published: ``[statements."<slug>"] published`` in
    workbench.toml, as a W3C date (2020, 2020-08 or 2020-08-12, as precise as is known)."""
    table = rebuilt.project.config.section("statements").get(rebuilt.statement.slug, {})
    value = table.get("published") if isinstance(table, dict) else None
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not _W3C_DATE.fullmatch(text):
        raise WorkbenchError(f"[statements.{rebuilt.statement.slug!r}] published = {text!r} "
                             "is not a date", path=rebuilt.project.root / "workbench.toml",
                             hint='write "2020", "2020-08" or "2020-08-12"')
    return text


def _format_published(value: str, loc: Locale) -> str:
    from babel.dates import format_date, format_skeleton

    if len(value) == 4:
        return value
    day = date(int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) > 7 else 1)
    if len(value) == 7:
        return str(format_skeleton("yMMMM", day, locale=loc))
    return str(format_date(day, "long", locale=loc))


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _reference(rebuilt: Rebuilt) -> str:
    return rebuilt.statement.path.relative_to(rebuilt.project.root).as_posix()


def _bcp47(code: str) -> str:
    return code.replace("_", "-")


_PO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?\s*([+-]\d{2}):?(\d{2}))?")


def _iso_date(value: str | None) -> str | None:
    """PO-Revision-Date ('2026-11-27 22:48+0000') as an HTML datetime ('2026-11-27T22:48+00:00')."""
    match = _PO_DATE.match(value or "")
    if not match:
        return None
    y, mo, d, h, mi, zh, zm = match.groups()
    if h is None:
        return f"{y}-{mo}-{d}"
    return f"{y}-{mo}-{d}T{h}:{mi}{zh}:{zm}"


def _parse_day(iso: str) -> date:
    return date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))


@dataclass(frozen=True)
class IndexEntry:
    title: str
    source_lang: str
    links: list[Alternate]


def index_page(title: str, lang: str, entries: Sequence[IndexEntry]) -> str:
    """The --all index: each statement with links to its languages (hreflang on every link)."""
    items = []
    for entry in entries:
        links = ", ".join(
            f'<a href="{escape(a.href)}" hreflang="{_bcp47(a.lang)}" lang="{_bcp47(a.lang)}">'
            f"{escape(languages.info(a.lang).native_name)}</a>" for a in entry.links)
        items.append(f'<li><span lang="{_bcp47(entry.source_lang)}">'
                     f"{escape(markdown_inline_text(entry.title))}</span>: {links}</li>")
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>", f'<meta name="generator" content="Workbench {__version__}">',
            f"<style>\n{STYLE}\n</style>"]
    body = (f"<main>\n<h1>{escape(title)}</h1>\n<nav>\n<ul>\n" + "\n".join(items)
            + "\n</ul>\n</nav>\n</main>\n")
    return _document(lang, head, body)
