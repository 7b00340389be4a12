"""Filesystem faults on every write path, and kill -9 in the middle of a write.

An OSError (disk full, read-only file system, permission denied) is injected at the k-th
write-like operation of a command (opening a file for writing, creating one, renaming,
making a folder), for every command that writes. Whatever k hits:
- the command prints one line (no traceback) and exits 0 or 2, never 1 or 70;
- nothing is half-written: every catalog reads, no temporary is left, and an ``update``
  that fails has changed nothing;
- the same command run again without faults succeeds.
Then ``update`` is killed with SIGKILL at random moments: each file is old or new, never
partial, and the next run finishes the job and sweeps what the killed one left.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_project
from workbench.catalog import parse_catalog, read_catalog, write_catalog
from workbench.cli import main

STATEMENTS = {
    "demo": "# Workers detained\n\nThe union met on Aug. 9. Zimin got 25 days.\n\n- Free them.\n",
    "second": "# Second\n\nThe union met on Aug. 9. A new sentence here.\n",
}
RU = {"Workers detained": "Рабочие задержаны", "The union met on Aug. 9.": "Профсоюз собрался 9 августа.",
      "Zimin got 25 days.": "Зимин получил 25 суток.", "Free them.": "Освободите их."}
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
 o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Free them.</seg></tuv><tuv xml:lang="uk"><seg>Звільніть їх.</seg></tuv></tu>
</body></tmx>
"""

COMMANDS = [
    ["update"],
    ["compile"],
    ["export", "demo", "--lang", "ru", "--draft"],
    ["export", "--all", "--draft", "--format", "html"],
    ["xliff", "export", "demo", "--lang", "ru"],
    ["tm", "rebuild"],
    ["tm", "import", "{outside}/memory.tmx"],
    ["tm", "export", "--lang", "ru", "-o", "{root}/out/ru.tmx"],
    ["pretranslate", "--lang", "uk"],
    ["glossary", "add", "trade union", "--lang", "ru", "профсоюз"],
    ["glossary", "export", "-o", "{root}/out/glossary.csv"],
    ["init", "{outside}/fresh", "--targets", "ru"],
]
CODES = [errno.ENOSPC, errno.EROFS, errno.EACCES]


def build(root: Path) -> None:
    project = write_project(root, STATEMENTS, targets=("ru", "uk"))
    assert main(["--project", str(root), "update"]) == 0
    catalog = read_catalog(project.po_path("ru", "demo"))
    for entry in catalog:
        entry.msgstr = RU.get(entry.msgid, "")
    write_catalog(catalog)
    (root / "corpus" / "demo.md").write_text(STATEMENTS["demo"] + "\nOne more sentence.\n")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template") / "project"
    with contextlib.redirect_stdout(io.StringIO()):
        build(root)
    return root


class Faults:
    """Raise OSError(code) at the k-th write-like operation, counting them all."""

    def __init__(self, code: int, at: int) -> None:
        self.code, self.at, self.count, self.fired = code, at, 0, False

    def hit(self, path: object) -> None:
        self.count += 1
        if self.count == self.at:
            self.fired = True
            raise OSError(self.code, os.strerror(self.code), os.fspath(path) if path else None)


WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@contextlib.contextmanager
def injected(faults: Faults) -> Iterator[None]:
    real_open, real_os_open = builtins.open, os.open
    real = {name: getattr(os, name) for name in ("replace", "rename", "mkdir", "link", "symlink")}

    def fake_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and any(c in mode for c in "wax+"):
            faults.hit(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if flags & WRITE_FLAGS:
            faults.hit(path)
        return real_os_open(path, flags, *args, **kwargs)

    def wrap(name):
        def fake(src, *args, **kwargs):
            faults.hit(src)
            return real[name](src, *args, **kwargs)
        return fake

    patches = {"open": fake_open}
    try:
        builtins.open = io.open = fake_open  # type: ignore[assignment]
        os.open = fake_os_open  # type: ignore[assignment]
        for name in real:
            setattr(os, name, wrap(name))
        yield
    finally:
        builtins.open = io.open = real_open  # type: ignore[assignment]
        os.open = real_os_open  # type: ignore[assignment]
        for name, function in real.items():
            setattr(os, name, function)
        del patches


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".workbench" not in p.parts}


