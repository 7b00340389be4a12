"""Translation-memory benchmark: build, reload, lookup speed and recall, pre-translation.

    python benchmarks/tm_bench.py                      # 10k, 100k and 1M units
    python benchmarks/tm_bench.py --sizes 10000,100000 --queries 200   # a quick run

Data: the real catalogs of this machine (msgunfmt of /usr/share/locale/<lang>/LC_MESSAGES/*.mo
for --mo-langs; English msgids with their translations), scaled up to each size with
realistic edits of real units (a word replaced, inserted or deleted, two words swapped, a
number changed or added, case or final punctuation changed, two short units joined).
Queries: held-out real sentences (never in the TM) and edited variants of TM units, half
and half. Each size runs in child processes (one thread) so reload time and memory are
measured cleanly:

  build     tm/bench.tmx parsed and indexed by TranslationMemory.for_project (first use)
  reload    a fresh process opening the built index (files checked, nothing rebuilt)
  memory    build: peak RSS sampled every 50 ms (ru_maxrss would be the parent's: Linux keeps
            it across exec); RSS after reload and after all lookups, minus RSS before
  lookup    CPU (thread) time and wall time per query, limit 5, --min (default 70)
  recall    against exhaustive scoring with the same scorer (every unit in the length
            window): top-1 = same best score; ">=75 found" = share of the exhaustive top-5
            matches scoring 75 or more that the index also returns (as scores, since equal
            scores may be different units)
  pretranslate  a catalog of the queries plus exact TM sources, min 100 and min 75
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "workbench-tm-bench"
WORD = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]+")
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# ---------------------------------------------------------------- data


def real_pairs(langs: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(msgid, msgstr forms) from msgunfmt of every .mo of ``langs``; cached per language set."""
    import polib

    cache = CACHE / f"pairs-{'-'.join(langs)}.json"
    if cache.is_file():
        return [(s, tuple(t)) for s, t in json.loads(cache.read_text(encoding="utf-8"))]
    pairs: dict[str, tuple[str, ...]] = {}
    for lang in langs:
        for mo in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
            out = subprocess.run(["msgunfmt", str(mo)], capture_output=True, check=False)
            if out.returncode:
                continue
            charset = re.search(rb"charset=([\w-]+)", out.stdout)
            try:
                text = out.stdout.decode(charset.group(1).decode() if charset else "utf-8")
            except (LookupError, UnicodeDecodeError):
                continue
            for e in polib.pofile(text):
                forms = (tuple(e.msgstr_plural[k] for k in sorted(e.msgstr_plural))
                         if e.msgid_plural else (e.msgstr,))
                if e.msgid and all(forms) and e.msgid not in pairs:
                    pairs[e.msgid] = forms
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(list(pairs.items()), ensure_ascii=False), encoding="utf-8")
    return list(pairs.items())


def edit(text: str, rng: random.Random, vocab: list[str], pool: list[str]) -> str:
    parts = WORD.findall(text)
    words = [i for i, p in enumerate(parts) if p[0].isalpha()]
    op = rng.random()
    if not words or op > 0.95:
        other = rng.choice(pool)
        return f"{text.rstrip()} {other}" if len(other) < 40 else text.rstrip(".!") + rng.choice("!.:")
    i = rng.choice(words)
    if op < 0.30:
        parts[i] = rng.choice(vocab)
    elif op < 0.50:
        parts.insert(i, rng.choice(vocab) + " ")
    elif op < 0.62 and len(words) > 2:
        del parts[i]
        if i < len(parts) and parts[i].isspace():
            del parts[i]
    elif op < 0.72 and len(words) > 1:
        j = words[(words.index(i) + 1) % len(words)]
        parts[i], parts[j] = parts[j], parts[i]
    elif op < 0.84:
        nums = [k for k, p in enumerate(parts) if p.isdigit()]
        if nums:
            parts[rng.choice(nums)] = str(rng.randint(0, 2000))
        else:
            parts.insert(i, f"{rng.randint(2, 99)} ")
    elif op < 0.92:
        parts[i] = parts[i].upper() if parts[i].istitle() else parts[i].capitalize()
    else:
        return text.rstrip(".!:") + rng.choice(["", ".", "!", ":"])
    return "".join(parts)


def edited(text: str, rng: random.Random, vocab: list[str], pool: list[str]) -> str:
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        text = edit(text, rng, vocab, pool)
    return text


