"""Schema migrations and server-side concordance against a real PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys

from shared_pg_data import write_catalog

from workbench.errors import WorkbenchError
from workbench.tm.shared import init_server, search_shared, sync
from workbench.tm.shared.schema import LATEST


def test_init_is_idempotent_and_a_newer_schema_is_refused(shared_project, pg_cluster, pg_db) -> None:
    project = shared_project("owner")  # the fixture ran init once
    assert init_server(project) == (LATEST, LATEST)
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "server", "init", "--project",
                           str(project.root)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "up to date" in proc.stdout
    roles = pg_cluster.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'workbench_%' ORDER BY 1")
    assert roles == [("workbench_contributor",), ("workbench_reader",)]
    pg_cluster.sql("INSERT INTO workbench.migrations (version) VALUES (99)", pg_db)
    try:
        sync(project)
    except WorkbenchError as exc:
        assert "newer than this Workbench knows" in str(exc)
    else:
        raise AssertionError("a newer schema was accepted")


def test_concordance_on_the_server(shared_project) -> None:
    a, b = shared_project("union-a"), shared_project("union-b")
    write_catalog(a, "appeal", [("The trade union of Grodno Azot was dissolved.", "Профсоюз Гродно Азота распущен."),
                                ("100% of workers signed.", "100% работников подписали."),
                                ("Trade fairs resumed.", "Ярмарки возобновились.")])
    sync(a)
    hits = search_shared(b, "ru", '"trade union" grodno')
    assert [h.source for h in hits] == ["The trade union of Grodno Azot was dissolved."]
    assert hits[0].origin == "shared: union-a/statement appeal" and hits[0].source_spans == ((4, 15), (19, 25))
    assert [h.source for h in search_shared(b, "ru", "100%")] == ["100% of workers signed."]
    assert search_shared(b, "ru", "%") == [] or all("%" in h.source for h in search_shared(b, "ru", "%"))
    assert search_shared(b, "ru", "_") == []  # a LIKE wildcard is a plain character
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "concordance", "--shared", "--lang",
                           "ru", "--json", "--project", str(b.root), "trade"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert sorted(json.loads(line)["source"] for line in proc.stdout.splitlines()) == [
        "The trade union of Grodno Azot was dissolved.", "Trade fairs resumed."]
