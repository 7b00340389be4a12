"""PO text for the TM tests, written in memory (imported by name: pytest puts this folder on
sys.path, and a module called "conftest" may be another folder's)."""

from __future__ import annotations

from pathlib import Path

from workbench.project import Project

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: {slug}\\n"
"Language: {lang}\\n"
"PO-Revision-Date: 2024-03-01 12:00+0000\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"
"""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def po_text(entries: list, slug: str = "x", lang: str = "ru") -> str:
    """Entries are (msgid, msgstr) or (msgid, msgstr, "fuzzy"), or a dict for plurals/refs."""
    out = [HEADER.format(slug=slug, lang=lang)]
    for n, entry in enumerate(entries, 1):
        if isinstance(entry, tuple):
            entry = {"msgid": entry[0], "msgstr": entry[1], "fuzzy": len(entry) > 2}
        lines = [f"#: corpus/{slug}.md:{n}"]
        lines += [f"#: corpus/{slug}.md:{m}" for m in entry.get("more_refs", [])]
        if entry.get("fuzzy"):
            lines.append("#, fuzzy")
        lines.append(f"msgid {_quote(entry['msgid'])}")
        if "plural" in entry:
            lines.append(f"msgid_plural {_quote(entry['plural'])}")
            lines += [f"msgstr[{i}] {_quote(f)}" for i, f in enumerate(entry["msgstrs"])]
        else:
            lines.append(f"msgstr {_quote(entry['msgstr'])}")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def write_po(project: Project, slug: str, entries: list, lang: str = "ru") -> Path:
    path = project.po_path(lang, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(entries, slug, lang), encoding="utf-8")
    if not (project.root / "corpus" / f"{slug}.md").exists():
        (project.root / "corpus" / f"{slug}.md").write_text(f"# {slug}\n", encoding="utf-8")
    return path
