"""A throwaway PostgreSQL cluster for the shared-memory tests.

initdb + pg_ctl in a temporary folder, listening only on a Unix socket there, run as a
non-root user (the ``postgres`` system user when the tests run as root). Each test gets its
own database. In CI (WORKBENCH_REQUIRE_SYSTEM_DEPS=1) a missing PostgreSQL fails the tests.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from shared_pg_data import write_catalog  # noqa: F401  (re-exported for the tests)

from tests.conftest import require_system, write_project
from workbench.project import Project


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def _as_user() -> list[str]:
    """Run the server as a non-root user: PostgreSQL refuses to run as root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root needs a 'postgres' system user to run PostgreSQL")
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class Cluster:
    bin: Path
    root: Path
    prefix: list[str]
    port: int = 5432

    @property
    def data(self) -> Path:
        return self.root / "data"

    def ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [*self.prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), *args]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=60)

    def start(self) -> None:
        opts = f"-k {self.root} -h '' -p {self.port} -F -c max_connections=60 -c shared_buffers=64MB"
        self.ctl("-o", opts, "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.ctl("-m", mode, "-w", "stop", check=False)

    def conninfo(self, dbname: str = "postgres", user: str = "postgres") -> str:
        return f"host={self.root} port={self.port} dbname={dbname} user={user}"

    def sql(self, statement: str, dbname: str = "postgres", params: tuple = ()) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.conninfo(dbname), autocommit=True) as conn:
            cur = conn.execute(statement.encode(), params or None)
            return cur.fetchall() if cur.description else []


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bin_dir = _bin_dir()
    require_system(bin_dir is not None, "PostgreSQL (initdb, pg_ctl)")
    assert bin_dir is not None
    prefix = _as_user()
    root = Path(tempfile.mkdtemp(prefix="wbpg-", dir="/tmp"))  # short: socket paths are limited
    if prefix:
        shutil.chown(root, "postgres")
    root.chmod(0o755)
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(root / "data"), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"],
                   capture_output=True, check=True, timeout=120)
    cluster = Cluster(bin_dir, root, prefix)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def pg_db(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh database (its name); dropped after the test."""
    name = f"wbtest_{os.getpid()}_{next(_numbers)}"
    pg_cluster.sql(f"CREATE DATABASE {name}")
    yield name
    pg_cluster.start() if pg_cluster.ctl("status", check=False).returncode else None
    pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def shared_project(tmp_path: Path, pg_cluster: Cluster, pg_db: str) -> Callable[..., Project]:
    """``shared_project("name", user="postgres", extra="")``: a project whose [tm] shared is
    the test database (initialised on first use)."""
    from workbench.tm.shared import init_server

    made: list[str] = []

    def factory(name: str, *, user: str = "postgres", extra: str = "",
                conninfo: str | None = None) -> Project:
        info = conninfo or pg_cluster.conninfo(pg_db, user)
        config = f'\n[tm]\nshared = "{info}"\nshared_timeout = 2\n{extra}'
        project = write_project(tmp_path / name, {}, targets=("ru",),
                                extra_config=f'name = "{name}"\n{config}')
        if not made and conninfo is None:
            admin = write_project(tmp_path / "admin", {}, targets=("ru",),
                                  extra_config=f'\n[tm]\nshared = "{pg_cluster.conninfo(pg_db)}"\n')
            init_server(admin)
        made.append(name)
        return project

    return factory
