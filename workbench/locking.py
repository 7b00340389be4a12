"""One advisory lock per file, taken by every writer of it (catalogs above all).

``file_lock(path)`` (``catalog_lock`` in workbench.catalog.lock) holds an exclusive ``flock``
on ``.<name>.lock`` next to the file, so update, pretranslate, XLIFF import, the editor's
saves and any other writer read, merge and write one at a time, across processes. Whoever waits longer than the timeout gets one
line naming the holder (pid, host, command).

The lock is re-entrant within a thread (``write_catalog`` takes it again inside a caller's
read-modify-write); two threads of one process exclude each other like two processes. The
lock file is removed on release; a stale one left by a killed process holds no ``flock``
and is simply taken over. ``atomic_write_many`` takes the lock of every file it writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.errors import WorkbenchError

TIMEOUT_ENV = "WORKBENCH_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 30.0

_local = threading.local()


class LockTimeout(WorkbenchError):
    """Another writer held the file for longer than the timeout."""


def lock_path(path: str | Path) -> Path:
    path = Path(os.path.abspath(path))
    return path.parent / f".{path.name}.lock"


def _timeout(timeout: float | None) -> float:
    if timeout is not None:
        return timeout
    try:
        return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def _held() -> dict[Path, list[int]]:
    """This thread's locks: lock file -> [fd, depth]."""
    held = getattr(_local, "held", None)
    if held is None:
        held = _local.held = {}
    return held


def _holder_text() -> bytes:
    command = " ".join([Path(sys.argv[0]).name if sys.argv else "python", *sys.argv[1:]])
    if len(command) > 120:
        command = command[:117] + "..."
    return f"pid {os.getpid()} on {socket.gethostname()} ({command})\n".encode()


def _describe_holder(lock_file: Path) -> str:
    try:
        text = lock_file.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return text or "another process"


def _try_acquire(lock_file: Path) -> int | None:
    """The locked file descriptor, or None when someone else holds the lock."""
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:  # a read-only folder, say: name the file the user knows
        raise OSError(exc.errno, exc.strerror, str(lock_file.parent / lock_file.name[1:-5])) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    try:
        # The previous holder may have removed the file between our open and our flock.
        mine, there = os.fstat(fd), os.stat(lock_file)
        same = (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)
    except FileNotFoundError:
        same = False
    if not same:
        os.close(fd)
        return None
    with contextlib.suppress(OSError):  # who holds it is a courtesy: a full disk may refuse it
        os.ftruncate(fd, 0)
        os.write(fd, _holder_text())
    return fd


@contextlib.contextmanager
def file_lock(path: str | Path, timeout: float | None = None) -> Iterator[Path]:
    """Hold the writers' lock of the file at ``path`` for the ``with`` block."""
    lock_file = lock_path(path)
    held = _held()
    if lock_file in held:
        held[lock_file][1] += 1
        try:
            yield lock_file
        finally:
            held[lock_file][1] -= 1
        return
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(lock_file.parent)) from exc
    deadline = time.monotonic() + _timeout(timeout)
    pause = 0.002
    while (fd := _try_acquire(lock_file)) is None:
        if time.monotonic() >= deadline:
            raise LockTimeout(f"locked by {_describe_holder(lock_file)}; gave up after "
                              f"{_timeout(timeout):g} s", path=Path(os.path.abspath(path)),
                              hint=f"wait for it to finish, or raise {TIMEOUT_ENV}")
        time.sleep(pause)
        pause = min(pause * 2, 0.05)
    held[lock_file] = [fd, 1]
    try:
        yield lock_file
    finally:
        del held[lock_file]
        with contextlib.suppress(OSError):
            os.unlink(lock_file)
        os.close(fd)


@contextlib.contextmanager
def files_locked(paths: Iterable[str | Path], timeout: float | None = None) -> Iterator[None]:
    """Hold the locks of several files, taken in one global order so writers never deadlock."""
    ordered = sorted({Path(os.path.abspath(p)) for p in paths})
    with contextlib.ExitStack() as stack:
        for path in ordered:
            stack.enter_context(file_lock(path, timeout))
        yield
