"""What an alignment becomes: the statement's catalog for the language, or a TMX in ``tm/``,
and the table of links people read.

In a catalog, a confident 1–1 pair is translated; every other pair is fuzzy (a split
translation goes whole into its one source sentence; a merged one into the first of its
sources). Each filled entry says where it came from in a translator comment, which survives
msgmerge and ``workbench update``: ``aligned from FILE (1-1, confidence 0.93)``. Entries
already translated are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.align.document import Alignment, Link
from workbench.catalog.pofile import read_catalog, write_catalog
from workbench.project import Project
from workbench.tm.tmx import write_tmx
from workbench.tm.units import Unit

ORIGIN = "aligned from"


@dataclass
class Filled:
    translated: int = 0
    fuzzy: int = 0
    kept: int = 0  # already translated: left alone
    unknown: int = 0  # a source sentence that is not in the catalog


def texts(alignment: Alignment, link: Link) -> tuple[str, str]:
    return (" ".join(alignment.source[i].text for i in link.src),
            " ".join(alignment.target[j].text for j in link.tgt))


def fill_catalog(project: Project, slug: str, lang: str, alignment: Alignment,
                 origin: str) -> Filled:
    """Put the aligned translations into ``locales/<lang>/LC_MESSAGES/<slug>.po``."""
    path = project.po_path(lang, slug)
    if not path.exists():
        from workbench.catalog.update import run_update

        run_update(project, [slug])
    catalog = read_catalog(path)
    entries = {(e.msgid, e.msgctxt or ""): e for e in catalog if not e.obsolete and not e.msgid_plural}
    filled = Filled()
    for link in alignment.links:
        if not link.src or not link.tgt:
            continue
        first = alignment.source[link.src[0]].text
        entry = entries.get((first, ""))
        if entry is None:
            filled.unknown += 1
            continue
        if entry.msgstr and "fuzzy" not in entry.flags:
            filled.kept += 1
            continue
        entry.msgstr = texts(alignment, link)[1] if len(link.src) == 1 else _target(alignment, link)
        if link.confident:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            filled.translated += 1
        else:
            if "fuzzy" not in entry.flags:
                entry.flags.insert(0, "fuzzy")
            filled.fuzzy += 1
        _note(entry, f"{ORIGIN} {origin} ({link.kind}, confidence {link.confidence:.2f})")
        for i in link.src[1:]:  # merged: the others say where their translation went
            other = entries.get((alignment.source[i].text, ""))
            if other is not None and not other.msgstr:
                _note(other, f"{ORIGIN} {origin} (translated with the sentence before)")
    if filled.translated or filled.fuzzy:
        write_catalog(catalog, path)
    return filled


def _note(entry: Any, note: str) -> None:
    kept = [line for line in (entry.tcomment or "").splitlines() if not line.startswith(ORIGIN)]
    entry.tcomment = "\n".join([*kept, note])


def _target(alignment: Alignment, link: Link) -> str:
    """A merged translation (2–1) goes whole into the first source sentence."""
    return " ".join(alignment.target[j].text for j in link.tgt)


def write_aligned_tmx(path: Path, alignments: Iterable[tuple[Alignment, str]], src_lang: str,
                      tgt_lang: str) -> int:
    """Every pair with both sides as a TMX unit; the unsure ones marked fuzzy (x-fuzzy)."""
    units = []
    for alignment, origin in alignments:
        for link in alignment.links:
            if link.src and link.tgt:
                source, target = texts(alignment, link)
                units.append((Unit(source, (target,), fuzzy=not link.confident),
                              f"{ORIGIN} {origin}"))
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_tmx(path, units, src_lang, tgt_lang)


def link_rows(alignment: Alignment) -> list[dict[str, Any]]:
    rows = []
    for number, link in enumerate(alignment.links, 1):
        source, target = texts(alignment, link)
        rows.append({"link": number, "kind": link.kind, "confidence": link.confidence,
                     "confident": link.confident, "source": source, "target": target,
                     "source_sentences": list(link.src), "target_sentences": list(link.tgt)})
    return rows


def table(alignment: Alignment, width: int = 120) -> str:
    """One line per link: number, kind, confidence, source → target (cut to fit)."""
    half = max(20, (width - 22) // 2)
    lines = [f"{'#':>4}  {'kind':<5}{'conf':>5}  {'source':<{half}} target"]
    for row in link_rows(alignment):
        mark = " " if row["confident"] else "?"
        lines.append(f"{row['link']:>4}  {row['kind']:<5}{row['confidence']:>5.2f}{mark} "
                     f"{_cut(row['source'], half):<{half}} {_cut(row['target'], half)}")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = text or "—"
    return text if len(text) <= width else text[: width - 1] + "…"
