"""This project's copy of the shared memory, in .workbench/shared/ (a cache: deleting it
costs one full pull; queued pushes are rebuilt from the catalogs on the next sync).

  state.json               server instance, this checkout's client id, pull cursor per language
  pulled/<lang>/*.jsonl    pulled units, one JSON array per line; each file is a TM source
  pulled/<lang>/*.keys.npy the 64-bit keys of a file's units, to find superseded ones
  outbox/*.jsonl           pushes waiting for the server (see outbox.py)

A pull writes its units as a new file, then moves the cursor. A unit whose key is already
held (a correction) replaces the older one, wherever it is, so every unit is held once even
when a pull is repeated after a crash between the two steps.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from workbench.atomic import atomic_write_bytes, atomic_write_text
from workbench.errors import CatalogError
from workbench.project import Project
from workbench.tm.shared.rows import PulledRow, safe_text
from workbench.tm.sources import remember_parsed
from workbench.tm.units import Unit

SMALL_FILE = 20_000  # pulled files below this many units are merged once there are many
MAX_SMALL_FILES = 12


def shared_dir(project: Project) -> Path:
    return project.cache_dir / "shared"


def pulled_dir(project: Project, lang: str) -> Path:
    return shared_dir(project) / "pulled" / lang


@dataclass
class State:
    instance: str = ""
    client: str = field(default_factory=lambda: uuid.uuid4().hex)
    scope: list[str] = field(default_factory=list)
    cursors: dict[str, int] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # pushed sources, fingerprints

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)


def load_state(project: Project) -> State:
    """The saved state; a fresh one (new client id, cursors at 0) when missing or malformed."""
    try:
        data = json.loads((shared_dir(project) / "state.json").read_text(encoding="utf-8"))
        state = State(**data)
    except (OSError, ValueError, TypeError):
        return State()
    ok = (isinstance(state.instance, str) and isinstance(state.client, str) and len(state.client) == 32
          and isinstance(state.scope, list) and isinstance(state.cursors, dict)
          and all(isinstance(v, int) and not isinstance(v, bool) for v in state.cursors.values())
          and isinstance(state.files, dict) and all(isinstance(v, dict) for v in state.files.values()))
    return state if ok else State()


def save_state(project: Project, state: State) -> None:
    atomic_write_text(shared_dir(project) / "state.json", state.as_json())


def key64(origin_key: str) -> int:
    return int(origin_key[:16], 16)


def _keys_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(".jsonl")] + ".keys.npy")


def pulled_files(project: Project, lang: str) -> list[Path]:
    folder = pulled_dir(project, lang)
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def store_pulled(project: Project, lang: str, rows: list[PulledRow], *, remember: bool = True) -> int:
    """Write pulled rows as a new file after dropping the older versions they replace;
    returns how many held units were superseded. ``remember``: hand the units to the index
    build that follows (a small pull; a big one would hold them all in memory)."""
    if not rows:
        return 0
    latest: dict[int, PulledRow] = {}
    for row in rows:  # one version per key (the highest seq)
        k = key64(row.origin_key)
        if k not in latest or latest[k].seq < row.seq:
            latest[k] = row
    incoming = np.fromiter(latest, dtype=np.uint64, count=len(latest))
    superseded = sum(_drop_keys(path, incoming) for path in pulled_files(project, lang))
    first = min(r.seq for r in latest.values())
    path = pulled_dir(project, lang) / f"{first:015d}-{uuid.uuid4().hex[:8]}.jsonl"
    _write_file(path, list(latest.values()), remember)
    _compact(project, lang)
    return superseded


def _write_file(path: Path, rows: list[PulledRow], remember: bool = False) -> None:
    lines = [json.dumps([r.origin_key, r.origin, r.unit.source, r.unit.source_plural,
                         r.unit.context, list(r.unit.targets), r.unit.changed], ensure_ascii=False)
             for r in rows]
    keys = np.array([key64(r.origin_key) for r in rows], dtype=np.uint64)
    path.parent.mkdir(parents=True, exist_ok=True)
    _save_keys(_keys_path(path), keys)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    atomic_write_bytes(path, data)
    if remember:  # the index reads this file next: hand it the units instead
        remember_parsed(hashlib.sha256(data).hexdigest(), {path.parent.name: [r.unit for r in rows]})


def _save_keys(path: Path, keys: np.ndarray) -> None:
    import io

    buffer = io.BytesIO()
    np.save(buffer, keys)
    atomic_write_bytes(path, buffer.getvalue())


def _file_keys(path: Path) -> np.ndarray:
    try:
        keys = np.load(_keys_path(path))
        if keys.dtype == np.uint64 and keys.ndim == 1:
            return keys
    except (OSError, ValueError):
        pass
    keys = np.array([key64(r.origin_key) for r in read_pulled(path)], dtype=np.uint64)
    _save_keys(_keys_path(path), keys)  # lost or damaged: made again from the file
    return keys


def _drop_keys(path: Path, incoming: np.ndarray) -> int:
    keys = _file_keys(path)
    gone = np.isin(keys, incoming)
    count = int(gone.sum())
    if count:
        kept = [r for r, dead in zip(read_pulled(path), gone.tolist(), strict=False) if not dead]
        if kept:
            _write_file(path, kept)
        else:
            path.unlink()
            _keys_path(path).unlink(missing_ok=True)
    return count


def _compact(project: Project, lang: str) -> None:
    """Many small files (one per sync) become one, so the index has few files to track."""
    small = [p for p in pulled_files(project, lang) if len(_file_keys(p)) < SMALL_FILE]
    if len(small) <= MAX_SMALL_FILES:
        return
    rows = [r for p in small for r in read_pulled(p)]
    _write_file(small[0].with_name(f"{small[0].stem}-m.jsonl"), rows)
    for path in small:
        path.unlink()
        _keys_path(path).unlink(missing_ok=True)


def read_pulled(path: Path) -> list[PulledRow]:
    """The rows of a pulled file; a damaged file is a CatalogError naming the line."""
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read pulled shared memory: {exc}", path=path,
                           hint="run 'workbench tm sync' again after deleting it") from None
    for number, line in enumerate(text.splitlines(), 1):
        row = _parse_line(line)
        if row is None:
            raise CatalogError("damaged pulled shared memory", path=path, line=number,
                               hint="delete .workbench/shared and run 'workbench tm sync'")
        rows.append(row)
    return rows


def _parse_line(line: str) -> PulledRow | None:
    try:
        key, origin, source, plural, context, targets, changed = json.loads(line)
    except (ValueError, TypeError):
        return None
    texts = (key, origin, source, plural, context, changed, *targets) if isinstance(targets, list) else ()
    if not texts or not all(isinstance(t, str) for t in texts) or len(key) != 64 \
            or not safe_text("\n".join(texts), len("\n".join(texts))):
        return None
    return PulledRow(0, key, origin, Unit(source, tuple(targets), plural, context,
                                          changed=changed, origin=origin))


def shared_units(path: Path) -> list[Unit]:
    """The units of a pulled file, for the TM index (each names its own origin)."""
    return [row.unit for row in read_pulled(path)]


def reset_pulled(project: Project) -> None:
    """Forget every pulled unit (another server, or another scope)."""
    import shutil

    shutil.rmtree(shared_dir(project) / "pulled", ignore_errors=True)


def held_units(project: Project, lang: str) -> int:
    return sum(len(_file_keys(p)) for p in pulled_files(project, lang))


def lock_path(project: Project) -> Path:
    path = shared_dir(project) / "sync.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path

