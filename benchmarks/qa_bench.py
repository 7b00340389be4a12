"""QA noise and speed on this machine's real catalogs (msgunfmt of /usr/share/locale/L/*.mo).

Prints:
- noise: the share of units flagged at warning or above, and at error (consistency checks,
  which compare unrelated catalogs, reported apart), with counts per check;
- recall on injected errors: changed numbers, dropped placeholders, Latin letters in Cyrillic
  words, each in units that were clean for that check before;
- a seeded sample of flagged units to check by hand (precision);
- speed: `workbench check` over all catalogs (in-process and as a command), and pofilter on
  the same files when translate-toolkit is installed.

Usage: python benchmarks/qa_bench.py [--lang ru] [--sample 40] [--no-pofilter] [--jobs N]

Measured on this machine (2 CPUs shared with other jobs, 81 ru catalogs, 51,564 units):
0.80% of units flagged at warning or above, 0.06% at error (pofilter: 28.4%); injected
errors caught as errors: changed numbers 97-98%, dropped placeholders 98-100%, Latin in
Cyrillic 99-100%. Hand check of 60 sampled findings: 54 right (most of the rest: debug
labels left in English, rephrased questions). All 29 errors read: 28 right. Speed: 4.3-5.3 s
of CPU in one process against pofilter's 24-31 s; wall time depends on the machine's load.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from workbench.catalog import catalog_to_bytes, read_catalog
from workbench.checks import check_entry, context_for, run_paths
from workbench.checks.text import mask, protected_tokens

CONSISTENCY = {"inconsistent", "reused-translation"}
HOMOGLYPHS = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"}


def unpack(lang: str, folder: Path) -> list[Path]:
    paths = []
    for mo in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
        po = folder / f"{mo.stem}.po"
        done = subprocess.run(["msgunfmt", str(mo), "-o", str(po)], capture_output=True)
        if done.returncode == 0 and po.exists():  # an empty catalog gives no file
            paths.append(po)
    return paths


def noise(paths: list[Path], jobs: int | None) -> tuple[list, int, float]:
    start = time.perf_counter()
    result = run_paths(paths, jobs=jobs)
    elapsed = time.perf_counter() - start
    units = sum(result.entries.values())
    counted = [f for f in result.findings if f.check not in CONSISTENCY]
    warn = {(f.file, f.line) for f in counted if f.severity in ("error", "warning")}
    err = {(f.file, f.line) for f in counted if f.severity == "error"}
    print(f"\n== Noise: {len(paths)} catalogs, {units} units")
    print(f"flagged at warning or above: {len(warn)} units = {100 * len(warn) / units:.2f}%"
          "   (target <= 5%)")
    print(f"flagged at error:            {len(err)} units = {100 * len(err) / units:.2f}%"
          "   (target <= 1%)")
    across = run_paths(paths, checks=sorted(CONSISTENCY), across=True)
    cons = Counter((f.check, f.severity) for f in across.findings)
    print(f"consistency across all catalogs (unrelated programs; not counted): {dict(cons)}")
    per = Counter((f.check, f.severity) for f in counted)
    for (check, severity), n in per.most_common():
        print(f"  {check:<18} {severity:<8} {n:>6}")
    return counted, units, elapsed


def _inject_number(text: str, rng: random.Random) -> str | None:
    digits = list(re.finditer(r"\d+", mask(text, protected_tokens(text))))
    if not digits:
        return None
    m = rng.choice(digits)
    value = str(int(m.group()) + rng.choice((1, 2, 3, 7)))
    return text[:m.start()] + value + text[m.end():]


def _inject_placeholder(text: str, rng: random.Random) -> str | None:
    tokens = [t for t in protected_tokens(text)
              if t.kind in ("printf", "brace") and not t.text.startswith("%%")]
    if not tokens:
        return None
    t = rng.choice(tokens)
    return text[:t.start] + text[t.end:]


def _inject_latin(text: str, rng: random.Random) -> str | None:
    spots = [m.start() for m in re.finditer(r"(?<=[а-яё])[аеорсху]|[аеорсху](?=[а-яё])", text)]
    if not spots:
        return None
    i = rng.choice(spots)
    return text[:i] + HOMOGLYPHS[text[i]] + text[i + 1:]


INJECTIONS = {"changed number": (_inject_number, {"numbers"}),
              "dropped placeholder": (_inject_placeholder, {"printf", "brace"}),
              "Latin in Cyrillic": (_inject_latin, {"mixed-script"})}


def recall(paths: list[Path], per_kind: int, seed: int, out_dir: Path) -> None:
    rng = random.Random(seed)
    print(f"\n== Injected errors (seed {seed}, up to {per_kind} per kind)")
    pool = []
    for path in paths:
        cat = read_catalog(path)
        ctx = context_for(cat, file=path)
        pool += [(cat, ctx, e) for e in cat
                 if e.msgid and e.msgstr and not e.msgid_plural and not e.obsolete]
    rng.shuffle(pool)
    touched: dict[Path, object] = {}
    for kind, (inject, wanted) in INJECTIONS.items():
        tried = caught = 0
        for cat, ctx, entry in pool:
            if tried >= per_kind:
                break
            changed = inject(entry.msgstr, rng)
            before = {f.check for f in check_entry(entry, ctx)}
            if changed is None or changed == entry.msgstr or before & wanted:
                continue
            original, entry.msgstr = entry.msgstr, changed
            after = check_entry(entry, ctx)
            tried += 1
            caught += any(f.check in wanted and f.severity == "error" for f in after)
            if tried > per_kind // 2:  # keep half of them in files for the command-line run
                entry.msgstr = original
            else:
                touched[Path(ctx.file or "")] = cat
        print(f"  {kind:<20} caught as errors: {caught}/{tried} = {100 * caught / max(tried, 1):.1f}%")
    written = []
    for path, cat in touched.items():
        target = out_dir / path.name
        target.write_bytes(catalog_to_bytes(cat))  # type: ignore[arg-type]
        written.append(target)
    code = subprocess.run([sys.executable, "-m", "workbench", "check", "--format", "json",
                           "--severity", "error", *map(str, written)],
                          capture_output=True, text=True).returncode
    print(f"  workbench check --format json on {len(written)} injected catalogs: exit {code}")


def sample(findings: list, size: int, seed: int) -> None:
    rng = random.Random(seed)
    flagged = [f for f in findings if f.severity in ("error", "warning")]
    chosen = rng.sample(flagged, min(size, len(flagged)))
    print(f"\n== Sample of {len(chosen)} flagged units for a hand check (seed {seed})")
    cache: dict[str, object] = {}
    for f in chosen:
        cat = cache.get(f.file) or cache.setdefault(f.file, read_catalog(f.file))
        entry = next(e for e in cat if e.linenum == f.line)  # type: ignore[attr-defined]
        target = entry.msgstr if f.form is None else entry.msgstr_plural[f.form]
        print(f"- {Path(f.file).name}:{f.line} {f.severity} {f.check}: {f.message[:110]}")
        print(f"    S: {entry.msgid[:150]!r}\n    T: {target[:150]!r}")


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, all child processes) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def speed(paths: list[Path], in_process: float, do_pofilter: bool) -> None:
    """Wall time depends on what else the machine runs; CPU time much less, so both."""
    print(f"\n== Speed ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    print(f"  in-process run_paths (parse + checks): {in_process:.2f} s wall")
    check = [sys.executable, "-m", "workbench", "check", "--format", "json"]
    ours = _timed([*check, *map(str, paths)])
    print(f"  workbench check --format json: {ours[0]:.2f} s wall, {ours[1]:.2f} s CPU")
    single = _timed([*check, "--jobs", "1", *map(str, paths)])
    print(f"  workbench check --jobs 1:      {single[0]:.2f} s wall, {single[1]:.2f} s CPU")
    pofilter = shutil.which("pofilter") or str(Path(sys.executable).with_name("pofilter"))
    if not do_pofilter or not Path(pofilter).exists():
        print("  pofilter: not run")
        return
    with tempfile.TemporaryDirectory() as tmp:
        theirs = _timed([pofilter, "--progress=none", "-i", str(paths[0].parent), "-o", tmp])
        flagged = sum(p.read_text(encoding="utf-8").count("\nmsgid ")
                      for p in Path(tmp).glob("*.po"))
    print(f"  pofilter (same files):          {theirs[0]:.2f} s wall, {theirs[1]:.2f} s CPU, "
          f"{flagged} units flagged")
    print(f"  workbench is {theirs[0] / ours[0]:.1f}x faster by wall time, "
          f"{theirs[1] / single[1]:.1f}x by CPU time (one process each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--inject", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-pofilter", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, injected = Path(tmp) / "po", Path(tmp) / "injected"
        folder.mkdir()
        injected.mkdir()
        paths = unpack(args.lang, folder)
        if not paths:
            sys.exit(f"no catalogs in /usr/share/locale/{args.lang}/LC_MESSAGES")
        findings, _units, elapsed = noise(paths, args.jobs)
        recall(paths, args.inject, args.seed, injected)
        sample(findings, args.sample, args.seed)
        speed(paths, elapsed, not args.no_pofilter)


if __name__ == "__main__":
    main()
