"""Talking to the shared memory: connect, push a batch, pull after a cursor, search.

Every statement is parameterised (values never enter the SQL text). What comes back is
untrusted: rows are checked by ``rows.checked_unit`` before anything is stored locally.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import psycopg
from psycopg import sql

from workbench.errors import WorkbenchError
from workbench.tm.shared.config import SharedConfig
from workbench.tm.shared.rows import PulledRow, PushRow, checked_unit, safe_text
from workbench.tm.shared.schema import PUSH_LOCK, check_version

PULL_BATCH = 50_000
_COLUMNS = ("origin_key", "content_hash", "collection", "project", "origin", "source_lang",
            "target_lang", "source", "source_plural", "context", "targets", "author", "changed",
            "client")
_PUSH_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS wb_push (
    n bigserial, origin_key text, content_hash text, collection text, project text, origin text,
    source_lang text, target_lang text, source text, source_plural text, context text,
    targets text[], author text, changed timestamptz, client text
) ON COMMIT DELETE ROWS"""
# Skip a row when the latest version of its key already has its content (a retried push),
# and rows repeated within the batch.
_PUSH_INSERT = f"""
INSERT INTO workbench.units ({', '.join(_COLUMNS)})
SELECT {', '.join('p.' + c for c in _COLUMNS)} FROM (
       SELECT DISTINCT ON (origin_key, content_hash) * FROM wb_push
        ORDER BY origin_key, content_hash, n) p
 WHERE p.content_hash IS DISTINCT FROM (
       SELECT u.content_hash FROM workbench.units u
        WHERE u.origin_key = p.origin_key ORDER BY u.seq DESC LIMIT 1)
 ORDER BY p.n"""
_PULL = """
SELECT u.seq, u.origin_key, u.origin, u.collection, u.source, u.source_plural, u.context,
       u.targets, u.author,
       to_char(u.changed AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"')
  FROM workbench.units u
 WHERE u.target_lang = %(lang)s AND u.source_lang = %(source_lang)s AND u.seq > %(after)s
   AND u.client <> %(client)s
   AND (cardinality(%(scope)s::text[]) = 0 OR u.collection = ANY(%(scope)s::text[]))
   AND NOT EXISTS (SELECT 1 FROM workbench.units n
                    WHERE n.origin_key = u.origin_key AND n.seq > u.seq)
 ORDER BY u.seq
 LIMIT %(limit)s
"""


class Offline(WorkbenchError):
    """The server could not be reached (or went away): work goes on, pushes stay queued."""


class NotAllowed(WorkbenchError):
    """The server refused what this role asked for."""


@dataclass
class PullBatch:
    rows: list[PulledRow]
    last_seq: int  # the highest seq read (rows refused as unsafe still move the cursor)
    refused: int
    last: bool = True  # nothing newer on the server after this batch


