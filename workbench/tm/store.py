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
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.progress import Progress, note
from workbench.tm.segbuild import Columns, build_segment
from workbench.tm.segment import FORMAT, DamagedSegment, Segment
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


def index_folder(project: Project, lang: str) -> Path:
    return project.cache_dir / "tm" / lang


_SEGMENT_NAME = re.compile(r"^seg-[0-9a-f]{12}$")


def _read_manifest(folder: Path, source_lang: str) -> tuple[dict | None, str]:
    """The manifest, or None and why not ('' when there is none yet or it is an old format:
    a plain rebuild; a reason when it is damaged: the rebuild is reported)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, ""
    except (OSError, ValueError) as exc:
        return None, f"manifest.json: {exc}"
    if not isinstance(manifest, dict):
        return None, "manifest.json: malformed"
    if manifest.get("format") != FORMAT or manifest.get("source_language") != source_lang:
        return None, ""
    problem = _manifest_problem(manifest)
    if problem:
        return None, f"manifest.json: {problem}"
    missing = [name for name in manifest["segments"] if not (folder / name / "meta.json").is_file()]
    return (None, f"{missing[0]}: missing") if missing else (manifest, "")


def _manifest_problem(m: dict) -> str:
    """What is wrong with a manifest's fields ('' when nothing): a damaged one must not make
    the index double or drop units."""
    segments, dead, files = m.get("segments"), m.get("dead"), m.get("files")
    if not isinstance(segments, list) or not 1 <= len(segments) <= 2 or len(set(segments)) != len(segments) \
            or not all(isinstance(n, str) and _SEGMENT_NAME.match(n) for n in segments):
        return "bad segment list"
    if not isinstance(dead, list) or not all(_is_int(d) for d in dead):
        return "bad dead list"
    if not isinstance(files, dict):
        return "bad file list"
    placed: set[tuple[object, object]] = set()
    for rel, r in files.items():
        if not isinstance(r, dict) or not all(_is_int(r.get(k)) for k in ("size", "mtime_ns", "units")) \
                or not isinstance(r.get("sha256"), str):
            return f"bad record for {rel}"
        if r.get("seg") is None:
            continue
        seg, idx = r.get("seg"), r.get("idx")
        if seg not in range(len(segments)) or not _is_int(idx) or (seg, idx) in placed:
            return f"bad place for {rel}"
        placed.add((seg, idx))
    return ""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@contextmanager
def bulk_load() -> Iterator[None]:
    """Millions of new objects and no cycles among them: the cyclic GC would only rescan them
    over and over (a 1M-unit import took three times as long with it)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def open_index(project: Project, lang: str, settings: TMSettings, *, progress: bool | None = None) -> LoadedIndex:
    """Load the index of ``lang``, updating it first for files that changed. A damaged index
    (files truncated, zeroed or missing, a malformed manifest) is rebuilt, with one warning."""
    with bulk_load():
        try:
            return _open_index(project, lang, settings, progress)
        except DamagedSegment as exc:
            damage = str(exc)
        shutil.rmtree(index_folder(project, lang), ignore_errors=True)
        loaded = _open_index(project, lang, settings, progress)
        loaded.warnings.insert(0, _damaged(project, lang, damage))
        return loaded


def _damaged(project: Project, lang: str, why: str) -> str:
    rel = index_folder(project, lang).relative_to(project.root).as_posix()
    return f"the TM index in {rel} was damaged ({why}); rebuilt it from the files"


def _open_index(project: Project, lang: str, settings: TMSettings, progress: bool | None) -> LoadedIndex:
    folder = index_folder(project, lang)
    job = _Job(folder, project.config.source_language, lang, settings, progress)
    manifest, damage = _read_manifest(folder, job.source_lang)
    current = project_sources(project, lang)
    if manifest is None:
        loaded = _full(job, current)
        if damage:
            loaded.warnings.insert(0, _damaged(project, lang, damage))
        return loaded
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
    count = len(units)
    cols.add_units(units, idx, consume=True)
    if count >= 10_000:  # measured: without this, the parsed units' memory (~0.5 GB at 1M)
        gc.collect()     # stays taken through the index build, bulk_load having paused the GC
    return {**record, "units": count}


def _load(folder: Path, manifest: dict, rebuilt: str) -> LoadedIndex:
    segments = [Segment(folder / name) for name in manifest["segments"]]
    _check_records(segments, manifest["files"])
    segments[0].kill_files(set(manifest.get("dead", [])))
    warnings = [f"skipped in the TM: {r['error']}" for r in manifest["files"].values() if r.get("error")]
    return LoadedIndex(segments, manifest["files"], warnings, rebuilt)


def _check_records(segments: list[Segment], records: dict[str, dict]) -> None:
    """Every indexed file is where the manifest says, with as many units."""
    counts = [np.bincount(seg.file_idx, minlength=len(seg.files)) for seg in segments]
    for rel, r in records.items():
        if r.get("seg") is None:
            continue
        seg, idx = r["seg"], r["idx"]
        if seg >= len(segments) or idx >= len(segments[seg].files) \
                or segments[seg].files[idx].get("rel") != rel or int(counts[seg][idx]) != r["units"]:
            raise DamagedSegment(f"manifest.json: {rel} is not where it says")


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
