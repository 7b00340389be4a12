"""Shared translation memory on PostgreSQL: push, full and incremental pull, lookups.

    python benchmarks/shared_tm_bench.py                       # 1M units, 400 queries
    python benchmarks/shared_tm_bench.py --size 100000 --queries 200   # a quick run

Data as in tm_bench.py: real msgids and translations from this machine's .mo files, scaled
with realistic edits. A throwaway PostgreSQL cluster is started (initdb + pg_ctl in a
temporary folder, as the ``postgres`` user when run as root), or pass --conninfo.

  push          an "org" project whose tm/bench.tmx holds SIZE units: ``sync`` queues them
                (TMX parse included) and delivers them; units/s of the delivery
  full pull     a fresh client's first ``sync``: pull, store, build the local index; wall
                time and the child's peak RSS, sampled every 50 ms (not ru_maxrss, which
                Linux carries over exec from the big parent)
  incremental   org adds a catalog of 1,000 new units and syncs; the client's next ``sync``
  lookups       the same queries against the client's local index (limit 5, min 70) and
                against the server with pg_trgm (Weblate's way: GIN index, the % operator at
                a similarity threshold, best similarity first; the first --server-queries),
                and GiST KNN (<->) with
                --gist; p50/p99 wall and recall against exhaustive local scoring: top-1 =
                the same best score; >=75 found = share of the exhaustive matches >= 75
                whose scores the method also returns (server candidates scored with
                Workbench's scorer)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tm_bench  # noqa: E402  (the data: real pairs, scaled)

PG_BIN = Path("/usr/lib/postgresql/15/bin")


# ---------------------------------------------------------------- server


def start_cluster(root: Path) -> str:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    bin_dir = Path(shutil.which("initdb") or PG_BIN / "initdb").parent
    if prefix:
        shutil.chown(root, "postgres")
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(root / "data"), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--no-locale"], check=True, capture_output=True)
    opts = f"-k {root} -h '' -c shared_buffers=512MB -c maintenance_work_mem=512MB -c work_mem=64MB"
    subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-o", opts,
                    "-l", str(root / "log"), "-w", "start"], check=True, capture_output=True)
    return f"host={root} dbname=postgres user=postgres"


def stop_cluster(root: Path) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    bin_dir = Path(shutil.which("pg_ctl") or PG_BIN / "pg_ctl").parent
    subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "fast",
                    "-w", "stop"], capture_output=True, check=False)


# ---------------------------------------------------------------- projects


def make_project(root: Path, name: str, conninfo: str) -> None:
    (root / "corpus").mkdir(parents=True)
    (root / "workbench.toml").write_text(
        f'[project]\nname = "{name}"\nsource_language = "en"\ntarget_languages = ["ru"]\n'
        f'[tm]\nshared = "{conninfo}"\n', encoding="utf-8")


def write_po(root: Path, slug: str, pairs: list) -> None:
    import polib

    po = polib.POFile()
    po.metadata = {"Language": "ru", "Content-Type": "text/plain; charset=UTF-8"}
    for source, targets in pairs:
        po.append(polib.POEntry(msgid=source, msgstr=targets[0]))
    path = root / "locales" / "ru" / "LC_MESSAGES" / f"{slug}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    (root / "corpus" / f"{slug}.md").write_text(f"# {slug}\n", encoding="utf-8")


def run_child(kind: str, root: Path, extra: list[str] | None = None) -> dict:
    cmd = [sys.executable, __file__, f"--child-{kind}", str(root), *(extra or [])]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False,
                         env={**os.environ, **tm_bench.ONE_THREAD})
    if out.returncode:
        sys.exit(f"child {kind} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- children


def child_push(root: Path) -> dict:
    from workbench.project import Project
    from workbench.tm.shared import sync

    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        marks.setdefault(stage, time.perf_counter())

    start = time.perf_counter()
    report = sync(Project.open(root), pull=False, on_progress=progress)
    end = time.perf_counter()
    deliver = end - marks.get("push", end)
    return {"pushed": report.pushed, "push_total_s": end - start, "push_deliver_s": deliver,
            "push_units_s": report.pushed / max(deliver, 1e-9)}


def child_pull(root: Path) -> dict:
    import threading

    from workbench.project import Project
    from workbench.tm.shared import sync

    stage, peak = ["start"], [0.0, ""]

    def sample() -> None:  # which stage the peak RSS belongs to
        while True:
            rss = tm_bench._rss_mb()
            if rss > peak[0]:
                peak[:] = [rss, stage[0]]
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    start = time.perf_counter()
    report = sync(Project.open(root), push=False,
                  on_progress=lambda name, done, total: stage.__setitem__(0, name.split()[0]))
    # Sampled, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child forked from this
    # benchmark's parent (which holds the 1M-unit data set, ~1.9 GB) would report the parent's.
    return {"pulled": sum(report.pulled.values()), "pull_s": time.perf_counter() - start,
            "pull_peak_rss_mb": peak[0], "pull_peak_stage": peak[1]}


def child_lookup(root: Path, queries: list[str], conninfo: str, server_n: int, knn: bool) -> dict:
    import psycopg

    from workbench.project import Project
    from workbench.tm import TranslationMemory

    tm = TranslationMemory.for_project(Project.open(root), "ru", progress=False)
    assert not tm.rebuilt, "the index was rebuilt on reload"
    truth = [[m.score for m in tm.lookup(q, limit=5, min_score=70, exhaustive=True)] for q in queries]
    out: dict = {}
    if not knn:
        for q in queries[:20]:
            tm.lookup(q)
        local, wall = [], []
        for q in queries:
            t = time.perf_counter()
            local.append([m.score for m in tm.lookup(q, limit=5, min_score=70)])
            wall.append(time.perf_counter() - t)
        out = {"local_units": len(tm), **_summary("local", wall, local, truth),
               **_summary("local_subset", wall[:server_n], local[:server_n], truth[:server_n])}
    methods = [("trgm_gist_knn", 0.0, "<->")] if knn else [("trgm_gin_05", 0.5, "%"), ("trgm_gin_03", 0.3, "%")]
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("SET statement_timeout = '20s'")
        for name, threshold, op in methods:
            got, wall = _server_lookups(conn, queries[:server_n], threshold, op)
            scored = [_scored(q, rows) for q, rows in zip(queries, got, strict=False)]
            out |= _summary(name, wall, scored, truth[:server_n])
            print(json.dumps({k: v for k, v in out.items() if k.startswith(name)}), file=sys.stderr)
    return out


def _server_lookups(conn, queries: list[str], threshold: float, op: str) -> tuple[list, list]:
    conn.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, false)", (str(threshold),))
    if op == "%":
        sql = ("SELECT source FROM workbench.units WHERE target_lang = 'ru' AND source %% %(q)s "
               "ORDER BY similarity(source, %(q)s) DESC LIMIT 5")
    else:
        sql = "SELECT source FROM workbench.units WHERE target_lang = 'ru' ORDER BY source <-> %(q)s LIMIT 5"
    for q in queries[:5]:
        _rows(conn, sql, q)
    got, wall = [], []
    for q in queries:
        t = time.perf_counter()
        got.append(_rows(conn, sql, q))
        wall.append(time.perf_counter() - t)
    return got, wall


def _rows(conn, sql: str, q: str) -> list[str]:
    import psycopg

    try:
        return [r[0] for r in conn.execute(sql, {"q": q}).fetchall()]
    except psycopg.errors.QueryCanceled:  # over statement_timeout: counted as found nothing
        return []


def _scored(query: str, sources: list[str]) -> list[int]:
    from workbench.tm import scoring
    from workbench.tm.normalize import normalize
    from workbench.tm.settings import TMSettings

    settings = TMSettings()
    scores = [scoring.score(query, s, scoring.ratio(normalize(query), normalize(s)), settings) for s in sources]
    return sorted((s for s in scores if s >= 70), reverse=True)


def _summary(name: str, wall: list[float], got: list[list[int]], truth: list[list[int]]) -> dict:
    from collections import Counter

    with_best = [(g, e) for g, e in zip(got, truth, strict=True) if e]
    top1 = sum(1 for g, e in with_best if g and g[0] == e[0])
    want = found = 0
    for g, e in zip(got, truth, strict=True):
        e75, g75 = Counter(s for s in e if s >= 75), Counter(s for s in g if s >= 75)
        want += sum(e75.values())
        found += sum((e75 & g75).values())
    return {f"{name}_p50_ms": 1000 * tm_bench._pct(wall, 50), f"{name}_p99_ms": 1000 * tm_bench._pct(wall, 99),
            f"{name}_top1": top1 / max(len(with_best), 1), f"{name}_found75": found / max(want, 1)}


# ---------------------------------------------------------------- parent


def bench(args: argparse.Namespace, work: Path, conninfo: str) -> dict:
    pairs = tm_bench.real_pairs(args.mo_langs.split(","))
    units, queries = tm_bench.dataset(pairs, args.size + 1000, args.queries)
    extra, units = units[-1000:], units[:-1000]
    org, client = work / "org", work / "client"
    make_project(org, "org", conninfo)
    make_project(client, "client", conninfo)
    from workbench.project import Project
    from workbench.tm.shared import init_server
    from workbench.tm.tmx import write_tmx
    from workbench.tm.units import Unit

    write_tmx(org / "tm" / "bench.tmx", ((Unit(s, t), "bench") for s, t in units), "en", "ru")
    init_server(Project.open(org))
    result = {"size": args.size, **run_child("push", org)}
    result |= run_child("pull", client)
    write_po(org, "new-statement", [(f"{s} (2026 edition)", t) for s, t in extra])
    run_child("push", org)
    inc = run_child("pull", client)
    result |= {"incremental_pulled": inc["pulled"], "incremental_s": inc["pull_s"]}
    print(json.dumps(result), file=sys.stderr, flush=True)
    _sql(conninfo, "ANALYZE workbench.units")
    qfile = work / "queries.json"
    qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    common = [str(qfile), conninfo, "--server-queries", str(args.server_queries)]
    result |= run_child("lookup", client, common)
    if args.gist:  # after the GIN runs, so that the planner cannot pick GiST for them
        start = time.perf_counter()
        _sql(conninfo, "CREATE INDEX IF NOT EXISTS units_source_gist ON workbench.units "
                       "USING gist (source gist_trgm_ops)")
        result["gist_build_s"] = time.perf_counter() - start
        result |= run_child("lookup", client, [*common, "--knn"])
    result["load"] = os.getloadavg()[0]
    return result


def _sql(conninfo: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(statement.encode())


ROWS = [
    ("pushed", "units pushed", "{:,.0f}"), ("push_total_s", "push: queue + deliver (s)", "{:.1f}"),
    ("push_units_s", "push delivery (units/s)", "{:,.0f}"),
    ("pulled", "first full pull: units", "{:,.0f}"), ("pull_s", "first full pull + index (s)", "{:.1f}"),
    ("pull_peak_rss_mb", "  peak RSS of that client (MB)", "{:.0f}"),
    ("pull_peak_stage", "  ... reached while", "{}"),
    ("incremental_pulled", "incremental sync: units", "{:,.0f}"),
    ("incremental_s", "incremental sync (s)", "{:.2f}"),
]
LOOKUP_ROWS = [("local", "local index (all queries)"), ("local_subset", "local index (server's)"),
               ("trgm_gin_05", "pg_trgm GIN %, 0.5"),
               ("trgm_gin_03", "pg_trgm GIN %, 0.3"), ("trgm_gist_knn", "pg_trgm GiST <->")]


def report(r: dict) -> None:
    for key, label, fmt in ROWS:
        print(f"{label:36}{fmt.format(r.get(key, 0)):>14}")
    print(f"\n{'lookup (limit 5, min 70)':26}{'p50 ms':>10}{'p99 ms':>10}{'top-1':>9}{'>=75 found':>12}")
    for key, label in LOOKUP_ROWS:
        if f"{key}_p50_ms" in r:
            print(f"{label:28}{r[f'{key}_p50_ms']:>10.2f}{r[f'{key}_p99_ms']:>10.2f}"
                  f"{r[f'{key}_top1']:>9.1%}{r[f'{key}_found75']:>12.1%}")
    print(f"\nlocal units {r.get('local_units', 0):,}; load average {r['load']:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--mo-langs", default="ru,uk,be,de,fr")
    parser.add_argument("--conninfo", help="an existing server (its database gets the schema)")
    parser.add_argument("--gist", action="store_true", help="also build a GiST index and try KNN")
    parser.add_argument("--server-queries", type=int, default=100,
                        help="queries sent to pg_trgm (each may take a second at 1M units)")
    parser.add_argument("--knn", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the projects and the server's data")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-push", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-pull", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-lookup", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_push:
        print(json.dumps(child_push(args.child_push)))
        return
    if args.child_pull:
        print(json.dumps(child_pull(args.child_pull)))
        return
    if args.child_lookup:
        queries = json.loads(Path(args.rest[0]).read_text(encoding="utf-8"))
        print(json.dumps(child_lookup(args.child_lookup, queries, args.rest[1], args.server_queries,
                                      args.knn)))
        return
    work = Path(tempfile.mkdtemp(prefix="wbshared-", dir="/tmp"))
    work.chmod(0o755)  # the server runs as another user
    server = work / "pg"
    server.mkdir()
    try:
        conninfo = args.conninfo or start_cluster(server)
        result = bench(args, work, conninfo)
    finally:
        if not args.conninfo:
            stop_cluster(server)
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2) if args.json else "", end="")
    if not args.json:
        report(result)


if __name__ == "__main__":
    random.seed(7)
    main()
