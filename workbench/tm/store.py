"""The index on disk (.workbench/tm/<lang>/), brought up to date with the files incrementally.

The index is a cache: the catalogs and tm/ are the truth, and deleting .workbench/ only costs
a rebuild. A *base* segment holds everything at the last full build; files that change later
are masked out of it ("dead") and indexed again, with new files, in a small *delta* segment.
When the delta grows past a share of the base, everything is rebuilt into a new base; units
of unchanged files are then copied from the old segments, not parsed again.
A file is unchanged when its size and mtime are, or (touched) its SHA-256 is.
"""

from __future__ import annotations

import gc
import json
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError
from workbench.tm.progress import Progress, note
from workbench.tm.segment import FORMAT, Columns, Segment, build_segment
from workbench.tm.settings import TMSettings
from workbench.tm.sources import SourceFile, fingerprint, project_sources, read_source, unchanged

DELTA_MIN = 20_000  # a delta this small never forces a full rebuild
DELTA_SHARE = 0.2
DEAD_SHARE = 0.3
STALE_SECONDS = 600  # leftover segment folders older than this are removed


@dataclass
class LoadedIndex:
    segments: list[Segment]
    files: dict[str, dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    rebuilt: str = ""  # "", "full" or "delta"


@dataclass
class _Job:
    """What one (re)build needs to know."""

    folder: Path
    source_lang: str
    lang: str
    settings: TMSettings
    progress: bool | None
    old: list[Segment] = field(default_factory=list)
    records: dict[str, dict] = field(default_factory=dict)  # the manifest's, before this build
    stale: set[str] = field(default_factory=set)


def index_folder(project: Any, lang: str) -> Path:
    return project.cache_dir / "tm" / lang


def _read_manifest(folder: Path, source_lang: str) -> dict | None:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = (isinstance(manifest, dict) and manifest.get("format") == FORMAT
          and manifest.get("source_language") == source_lang
          and all((folder / name / "meta.json").is_file() for name in manifest.get("segments", [None])))
    return manifest if ok else None


@contextmanager
def bulk_load():
    """Millions of new objects and no cycles among them: the cyclic GC would only rescan them
    over and over (a 1M-unit import took three times as long with it)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def open_index(project: Any, lang: str, settings: TMSettings, *, progress: bool | None = None) -> LoadedIndex:
    """Load the index of ``lang``, updating it first for files that changed."""
    with bulk_load():
        return _open_index(project, lang, settings, progress)


def _open_index(project: Any, lang: str, settings: TMSettings, progress: bool | None) -> LoadedIndex:
    folder = index_folder(project, lang)
    job = _Job(folder, project.config.source_language, lang, settings, progress)
    manifest = _read_manifest(folder, job.source_lang)
    current = project_sources(project, lang)
    if manifest is None:
        return _full(job, current)
    job.records = manifest["files"]
    job.stale = {src.rel for src in current if not unchanged(job.records.get(src.rel), src)}
    job.stale |= {rel for rel in job.records if rel not in {src.rel for src in current}}
    if not job.stale:
        _refresh_stamps(folder, manifest, current)
        return _load(folder, manifest, "")
    job.old = _load(folder, manifest, "").segments
    return _update(job, manifest, current)


def _refresh_stamps(folder: Path, manifest: dict, current: list[SourceFile]) -> None:
    """Touched-but-identical files: remember the new mtime so the hash is not taken again."""
    dirty = False
    for src in current:
        record, stamp = manifest["files"][src.rel], src.stamp()
        if record.get("mtime_ns") != stamp["mtime_ns"]:
            record.update(stamp)
            dirty = True
    if dirty:
        _write_manifest(folder, manifest)


def _update(job: _Job, manifest: dict, current: list[SourceFile]) -> LoadedIndex:
    records = job.records
    in_base = {rel for rel, r in records.items() if r.get("seg") == 0}
    dead = set(manifest.get("dead", [])) | {records[rel]["idx"] for rel in job.stale & in_base}
    dead_units = sum(r["units"] for r in records.values() if r.get("seg") == 0 and r["idx"] in dead)
    base_n = job.old[0].n
    delta = [src for src in current if src.rel not in in_base or src.rel in job.stale]
    # Units the delta would hold: known for unchanged files, guessed (~200 bytes each) for the rest.
    guess = sum(records[s.rel]["units"] if s.rel not in job.stale else s.stamp()["size"] // 200
                for s in delta)
    limit = max(DELTA_MIN, DELTA_SHARE * (base_n - dead_units))
    if guess > limit or dead_units > DEAD_SHARE * max(base_n, 1):
        return _full(job, current)
    new_records, cols, seg_files = _collect(job, delta, seg_no=1)
    if len(cols) > limit:
        return _full(job, current)
    kept = {rel: r for rel, r in records.items() if rel in in_base and rel not in job.stale}
    delta_seg = build_segment(job.folder, cols, seg_files)
    replaced = manifest["segments"][1:]
    manifest.update(segments=[manifest["segments"][0], delta_seg.name], dead=sorted(dead),
                    files={**kept, **new_records})
    _write_manifest(job.folder, manifest)
    _cleanup(job.folder, manifest, replaced)
    return _load(job.folder, manifest, "delta")


def _full(job: _Job, current: list[SourceFile]) -> LoadedIndex:
    records, cols, seg_files = _collect(job, current, seg_no=0)
    job.folder.mkdir(parents=True, exist_ok=True)
    if len(cols) > 100_000:
        note(f"Indexing {len(cols):,} {job.lang} units…", enabled=False if job.progress is False else None)
    base = build_segment(job.folder, cols, seg_files)
    manifest = {"format": FORMAT, "source_language": job.source_lang, "lang": job.lang,
                "segments": [base.name], "dead": [], "files": records}
    _write_manifest(job.folder, manifest)
    _cleanup(job.folder, manifest, [seg.folder.name for seg in job.old])
    return _load(job.folder, manifest, "full")


def _collect(job: _Job, sources: list[SourceFile], seg_no: int) -> tuple[dict, Columns, list[dict]]:
    """Units of ``sources``: copied from the old segments when unchanged, else read; a file
    that cannot be read becomes a warning (kept until it changes), not a failed index."""
    records: dict[str, dict] = {}
    cols = Columns()
    seg_files: list[dict] = []
    fresh = {src.rel for src in sources if src.rel in job.stale or src.rel not in job.records
             or not job.old}
    with Progress(f"Reading {job.lang} memories", sum(s.stamp()["size"] for s in sources if s.rel in fresh),
                  unit="bytes", enabled=False if job.progress is False else None) as bar:
        for src in sources:
            old = job.records.get(src.rel)
            if src.rel not in fresh and old is not None and old.get("seg") is None:
                records[src.rel] = old  # unchanged and unreadable: keep the error
                continue
            idx = len(seg_files)
            if src.rel not in fresh and old is not None:
                cols.add_rows(job.old[old["seg"]], old["idx"], idx)
                record = {**old, "seg": seg_no, "idx": idx}
            else:
                record = _read(job, src, cols, idx, bar)
                if record.get("error"):
                    records[src.rel] = record
                    continue
            seg_files.append({"rel": src.rel, "origin": src.origin, "imported": src.imported})
            records[src.rel] = {**record, "seg": seg_no, "idx": idx}
    return records, cols, seg_files


def _read(job: _Job, src: SourceFile, cols: Columns, idx: int, bar: Progress) -> dict:
    record = fingerprint(src)
    start = bar.done
    try:
        units = read_source(src, job.source_lang, job.lang, job.settings,
                            lambda n: bar.update(start + n), record["sha256"])
    except WorkbenchError as exc:
        return {**record, "seg": None, "idx": None, "units": 0, "error": str(exc)}
    finally:
        bar.update(start + record["size"])
    cols.add_units(units, idx)
    return {**record, "units": len(units)}


def _load(folder: Path, manifest: dict, rebuilt: str) -> LoadedIndex:
    segments = [Segment(folder / name) for name in manifest["segments"]]
    segments[0].kill_files(set(manifest.get("dead", [])))
    warnings = [f"skipped in the TM: {r['error']}" for r in manifest["files"].values() if r.get("error")]
    return LoadedIndex(segments, manifest["files"], warnings, rebuilt)


def _write_manifest(folder: Path, manifest: dict) -> None:
    atomic_write_text(folder / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))


def _cleanup(folder: Path, manifest: dict, replaced: list[str]) -> None:
    """Remove replaced segments now, and leftovers of crashed or concurrent builds when stale."""
    keep = set(manifest["segments"])
    now = time.time()
    for path in folder.iterdir():
        if path.is_dir() and path.name not in keep and (
                path.name in replaced or now - path.stat().st_mtime > STALE_SECONDS):
            shutil.rmtree(path, ignore_errors=True)
