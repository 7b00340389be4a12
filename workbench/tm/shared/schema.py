"""The server's schema, created and migrated by ``workbench tm server init``.

Everything lives in the ``workbench`` schema. Units are only ever inserted: a corrected
translation is a new row for the same ``origin_key`` with a higher ``seq``, so a contributor
needs INSERT and SELECT and nothing else, and a reader SELECT only.

Roles (created NOLOGIN when missing; grant them to login roles):
  workbench_reader       may pull and search (SELECT)
  workbench_contributor  may also push (INSERT, and the unit sequence)

``seq`` is the pull cursor. Pushes take one transaction-level advisory lock before they draw
sequence numbers, so they commit in ``seq`` order, and what a reader sees is always every
row up to some ``seq``: a row can never appear later below a cursor already passed.
"""

from __future__ import annotations

import psycopg

from workbench.errors import WorkbenchError

SCHEMA = "workbench"
READER, CONTRIBUTOR = "workbench_reader", "workbench_contributor"
PUSH_LOCK = 0x576B544D  # "WkTM": the advisory lock pushes serialize on

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE workbench.instance (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created timestamptz NOT NULL DEFAULT now()
);
INSERT INTO workbench.instance DEFAULT VALUES;
CREATE SEQUENCE workbench.unit_seq;
CREATE TABLE workbench.units (
    seq bigint PRIMARY KEY DEFAULT nextval('workbench.unit_seq'),
    origin_key text NOT NULL,
    content_hash text NOT NULL,
    collection text NOT NULL,
    project text NOT NULL,
    origin text NOT NULL,
    source_lang text NOT NULL,
    target_lang text NOT NULL,
    source text NOT NULL,
    source_plural text NOT NULL DEFAULT '',
    context text NOT NULL DEFAULT '',
    targets text[] NOT NULL,
    author text NOT NULL DEFAULT '',
    changed timestamptz NOT NULL,
    pushed timestamptz NOT NULL DEFAULT now(),
    client text NOT NULL DEFAULT '',
    pushed_by name NOT NULL DEFAULT current_user
);
ALTER SEQUENCE workbench.unit_seq OWNED BY workbench.units.seq;
CREATE INDEX units_key ON workbench.units (origin_key, seq);
CREATE INDEX units_pull ON workbench.units (target_lang, seq);
CREATE INDEX units_source_trgm ON workbench.units USING gin (source gin_trgm_ops);
"""),
]
LATEST = max(version for version, _ in MIGRATIONS)


def schema_version(conn: psycopg.Connection) -> int:
    """The migration the server is at; 0 when it has no Workbench schema."""
    row = conn.execute("SELECT to_regclass('workbench.migrations') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT coalesce(max(version), 0) FROM workbench.migrations").fetchone()
    return int(found[0]) if found else 0


def init_server(conn: psycopg.Connection) -> tuple[int, int]:
    """Create or migrate the schema and the two roles; returns (version before, after)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute("CREATE TABLE IF NOT EXISTS workbench.migrations "
                     "(version int PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())")
        before = schema_version(conn)
        if before > LATEST:
            raise too_new(before)
        for version, sql in MIGRATIONS:
            if version > before:
                conn.execute(sql.encode())
                conn.execute("INSERT INTO workbench.migrations (version) VALUES (%s)", (version,))
        _roles(conn)
    return before, LATEST


def _roles(conn: psycopg.Connection) -> None:
    for role in (READER, CONTRIBUTOR):
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {role} NOLOGIN")
    conn.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {READER}, {CONTRIBUTOR}")
    conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {READER}, {CONTRIBUTOR}")
    conn.execute(f"GRANT INSERT ON workbench.units TO {CONTRIBUTOR}")
    conn.execute(f"GRANT USAGE ON SEQUENCE workbench.unit_seq TO {CONTRIBUTOR}")


def too_new(version: int) -> WorkbenchError:
    return WorkbenchError(f"the shared memory's schema is version {version}, newer than this "
                          f"Workbench knows ({LATEST})", hint="upgrade Workbench")


def check_version(conn: psycopg.Connection) -> None:
    """Refuse a server whose schema is missing, older or newer than this client's."""
    version = schema_version(conn)
    if version == 0:
        raise WorkbenchError("the shared memory has no Workbench schema",
                             hint="run 'workbench tm server init' as the database owner")
    if version < LATEST:
        raise WorkbenchError(f"the shared memory's schema is version {version}, this Workbench "
                             f"needs {LATEST}", hint="run 'workbench tm server init' to migrate it")
    if version > LATEST:
        raise too_new(version)