def connect(config: SharedConfig, *, check: bool = True) -> psycopg.Connection:
    """A connection in UTF-8 with a schema this client understands, or Offline."""
    try:
        conn = psycopg.connect(config.conninfo, connect_timeout=config.timeout, autocommit=True,
                               application_name="workbench", client_encoding="UTF8")
    except psycopg.OperationalError as exc:
        raise Offline(f"shared memory unreachable: {_first_line(exc)}") from None
    except psycopg.ProgrammingError as exc:
        raise WorkbenchError(f"[tm] shared: {_first_line(exc)}") from None
    try:
        row = conn.execute("SHOW server_encoding").fetchone()
        if not row or row[0] not in ("UTF8", "SQL_ASCII"):
            raise WorkbenchError(f"the shared memory's database is in {row and row[0]}, not UTF8",
                                 hint="create it with ENCODING 'UTF8'")
        if check:
            check_version(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def instance_id(conn: psycopg.Connection) -> str:
    row = conn.execute("SELECT id::text FROM workbench.instance ORDER BY created LIMIT 1").fetchone()
    return str(row[0]) if row else ""


def may_push(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT has_table_privilege('workbench.units', 'INSERT')").fetchone()
    return bool(row and row[0])


def refuse_reader(conn: psycopg.Connection) -> NotAllowed:
    row = conn.execute("SELECT current_user").fetchone()
    return NotAllowed(f"role {row[0] if row else '?'!s} may only read the shared memory; "
                      "nothing was pushed", hint="ask for workbench_contributor")


def push(conn: psycopg.Connection, rows: Sequence[PushRow]) -> int:
    """Insert one batch in one transaction; returns how many rows were new.

    A row whose latest version on the server already has its content is skipped, so a
    retried push never duplicates, and a corrected translation becomes the new latest.
    """
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            conn.execute(_PUSH_TABLE)
            with conn.cursor() as cur, cur.copy(
                    f"COPY wb_push ({', '.join(_COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row.values())
            cur = conn.execute(_PUSH_INSERT)
            return cur.rowcount
    except psycopg.errors.InsufficientPrivilege:
        raise refuse_reader(conn) from None
    except psycopg.OperationalError as exc:
        raise Offline(f"shared memory went away during a push: {_first_line(exc)}") from None


def pull(conn: psycopg.Connection, *, lang: str, source_lang: str, after: int, client: str,
         scope: Sequence[str], limit: int = PULL_BATCH) -> PullBatch:
    """The next units for ``lang`` after ``after`` (latest versions only), checked."""
    params = {"lang": lang, "source_lang": source_lang, "after": after, "client": client,
              "scope": list(scope), "limit": limit}
    try:
        with conn.cursor(binary=True) as cur:
            cur.execute(_PULL, params)
            raw = cur.fetchall()
    except psycopg.OperationalError as exc:
        raise Offline(f"shared memory went away during a pull: {_first_line(exc)}") from None
    rows = [checked_unit(r) for r in raw]
    good = [r for r in rows if r is not None]
    last = max((int(r[0]) for r in raw if isinstance(r[0], int)), default=after)
    return PullBatch(good, max(last, after), len(rows) - len(good), len(raw) < limit)


def pull_all(conn: psycopg.Connection, *, lang: str, source_lang: str, after: int, client: str,
             scope: Sequence[str], limit: int = PULL_BATCH) -> Iterator[PullBatch]:
    """Batches until the server has nothing newer."""
    while True:
        batch = pull(conn, lang=lang, source_lang=source_lang, after=after, client=client,
                     scope=scope, limit=limit)
        yield batch
        if batch.last or batch.last_seq == after:
            return
        after = batch.last_seq


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(conn: psycopg.Connection, *, lang: str, source_lang: str, terms: Sequence[str],
           scope: Sequence[str], limit: int = 50) -> list[PulledRow]:
    """Latest units whose source holds every term (any case), shortest first; the trigram
    index answers the ILIKEs. Terms are parameters: a % or _ in them is matched literally."""
    terms = [t for t in terms if t][:16]
    if not terms or limit <= 0:
        return []
    conditions = sql.SQL(" AND ").join(sql.SQL("u.source ILIKE {}").format(sql.Placeholder(f"t{i}"))
                                       for i in range(len(terms)))
    query = sql.SQL("""
        SELECT u.seq, u.origin_key, u.origin, u.collection, u.source, u.source_plural,
               u.context, u.targets, u.author,
       to_char(u.changed AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"')
          FROM workbench.units u
         WHERE u.target_lang = %(lang)s AND u.source_lang = %(source_lang)s AND {conditions}
           AND (cardinality(%(scope)s::text[]) = 0 OR u.collection = ANY(%(scope)s::text[]))
           AND NOT EXISTS (SELECT 1 FROM workbench.units n
                            WHERE n.origin_key = u.origin_key AND n.seq > u.seq)
         ORDER BY length(u.source), u.seq
         LIMIT %(limit)s""").format(conditions=conditions)
    params: dict[str, object] = {"lang": lang, "source_lang": source_lang, "scope": list(scope),
                                 "limit": min(limit, 1000)}
    params.update({f"t{i}": _like(t) for i, t in enumerate(terms)})
    try:
        raw = conn.execute(query, params).fetchall()
    except psycopg.OperationalError as exc:
        raise Offline(f"shared memory went away during a search: {_first_line(exc)}") from None
    return [row for row in map(checked_unit, raw) if row is not None]


def fuzzy(conn: psycopg.Connection, *, lang: str, text: str, threshold: float = 0.5,
          limit: int = 5) -> list[tuple[str, tuple[str, ...], float]]:
    """Weblate's way: trigram similarity on the server (GIN index, ``%`` operator)."""
    with conn.transaction():
        conn.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", (str(threshold),))
        raw = conn.execute(
            "SELECT source, targets, similarity(source, %(q)s) AS sim FROM workbench.units "
            "WHERE target_lang = %(lang)s AND source %% %(q)s ORDER BY sim DESC LIMIT %(limit)s",
            {"q": text, "lang": lang, "limit": limit}).fetchall()
    return [(s, tuple(t), float(sim)) for s, t, sim in raw if safe_text(s) and isinstance(t, list)]
