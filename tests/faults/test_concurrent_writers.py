"""Every writer of a catalog takes the same lock: concurrent writers, in processes, lose nothing."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.stress import stress
from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.lock import LockTimeout, catalog_lock, lock_path


def test_update_pretranslate_editor_xliff_import_and_replace_lose_no_write_in_200_runs(tmp_path: Path) -> None:
    runs, failures = stress(tmp_path / "project", 200)
    assert failures == [], f"{len(failures)} of {runs} runs lost a write: {failures[:5]}"


def _hold(path: str, ready, release) -> None:
    with catalog_lock(path):
        ready.set()
        release.wait(30)


def test_a_held_lock_times_out_with_a_line_naming_the_holder(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(po), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        catalog = read_catalog(po)
        start = time.monotonic()
        with pytest.raises(LockTimeout) as caught:
            with catalog_lock(po, timeout=0.3):
                pass
        assert 0.3 <= time.monotonic() - start < 5
        message = str(caught.value)
        assert f"pid {holder.pid} on " in message and str(po) in message
        assert "\n" not in message
        with pytest.raises(LockTimeout):  # write_catalog waits for the same lock
            os.environ["WORKBENCH_LOCK_TIMEOUT"] = "0.2"
            try:
                write_catalog(catalog)
            finally:
                del os.environ["WORKBENCH_LOCK_TIMEOUT"]
    finally:
        release.set()
        holder.join(10)
    write_catalog(catalog)  # free again
    assert not lock_path(po).exists()  # released locks leave no file behind


def test_the_lock_is_reentrant_and_a_stale_lock_file_is_taken_over(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    lock_path(po).write_text("pid 1 on gone (workbench update)\n")  # left by a killed process
    with catalog_lock(po, timeout=1), catalog_lock(po, timeout=0):
        assert "pid " + str(os.getpid()) in lock_path(po).read_text()
    assert not lock_path(po).exists()


def test_a_lock_held_by_a_killed_process_is_free(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    code = ("import sys, time; from workbench.catalog.lock import catalog_lock\n"
            f"with catalog_lock({str(po)!r}):\n    print('held', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    child.kill()
    child.wait()
    assert lock_path(po).exists()
    with catalog_lock(po, timeout=1):
        pass