def run(argv: list[str], capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().err


def check_whole(root: Path) -> None:
    leftovers = [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.name.endswith(".lock")]
    assert leftovers == []
    for po in (root / "locales").rglob("*.po*"):
        read_catalog(po)  # raises on a half-written file


@settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS), code=st.sampled_from(CODES), at=st.integers(1, 14))
def test_an_oserror_at_any_write_is_one_line_and_leaves_nothing_half_written(
        template, capsys, command, code, at) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, outside = Path(tmp) / "project", Path(tmp) / "outside"
        shutil.copytree(template, root, symlinks=True)
        outside.mkdir()
        (outside / "memory.tmx").write_text(TMX, encoding="utf-8")
        argv = ["--project", str(root), *(a.format(root=root, outside=outside) for a in command)]
        before = snapshot(root)
        faults = Faults(code, at)
        with injected(faults):
            status, err = run(argv, capsys)
        assert "Traceback" not in err
        assert status in (0, 2), (status, err)
        if status == 2:
            lines = [ln for ln in err.splitlines() if not ln.startswith("workbench: warning")]
            assert len(lines) == 1 and os.strerror(code) in lines[0], err
            if command == ["update"]:
                assert snapshot(root) == before  # all or nothing
        check_whole(root)
        if status == 2:  # nothing stands in the way of doing it again
            again, err = run(argv, capsys)
            assert again == 0, err


def content(name: str, data: bytes | None) -> object:
    """What a file says: a catalog's entries (its dates aside), else its bytes."""
    if data is None or not name.endswith((".po", ".pot")):
        return data
    return [(e.msgid, e.msgstr, e.obsolete) for e in parse_catalog(data, name)]


def _update(root: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "workbench", "--project", str(root), "update"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_kill_9_during_update_leaves_each_file_old_or_new(tmp_path) -> None:
    statements = {f"s{n:02d}": f"# Title {n}\n\n" + " ".join(f"Sentence {n} number {i} is here."
                                                            for i in range(40)) + "\n"
                  for n in range(15)}
    base = tmp_path / "base"
    write_project(base, statements, targets=("ru", "uk", "be"))
    reference = tmp_path / "reference"
    shutil.copytree(base, reference)
    assert subprocess.run([sys.executable, "-m", "workbench", "--project", str(reference),
                           "update"], capture_output=True).returncode == 0
    after = snapshot(reference)
    rng = random.Random(19)
    for attempt in range(6):
        root = tmp_path / f"run{attempt}"
        shutil.copytree(base, root)
        before = snapshot(root)
        child = _update(root)
        time.sleep(rng.uniform(0.3, 1.5))  # startup, planning, then the writes
        child.send_signal(signal.SIGKILL)
        child.wait()
        now = {name: data for name, data in snapshot(root).items()
               if not name.endswith((".tmp", ".lock"))}  # a killed writer's, swept next time
        for name, data in now.items():
            assert content(name, data) in (content(name, before.get(name)),
                                           content(name, after.get(name))), f"{name} is half-written"
        finished = subprocess.run([sys.executable, "-m", "workbench", "--project", str(root),
                                   "update"], capture_output=True, text=True)
        assert finished.returncode == 0 and "Traceback" not in finished.stderr
        done = snapshot(root)
        assert {n: content(n, d) for n, d in done.items()} == {n: content(n, d) for n, d in after.items()}
        assert not [p for p in root.rglob("*") if p.suffix in (".tmp", ".lock")]


@pytest.mark.parametrize("command", [["export", "--all", "--draft"],
                                     ["tm", "import", "{outside}/memory.tmx", "{outside}/second.tmx"],
                                     ["compile"], ["update"]], ids=" ".join)
def test_multi_file_writers_write_all_or_nothing(template, capsys, monkeypatch, tmp_path,
                                                 command) -> None:
    import workbench.atomic as atomic

    root, outside = tmp_path / "project", tmp_path / "outside"
    shutil.copytree(template, root)
    outside.mkdir()
    (outside / "memory.tmx").write_text(TMX, encoding="utf-8")
    (outside / "second.tmx").write_text(TMX.replace("Звільніть", "Звільніть же"), encoding="utf-8")
    real, calls = atomic._write_temporary, []

    def full_on_the_second(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(path, data)

    monkeypatch.setattr(atomic, "_write_temporary", full_on_the_second)
    before = snapshot(root)
    argv = ["--project", str(root), *(a.format(outside=outside) for a in command)]
    status, err = run(argv, capsys)
    assert status == 2 and len(calls) == 2, err
    assert snapshot(root) == before
    check_whole(root)
