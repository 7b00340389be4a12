"""Helpers for QA check tests: catalogs built in memory, one entry at a time."""

from __future__ import annotations

import polib

from workbench import languages
from workbench.catalog import parse_catalog
from workbench.checks import Finding, check_entry, context_for

PLURALS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
}


def po_text(entries: str, lang: str = "ru", plural_forms: str | None = None,
            extra_headers: str = "") -> str:
    forms = plural_forms or PLURALS.get(lang) or languages.plural_forms(lang)
    return (
        'msgid ""\nmsgstr ""\n'
        f'"Language: {lang}\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {forms}\\n"\n{extra_headers}\n{entries}'
    )


def catalog(entries: str, lang: str = "ru", **kwargs: str) -> polib.POFile:
    return parse_catalog(po_text(entries, lang, **kwargs).encode("utf-8"))


def entry(msgid: str, msgstr: str, *, flags: str = "", comment: str = "",
          ref: str = "") -> str:
    """PO text of one entry (msgid and msgstr escaped)."""
    lines = []
    if comment:
        lines += [f"# {c}" for c in comment.split("\n")]
    if ref:
        lines.append(f"#: {ref}")
    if flags:
        lines.append(f"#, {flags}")
    lines.append(f"msgid {quote(msgid)}")
    lines.append(f"msgstr {quote(msgstr)}")
    return "\n".join(lines) + "\n\n"


def quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = escaped.replace("\t", "\\t")
    return f'"{escaped}"'


def findings(msgid: str, msgstr: str, lang: str = "ru", checks: list[str] | None = None,
             *, markdown: bool = False, **kwargs: str) -> list[Finding]:
    """Findings of one entry, from the checks named (default: all)."""
    ref = "corpus/demo.md:1" if markdown else ""
    cat = catalog(entry(msgid, msgstr, ref=ref, **kwargs), lang)
    ctx = context_for(cat, lang, checks=checks)
    return check_entry(cat[0], ctx)


def ids(msgid: str, msgstr: str, lang: str = "ru", checks: list[str] | None = None,
        **kwargs: object) -> list[str]:
    return [f.check for f in findings(msgid, msgstr, lang, checks, **kwargs)]  # type: ignore[arg-type]
