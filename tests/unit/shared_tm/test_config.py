"""[tm] shared: names a server without credentials; TLS settings pass through."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.settings import TMSettings
from workbench.tm.shared.config import SharedConfig, check_conninfo


@pytest.mark.parametrize("value, expected", [
    ("orgtm", "service=orgtm"),
    ("service=orgtm sslmode=verify-full", "service=orgtm sslmode=verify-full"),
    ("postgresql://tm.example.org:5433/tm?sslmode=verify-full&sslrootcert=/etc/ca.pem",
     "postgresql://tm.example.org:5433/tm?sslmode=verify-full&sslrootcert=/etc/ca.pem"),
    ("postgresql://alice@tm.example.org/tm", "postgresql://alice@tm.example.org/tm"),
])
def test_service_names_and_urls_without_credentials_are_taken(value, expected) -> None:
    assert check_conninfo(value) == expected


@pytest.mark.parametrize("value", [
    "postgresql://alice:s3cret@tm.example.org/tm",
    "postgresql://tm.example.org/tm?password=s3cret",
    "host=tm.example.org password=s3cret",
])
def test_a_password_in_the_project_is_refused_in_one_line(value) -> None:
    with pytest.raises(WorkbenchError) as caught:
        check_conninfo(value)
    assert "password" in str(caught.value) and "\n" not in str(caught.value)
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize("table", [
    {"shared": 5}, {"shared": "mysql://x/y"}, {"shared": "a b"},
    {"shared": "orgtm", "shared_scope": "x\x1b[2J"}, {"shared": "orgtm", "shared_scope": [1]},
    {"shared": "orgtm", "shared_timeout": 0}, {"shared": "orgtm", "shared_collection": ""},
])
def test_malformed_settings_are_refused(table) -> None:
    with pytest.raises(WorkbenchError):
        SharedConfig.parse(table, "demo")


def test_scope_and_collection(make_project) -> None:
    config = SharedConfig.parse({"shared": "orgtm", "shared_scope": ["b", "a", "a"],
                                 "shared_collection": "union"}, "demo")
    assert (config.scope, config.collection, config.timeout) == (("a", "b"), "union", 5)
    assert SharedConfig.parse({"shared": "orgtm", "shared_scope": "*"}, "demo").scope == ()
    # The other [tm] options do not mind the shared ones.
    assert TMSettings.from_config({"shared": "orgtm", "fuzzy_penalty": 3}).fuzzy_penalty == 3


def test_sync_refuses_a_password_in_one_line(make_project) -> None:
    project: Project = make_project(extra_config='\n[tm]\nshared = "postgresql://a:b@localhost/tm"\n')
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "sync", "--project", str(project.root)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and "password" in proc.stderr


def test_without_a_shared_memory_nothing_needs_a_server(make_project) -> None:
    project: Project = make_project()
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "sync", "--project", str(project.root)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no shared memory" in proc.stderr
    code = ("import sys, workbench.tm, workbench.tm.memory, workbench.cli; "
            "sys.exit('psycopg' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
