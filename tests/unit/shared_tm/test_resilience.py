"""Many clients at once, a server killed mid-push, a server that is not there, a reader role."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter

from shared_pg_data import write_catalog

from workbench.tm.shared import sync
from workbench.tm.shared.local import pulled_files, read_pulled
from workbench.tm.shared.outbox import pending_units

CLIENTS, PER_CLIENT = 20, 1000


def held(project, lang: str = "ru") -> Counter:
    return Counter(row.unit.source for path in pulled_files(project, lang) for row in read_pulled(path))


def pairs(client: int, count: int) -> list[tuple[str, str]]:
    return [(f"Client {client} reports case {i} of pressure on the union.",
             f"Клиент {client} сообщает о случае {i} давления на профсоюз.") for i in range(count)]


def run_sync(project, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.Popen([sys.executable, "-m", "workbench", "tm", "sync", "--project",
                             str(project.root), "--json", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_twenty_clients_push_while_others_pull_and_end_with_every_unit_once(
        shared_project, pg_cluster, pg_db) -> None:
    projects = [shared_project(f"client-{c:02d}") for c in range(CLIENTS)]
    for c, project in enumerate(projects):
        write_catalog(project, "cases", pairs(c, PER_CLIENT))
    # Everyone pushes and pulls at once; the first few also pull again while the rest push.
    running = [run_sync(p) for p in projects] + [run_sync(p, "--pull-only") for p in projects[:3]]
    for proc in running:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        assert json.loads(out)["ok"]
    for project in projects:  # the final sync
        report = sync(project, push=False)
        assert report.ok
    assert pg_cluster.sql("SELECT count(*), count(DISTINCT source) FROM workbench.units", pg_db) \
        == [(CLIENTS * PER_CLIENT, CLIENTS * PER_CLIENT)]
    for c, project in enumerate(projects):
        expected = Counter(s for other in range(CLIENTS) if other != c for s, _ in pairs(other, PER_CLIENT))
        assert held(project) == expected, f"client {c}"
    from workbench.tm import TranslationMemory

    assert len(TranslationMemory.for_project(projects[0], "ru")) == CLIENTS * PER_CLIENT


def test_server_killed_mid_push_then_restarted_loses_and_doubles_nothing(
        shared_project, pg_cluster, pg_db, monkeypatch) -> None:
    from workbench.tm.shared import outbox

    monkeypatch.setattr(outbox, "OUTBOX_BATCH", 500)
    project = shared_project("busy")
    write_catalog(project, "cases", pairs(0, 6000))
    killed = threading.Event()

    def kill_soon(stage: str, done: int, total: int) -> None:
        if stage == "push" and done >= 1000 and not killed.is_set():
            killed.set()  # stop the server while the next batches stream in
            threading.Thread(target=lambda: (time.sleep(0.02), pg_cluster.stop("immediate"))).start()

    report = sync(project, on_progress=kill_soon)
    assert killed.is_set()
    for _ in range(100):
        if pg_cluster.ctl("status", check=False).returncode:
            break
        time.sleep(0.05)
    if not report.offline:  # the kill landed after the last batch: push again, now offline
        write_catalog(project, "cases", pairs(0, 6001))
        report = sync(project)
    assert report.offline and "\n" not in report.offline
    assert report.pending > 0
    pg_cluster.start()
    again = sync(project)
    assert again.ok and again.pending == 0
    assert pg_cluster.sql("SELECT count(*), count(DISTINCT origin_key) FROM workbench.units", pg_db) \
        in ([(6000, 6000)], [(6001, 6001)])


def test_unreachable_server_queues_pushes_and_delivers_them_later(
        shared_project, pg_cluster, pg_db, tmp_path) -> None:
    nowhere = f"host={tmp_path}/no-server port=5999 dbname=x user=postgres"
    project = shared_project("traveller", conninfo=nowhere)
    write_catalog(project, "notes", pairs(7, 25))
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "sync", "--project",
                           str(project.root)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    warnings = proc.stderr.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("workbench: warning: shared memory unreachable")
    assert "25 units stay queued" in warnings[0]
    assert pending_units(project) == 25
    # Back in the office: the same project, the real server.
    toml = project.root / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(nowhere, pg_cluster.conninfo(pg_db)),
                    encoding="utf-8")
    from workbench.project import Project
    from workbench.tm.shared import init_server

    back = Project.open(project.root)
    init_server(back)
    report = sync(back)
    assert report.ok and report.pushed == 25 and report.pending == 0
    assert pg_cluster.sql("SELECT count(*) FROM workbench.units", pg_db) == [(25,)]


def test_a_reader_cannot_push_and_says_so_in_one_line(shared_project, pg_cluster, pg_db) -> None:
    shared_project("owner")  # creates the schema and the roles
    pg_cluster.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') "
                   "THEN CREATE ROLE bob LOGIN; END IF; END $$")
    pg_cluster.sql("GRANT workbench_reader TO bob")
    project = shared_project("readers", user="bob")
    write_catalog(project, "notes", pairs(3, 5))
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "sync", "--project",
                           str(project.root)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "workbench: error: role bob may only read the shared memory; nothing was pushed "
        "(ask for workbench_contributor)"]
    assert pg_cluster.sql("SELECT count(*) FROM workbench.units", pg_db) == [(0,)]
    assert pending_units(project) == 5  # kept for when the role may push
