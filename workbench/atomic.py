"""Atomic file writes: temporary file in the same folder, fsync, rename.

An interrupted write leaves the old file whole; readers never see half a file.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 600.0  # a temporary this old belongs to a writer that died


def temp_pattern(path: Path) -> str:
    """The glob of the temporaries ``atomic_write_bytes`` makes for ``path``."""
    return f".{glob.escape(path.name)}.{'?' * 8}{TEMP_SUFFIX}"  # mkstemp's 8 random characters


def sweep_temporaries(path: str | Path, older_than: float = STALE_SECONDS) -> int:
    """Remove temporaries of ``path`` left by a writer that was killed. Returns how many.

    Writers holding the file's lock pass ``older_than=0``: no live writer can own one then."""
    path = Path(path)
    now = time.time()
    removed = 0
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(temp_pattern(path)):
            with contextlib.suppress(OSError):
                if now - tmp.lstat().st_mtime >= older_than:
                    tmp.unlink()
                    removed += 1
    return removed


def _named(exc: OSError, path: Path) -> OSError:
    """The same error, naming the file the user asked for rather than a temporary."""
    if exc.errno is None:
        return exc
    return OSError(exc.errno, exc.strerror, str(path))


def _write_temporary(path: Path, data: bytes) -> str:
    """A fsynced temporary next to ``path`` holding ``data``, with the file's permissions."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_temporaries(path, older_than=0)  # under the file's lock: a dead writer's
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions a user gave the file.
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    atomic_write_many({Path(path): data})


def atomic_write_many(files: dict[Path, bytes]) -> None:
    """Write several files all or nothing: every temporary is written before any is renamed,
    so a full disk or a read-only folder leaves every file as it was. OSErrors name the file.
    Each file's lock is held throughout (see workbench.locking)."""
    from workbench.locking import files_locked

    with files_locked(files):
        _write_all(files)


def _write_all(files: dict[Path, bytes]) -> None:
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            try:
                temps.append((_write_temporary(Path(path), data), Path(path)))
            except OSError as exc:
                raise _named(exc, Path(path)) from exc
        for tmp, path in temps:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise _named(exc, path) from exc
    except BaseException:
        for tmp, _path in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    for folder in dict.fromkeys(path.parent for _tmp, path in temps):
        _fsync_dir(folder)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when it was read, to detect changes by someone else."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> Fingerprint:
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    @classmethod
    def of(cls, path: str | Path) -> Fingerprint | None:
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        return cls.of_bytes(path, data)

    def same_content(self, other: Fingerprint | None) -> bool:
        return other is not None and other.sha256 == self.sha256