def dataset(pairs: list, size: int, n_queries: int, seed: int = 7):
    rng = random.Random(seed)
    pairs = sorted(pairs)
    rng.shuffle(pairs)
    held = [s for s, _ in pairs[: n_queries // 2]]
    real = pairs[n_queries // 2:]
    vocab = sorted({w for s, _ in real[:20000] for w in re.findall(r"[A-Za-z]{3,}", s)})
    pool = [s for s, _ in real[:5000]]
    units = real[:size]
    while len(units) < size:
        s, t = rng.choice(real)
        units.append((edited(s, rng, vocab, pool), t))
    qrng = random.Random(seed + 1)
    variants = [edited(qrng.choice(units)[0], qrng, vocab, pool) for _ in range(n_queries - len(held))]
    return units, held + variants


# ---------------------------------------------------------------- child processes


def child_build(root: Path) -> dict:
    import threading

    from workbench.project import Project
    from workbench.tm import TranslationMemory, store

    timings = {"index": 0.0}
    original = store.build_segment

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timings["index"] += time.perf_counter() - start

    store.build_segment = timed
    peak = [0.0]

    def sample() -> None:  # not ru_maxrss: Linux carries it over exec from the big parent
        while True:
            peak[0] = max(peak[0], _rss_mb())
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    start = time.perf_counter()
    tm = TranslationMemory.for_project(Project.open(root), "ru", progress=False)
    total = time.perf_counter() - start
    return {"units": len(tm), "build_total_s": total, "build_index_s": timings["index"],
            "build_parse_s": total - timings["index"], "build_peak_rss_mb": peak[0]}


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] if ordered else 0.0


def child_query(root: Path, queries: list[str], min_score: int, limit: int) -> dict:
    from workbench.project import Project
    from workbench.tm import TranslationMemory

    project = Project.open(root)
    base = _rss_mb()
    start = time.perf_counter()
    tm = TranslationMemory.for_project(project, "ru", progress=False)
    reload_s = time.perf_counter() - start
    assert not tm.rebuilt, "the index was rebuilt on reload"
    rss_loaded = _rss_mb() - base
    for q in queries[:20]:  # warm up
        tm.lookup(q, limit=limit, min_score=min_score)
    cpu, wall, got = [], [], []
    for q in queries:
        c, w = time.thread_time(), time.perf_counter()
        got.append(tm.lookup(q, limit=limit, min_score=min_score))
        cpu.append(time.thread_time() - c)
        wall.append(time.perf_counter() - w)
    rss_used = _rss_mb() - base
    ex_wall, expected = [], []
    for q in queries:
        w = time.perf_counter()
        expected.append(tm.lookup(q, limit=limit, min_score=min_score, exhaustive=True))
        ex_wall.append(time.perf_counter() - w)
    return {"reload_s": reload_s, "rss_loaded_mb": rss_loaded, "rss_after_lookups_mb": rss_used,
            **_latency("lookup", cpu, wall), "exhaustive_p50_ms": 1000 * _pct(ex_wall, 50),
            **_recall(got, expected), **_pretranslate(project, tm)}


def _latency(name: str, cpu: list[float], wall: list[float]) -> dict:
    return {f"{name}_cpu_p50_ms": 1000 * _pct(cpu, 50), f"{name}_cpu_p99_ms": 1000 * _pct(cpu, 99),
            f"{name}_wall_p50_ms": 1000 * _pct(wall, 50), f"{name}_wall_p99_ms": 1000 * _pct(wall, 99)}


def _recall(got: list, expected: list) -> dict:
    from collections import Counter

    with_best = [(g, e) for g, e in zip(got, expected, strict=True) if e]
    top1 = sum(1 for g, e in with_best if g and g[0].score == e[0].score)
    strong = [(g, e) for g, e in with_best if e[0].score >= 75]
    top1_75 = sum(1 for g, e in strong if g and g[0].score == e[0].score)
    want = found = 0
    for g, e in zip(got, expected, strict=True):
        e75 = Counter(h.score for h in e if h.score >= 75)
        g75 = Counter(h.score for h in g if h.score >= 75)
        want += sum(e75.values())
        found += sum((e75 & g75).values())
    return {"queries_with_match": len(with_best), "top1_recall": top1 / max(len(with_best), 1),
            "top1_recall_75": top1_75 / max(len(strong), 1), "queries_75": len(strong),
            "found_75": found / max(want, 1), "matches_75": want}


def _pretranslate(project, tm) -> dict:
    from workbench.catalog import read_catalog
    from workbench.tm.pretranslate import pretranslate

    path = project.po_path("ru", "bench")
    original = path.read_bytes()
    out = {}
    for min_score in (100, 75):
        path.write_bytes(original)
        segments = len([e for e in read_catalog(path) if e.msgid])
        start = time.perf_counter()
        report = pretranslate(project, "ru", ["bench"], min_score, tm=tm)
        took = time.perf_counter() - start
        out[f"pretranslate_{min_score}_seg_s"] = segments / took
        out[f"pretranslate_{min_score}_filled"] = report.translated + report.fuzzy
    path.write_bytes(original)
    return out


# ---------------------------------------------------------------- parent


def make_project(root: Path, units: list, queries: list[str], rng: random.Random) -> None:
    import polib

    from workbench.tm.tmx import write_tmx
    from workbench.tm.units import Unit

    (root / "corpus").mkdir(parents=True)
    (root / "workbench.toml").write_text(
        '[project]\nsource_language = "en"\ntarget_languages = ["ru"]\n', encoding="utf-8")
    (root / "corpus" / "bench.md").write_text("# Bench\n", encoding="utf-8")
    write_tmx(root / "tm" / "bench.tmx", ((Unit(s, t), "bench") for s, t in units), "en", "ru")
    po = polib.POFile()
    po.metadata = {"Project-Id-Version": "bench", "Language": "ru",
                   "Content-Type": "text/plain; charset=UTF-8"}
    exact = [s for s, t in rng.sample(units, min(len(queries), len(units))) if len(t) == 1]
    for text in dict.fromkeys(queries + exact):
        po.append(polib.POEntry(msgid=text, msgstr=""))
    path = root / "locales" / "ru" / "LC_MESSAGES" / "bench.po"
    path.parent.mkdir(parents=True)
    po.save(str(path))


def run_child(kind: str, root: Path, args: argparse.Namespace, queries_file: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, f"--child-{kind}", str(root), "--min", str(args.min),
           "--limit", str(args.limit)]
    if queries_file:
        cmd += ["--queries-file", str(queries_file)]
    env = {**os.environ, **ONE_THREAD}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode:
        sys.exit(f"child {kind} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_size(pairs: list, size: int, args: argparse.Namespace) -> dict:
    units, queries = dataset(pairs, size, args.queries)
    root = Path(tempfile.mkdtemp(prefix=f"tm-bench-{size}-"))
    try:
        make_project(root, units, queries, random.Random(3))
        qfile = root / "queries.json"
        qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
        result = {"size": size, **run_child("build", root, args)}
        result |= run_child("query", root, args, qfile)
        result["load"] = os.getloadavg()[0]
        result["speedup"] = result["exhaustive_p50_ms"] / max(result["lookup_wall_p50_ms"], 1e-9)
        result["index_mb"] = sum(f.stat().st_size for f in (root / ".workbench").rglob("*")
                                 if f.is_file()) / 2**20
        return result
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


ROWS = [
    ("units", "units indexed", "{:,.0f}"), ("build_total_s", "build, first use (s)", "{:.1f}"),
    ("build_parse_s", "  of which TMX parse (s)", "{:.1f}"),
    ("build_index_s", "  of which index build (s)", "{:.1f}"),
    ("build_peak_rss_mb", "build peak RSS (MB)", "{:.0f}"), ("index_mb", "index on disk (MB)", "{:.0f}"),
    ("reload_s", "reload (s)", "{:.2f}"), ("rss_loaded_mb", "memory after reload (MB)", "{:.0f}"),
    ("rss_after_lookups_mb", "memory after lookups (MB)", "{:.0f}"),
    ("lookup_cpu_p50_ms", "lookup p50, CPU (ms)", "{:.2f}"), ("lookup_cpu_p99_ms", "lookup p99, CPU (ms)", "{:.2f}"),
    ("lookup_wall_p50_ms", "lookup p50, wall (ms)", "{:.2f}"),
    ("lookup_wall_p99_ms", "lookup p99, wall (ms)", "{:.2f}"),
    ("exhaustive_p50_ms", "exhaustive p50, wall (ms)", "{:.1f}"),
    ("speedup", "index vs exhaustive (p50 wall)", "{:.0f}x"),
    ("top1_recall", "top-1 recall (best >= min)", "{:.2%}"), ("top1_recall_75", "top-1 recall (best >= 75)", "{:.2%}"),
    ("found_75", "matches >= 75 found", "{:.2%}"),
    ("pretranslate_100_seg_s", "pretranslate --min 100 (seg/s)", "{:.0f}"),
    ("pretranslate_75_seg_s", "pretranslate --min 75 (seg/s)", "{:.0f}"),
    ("load", "load average after the size", "{:.1f}"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--mo-langs", default="ru,uk,be,de,fr",
                        help="languages whose .mo files give the real units (msgids are English)")
    parser.add_argument("--min", type=int, default=70)
    parser.add_argument("--limit", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-query", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_build:
        print(json.dumps(child_build(args.child_build)))
        return
    if args.child_query:
        queries = json.loads(args.queries_file.read_text(encoding="utf-8"))
        print(json.dumps(child_query(args.child_query, queries, args.min, args.limit)))
        return
    pairs = real_pairs(args.mo_langs.split(","))
    print(f"{len(pairs):,} real units from {args.mo_langs}; {args.queries} queries per size; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", file=sys.stderr)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.append(bench_size(pairs, size, args))
        print(f"  {size:,} done", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'':34}" + "".join(f"{r['size']:>12,}" for r in results))
    for key, label, fmt in ROWS:
        print(f"{label:34}" + "".join(f"{fmt.format(r.get(key, 0)):>12}" for r in results))


if __name__ == "__main__":
    main()
