"""Publication records: what went out, so a later erratum shows what is out of date.

Every export that passes the gate writes ``published/<slug>.<lang>.json`` (committed with the
project): the statement, the language, when, the files written, and for each segment its
source sentence with a fingerprint of the source and of the translation published. After a
source correction and ``workbench update``, :func:`compare` lists exactly the segments whose
source changed (a new translation and review are due), the ones retranslated since, and the
sentences that are gone; ``workbench export --changed`` re-publishes those languages.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polib

from workbench.atomic import atomic_write_text
from workbench.catalog.pofile import read_catalog
from workbench.errors import WorkbenchError
from workbench.export.reassemble import Rebuilt
from workbench.project import Project

FOLDER = "published"
FORMAT_VERSION = 1


def _sha(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def source_fingerprint(msgid: str, msgctxt: str | None = None) -> str:
    return _sha(msgctxt or "", msgid)


def translation_fingerprint(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return _sha(*(v for _, v in sorted((int(k), v) for k, v in entry.msgstr_plural.items())))
    return _sha(entry.msgstr or "")


def record_path(project: Project, slug: str, lang: str) -> Path:
    return project.inside(Path(FOLDER) / f"{slug}.{lang}.json")


def build_record(rebuilt: Rebuilt, files: list[str]) -> dict[str, Any]:
    """The record of publishing REBUILT: one item per distinct source sentence, in order."""
    segments: list[dict[str, Any]] = []
    seen: set[str] = set()
    for block, pieces in rebuilt.blocks:
        for piece in pieces:
            if piece.source in seen:
                continue
            seen.add(piece.source)
            entry = rebuilt.catalog.find(piece.source) if rebuilt.catalog is not None else None
            published = entry is not None and not piece.fallback
            segments.append({"line": block.line, "source": piece.source,
                             "source_fingerprint": source_fingerprint(piece.source),
                             "translation_fingerprint":
                                 translation_fingerprint(entry) if published else None})
    return {"format": FORMAT_VERSION, "statement": rebuilt.statement.slug,
            "language": rebuilt.lang, "source_language": rebuilt.statement.source_language,
            "published": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "files": sorted(set(files)), "segments": segments}


def write_record(project: Project, rebuilt: Rebuilt, written: Path) -> Path:
    """Record a publication. Exporting the same text again keeps the record's date and adds the
    file to its list; only a changed text makes a new record."""
    path = record_path(project, rebuilt.statement.slug, rebuilt.lang)
    try:
        shown = written.resolve().relative_to(project.root).as_posix()
    except ValueError:
        shown = str(written)
    record = build_record(rebuilt, [shown])
    old = read_record(path)
    if old is not None and old.get("segments") == record["segments"]:
        # the same text again (another format, or exported twice): no new publication date,
        # and no rewrite at all when nothing is new, so git status stays clean
        record["files"] = sorted(set(old.get("files", [])) | {shown})
        record["published"] = old.get("published", record["published"])
        if record == old:
            return path
    atomic_write_text(path, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return path


def read_record(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise WorkbenchError(f"not a publication record: {exc}", path=path,
                             hint="restore it from git, or delete it and export again") from None
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise WorkbenchError("not a publication record (no segments)", path=path)
    return data


@dataclass
class Outdated:
    """How a published language differs from its catalog now."""

    slug: str
    lang: str
    published: str  # when
    changed: list[str] = field(default_factory=list)  # source changed: translate and review
    retranslated: list[str] = field(default_factory=list)  # same source, new translation
    removed: list[str] = field(default_factory=list)  # published sentences no longer in the source

    @property
    def out_of_date(self) -> bool:
        return bool(self.changed or self.retranslated or self.removed)

    def as_dict(self) -> dict[str, Any]:
        return {"statement": self.slug, "lang": self.lang, "published": self.published,
                "out_of_date": self.out_of_date, "changed": self.changed,
                "retranslated": self.retranslated, "removed": self.removed}


def compare(project: Project, slug: str, lang: str) -> Outdated | None:
    """The published record against the catalog now; None if never published."""
    record = read_record(record_path(project, slug, lang))
    if record is None:
        return None
    result = Outdated(slug, lang, str(record.get("published", "")))
    path = project.po_path(lang, slug)
    current = [e for e in read_catalog(path) if not e.obsolete and e.msgid] if path.exists() else []
    published = {s.get("source_fingerprint"): s for s in record["segments"] if isinstance(s, dict)}
    now = set()
    for entry in current:
        key = source_fingerprint(entry.msgid, entry.msgctxt)
        now.add(key)
        before = published.get(key)
        if before is None:
            result.changed.append(entry.msgid)
        elif before.get("translation_fingerprint") not in (None, translation_fingerprint(entry)):
            result.retranslated.append(entry.msgid)
    result.removed = [str(s.get("source", "")) for k, s in published.items() if k not in now]
    return result


def published_languages(project: Project, slugs: list[str] | None = None) -> list[Outdated]:
    """Every (statement, language) with a record, compared with its catalog now."""
    out = []
    for statement, lang, _path in project.catalogs(None, slugs):
        found = compare(project, statement.slug, lang)
        if found is not None:
            out.append(found)
    return out
