"""``[tm] shared…`` options: which server, which part of the organisation's memory.

The server is named by a libpq service name (``"orgtm"``, looked up in pg_service.conf), a
``key=value`` connection string or a ``postgresql://`` URL. Credentials never live in the
project: a password in the setting is refused, and libpq finds it itself (``PGPASSWORD``,
``~/.pgpass``, the service file). TLS options such as ``sslmode`` pass through unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from workbench.errors import WorkbenchError
from workbench.project import Project

_SERVICE = re.compile(r"^[A-Za-z0-9_.-]+$")
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")
SECRET_KEYS = {"password", "passfile_contents"}


@dataclass(frozen=True)
class SharedConfig:
    """Where the organisation's memory is and what this project takes from it.

    >>> SharedConfig.parse({"shared": "orgtm"}, "demo").conninfo
    'service=orgtm'
    >>> SharedConfig.parse({"shared": "postgresql://tm.example.org/tm?sslmode=verify-full"}, "demo").conninfo
    'postgresql://tm.example.org/tm?sslmode=verify-full'
    """

    conninfo: str
    collection: str  # what this project's pushes are filed under
    scope: tuple[str, ...] = field(default=())  # collections to pull; () = all of them
    timeout: int = 5  # seconds to wait for the server before working offline

    @classmethod
    def parse(cls, table: dict[str, object], project_name: str) -> SharedConfig:
        conninfo = check_conninfo(table.get("shared"))
        collection = table.get("shared_collection", project_name)
        if not isinstance(collection, str) or not _NAME.match(collection):
            raise WorkbenchError(f"[tm] shared_collection must be a name, not {collection!r}")
        scope = table.get("shared_scope", [])
        if isinstance(scope, str):
            scope = [] if scope in ("", "*", "all") else [scope]
        if not isinstance(scope, list) or not all(isinstance(s, str) and _NAME.match(s) for s in scope):
            raise WorkbenchError("[tm] shared_scope must be a list of collection names, "
                                 f"not {scope!r}", hint='e.g. shared_scope = ["union-a", "ngo-b"]')
        timeout = table.get("shared_timeout", 5)
        if isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= 300:
            raise WorkbenchError(f"[tm] shared_timeout must be 1..300 seconds, not {timeout!r}")
        return cls(conninfo, collection, tuple(sorted(set(scope))), timeout)


def check_conninfo(value: object) -> str:
    """The libpq connection string for ``[tm] shared``; refused when it holds a password.

    >>> check_conninfo("host=db.example.org dbname=tm sslmode=require")
    'host=db.example.org dbname=tm sslmode=require'
    >>> check_conninfo("postgresql://alice:secret@db/tm")
    Traceback (most recent call last):
    ...
    workbench.errors.WorkbenchError: [tm] shared holds a password; keep it out of the project (use PGPASSWORD, ~/.pgpass or a pg_service.conf entry)
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 1000:
        raise WorkbenchError(f"[tm] shared must be a service name or a postgresql:// URL, not {value!r}")
    value = value.strip()
    if "://" in value:
        parts = urlsplit(value)
        if parts.scheme not in ("postgresql", "postgres"):
            raise WorkbenchError(f"[tm] shared: unknown URL scheme {parts.scheme!r}",
                                 hint="use postgresql://host/dbname")
        secret = parts.password is not None or any(k in SECRET_KEYS for k, _ in parse_qsl(parts.query))
    elif "=" in value:
        from psycopg.conninfo import conninfo_to_dict

        try:
            keys = conninfo_to_dict(value)
        except Exception as exc:  # psycopg.ProgrammingError: a malformed string
            raise WorkbenchError(f"[tm] shared is not a valid connection string: {exc}") from None
        secret = any(k in SECRET_KEYS for k in keys)
    elif _SERVICE.match(value):
        return f"service={value}"
    else:
        raise WorkbenchError(f"[tm] shared must be a service name or a postgresql:// URL, not {value!r}")
    if secret:
        raise WorkbenchError("[tm] shared holds a password; keep it out of the project "
                             "(use PGPASSWORD, ~/.pgpass or a pg_service.conf entry)")
    return value


def shared_config(project: Project) -> SharedConfig | None:
    """The project's shared-memory settings, or None when it has no ``[tm] shared``."""
    table = project.config.section("tm")
    if "shared" not in table:
        return None
    return SharedConfig.parse(table, project.config.name)
