"""Pushes wait in .workbench/shared/outbox/ until the server has taken them.

``queue_units`` files the project's confirmed units whose latest queued version differs (a
ledger of 64-bit key and content hashes remembers them) as outbox files; ``deliver`` sends each
file in one transaction and deletes it only after the commit. A push interrupted anywhere is
sent again in full on the next sync; the server skips what it already holds.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import numpy as np

from workbench.atomic import atomic_write_bytes, atomic_write_text
from workbench.project import Project
from workbench.tm.settings import settings_of
from workbench.tm.shared.config import SharedConfig
from workbench.tm.shared.local import State, shared_dir
from workbench.tm.shared.rows import PushRow, changed_iso, content_hash, origin_key
from workbench.tm.sources import SourceFile, fingerprint, project_sources, read_source, unchanged
from workbench.tm.units import Unit

OUTBOX_BATCH = 50_000


def outbox_dir(project: Project) -> Path:
    return shared_dir(project) / "outbox"


def _ledger_path(project: Project) -> Path:
    return shared_dir(project) / "queued.npy"


def _load_ledger(project: Project) -> np.ndarray:
    """(key, content) hash pairs of the latest version queued per origin key, sorted by key."""
    try:
        ledger = np.load(_ledger_path(project))
        if ledger.dtype == np.uint64 and ledger.ndim == 2 and ledger.shape[1] == 2:
            return ledger
    except (OSError, ValueError):
        pass
    return np.zeros((0, 2), dtype=np.uint64)


def _save_ledger(project: Project, ledger: np.ndarray, new: np.ndarray) -> None:
    new = new[::-1][np.unique(new[::-1, 0], return_index=True)[1]]  # the last version per key
    kept = ledger[~np.isin(ledger[:, 0], new[:, 0])]
    merged = np.concatenate((kept, new))
    buffer = io.BytesIO()
    np.save(buffer, merged[np.argsort(merged[:, 0], kind="stable")])
    atomic_write_bytes(_ledger_path(project), buffer.getvalue())


def _hashes(row: PushRow) -> tuple[int, int]:
    return int(row.origin_key[:16], 16), int(row.content_hash[:16], 16)


def _not_queued(ledger: np.ndarray, rows: list[PushRow]) -> list[PushRow]:
    """Rows whose key was never queued, or last queued with other content."""
    if not len(ledger) or not rows:
        return rows
    pairs = np.array([_hashes(r) for r in rows], dtype=np.uint64)
    at = np.minimum(ledger[:, 0].searchsorted(pairs[:, 0]), len(ledger) - 1)
    same = (ledger[at, 0] == pairs[:, 0]) & (ledger[at, 1] == pairs[:, 1])
    return [r for r, known in zip(rows, same.tolist(), strict=True) if not known]


def author() -> str:
    return os.environ.get("WORKBENCH_AUTHOR") or getpass.getuser()


def pushable(src: SourceFile) -> bool:
    """The project's own catalogs and imported memories; never what was pulled, nor files
    linked from outside the project."""
    return src.kind != "shared" and not src.outside


def queue_units(project: Project, config: SharedConfig, state: State) -> int:
    """Put every confirmed unit not queued before into the outbox; returns how many.

    Files are read one at a time and their units turned into rows a step at a time, so a
    million-unit import is never held twice in memory."""
    settings = settings_of(project)
    source_lang = project.config.source_language
    ledger = _load_ledger(project)
    pending: list[PushRow] = []
    queued: list[np.ndarray] = []  # (key, content) hashes of what was queued, for the ledger
    seen_files: dict[str, dict] = {}
    for lang in project.config.target_languages:
        for src in project_sources(project, lang):
            if not pushable(src):
                continue
            tag = f"{lang}:{src.rel}"
            if unchanged(state.files.get(tag), src):
                seen_files[tag] = state.files[tag]
                continue
            units = read_source(src, source_lang, lang, settings)
            seen_files[tag] = fingerprint(src)
            while units:
                part = units[:OUTBOX_BATCH]
                del units[:OUTBOX_BATCH]
                rows = [_row(config, project, src.origin, source_lang, lang, u, state.client)
                        for u in part if not u.fuzzy and any(u.targets)]
                pending += _not_queued(ledger, rows)
                if len(pending) >= OUTBOX_BATCH:
                    queued.append(_write_outbox(project, pending))
                    pending = []
    if pending:
        queued.append(_write_outbox(project, pending))
    if queued:
        _save_ledger(project, ledger, np.concatenate(queued))
    state.files = seen_files
    return sum(len(q) for q in queued)


def _row(config: SharedConfig, project: Project, origin: str, source_lang: str, lang: str,
         unit: Unit, client: str) -> PushRow:
    key = origin_key(config.collection, project.config.name, origin, source_lang, lang, unit)
    return PushRow(key, content_hash(unit), config.collection, project.config.name, origin,
                   source_lang, lang, unit.source, unit.source_plural, unit.context, unit.targets,
                   author(), changed_iso(unit.changed), client)


def _write_outbox(project: Project, rows: list[PushRow]) -> np.ndarray:
    """One outbox file; returns the rows' (key, content) hashes."""
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.jsonl"
    text = "".join(json.dumps(r.as_json(), ensure_ascii=False) + "\n" for r in rows)
    atomic_write_text(outbox_dir(project) / name, text)
    return np.array([_hashes(r) for r in rows], dtype=np.uint64).reshape(-1, 2)


def pending_files(project: Project) -> list[Path]:
    folder = outbox_dir(project)
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def pending_units(project: Project) -> int:
    total = 0
    for path in pending_files(project):
        with open(path, "rb") as stream:
            total += sum(1 for _ in stream)
    return total


def read_outbox(path: Path) -> list[PushRow] | None:
    """The rows of an outbox file; None when it is damaged (it is then dropped, and its
    units queued again from the catalogs: the ledger is cleared)."""
    try:
        return [PushRow.from_json(json.loads(line))
                for line in path.read_text(encoding="utf-8").splitlines() if line]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def deliver(project: Project, send: Callable[[list[PushRow]], int],
            on_file: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Send every outbox file, oldest first, deleting each after its commit.

    Returns (units sent, units the server took as new). ``send`` raises to stop (offline).
    """
    sent = new = 0
    for path in pending_files(project):
        rows = read_outbox(path)
        if rows is None:
            path.unlink(missing_ok=True)
            forget_ledger(project)
            continue
        new += send(rows)
        sent += len(rows)
        path.unlink(missing_ok=True)
        if on_file:
            on_file(sent)
    return sent, new


def forget_ledger(project: Project) -> None:
    """Everything is queued again on the next sync (the server skips what it holds)."""
    _ledger_path(project).unlink(missing_ok=True)
    state_file = shared_dir(project) / "state.json"
    if state_file.is_file():
        try:
            data = json.loads(state_file.read_text(encoding="utf-8"))
            data["files"] = {}
            atomic_write_text(state_file, json.dumps(data, ensure_ascii=False, indent=1))
        except (OSError, ValueError, TypeError):
            state_file.unlink(missing_ok=True)
