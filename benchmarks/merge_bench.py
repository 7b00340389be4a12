"""Git merge driver on this machine's real catalogs (msgunfmt of /usr/share/locale/L/*.mo).

For each catalog: the base is msgunfmt's output; OURS changes 10% of the entries and the
header (PO-Revision-Date, Last-Translator); THEIRS changes another 10%, changes 1% of OURS'
entries differently (conflicts) and is rewrapped by msgcat at width 60. The driver's merge
(workbench.catalog.merge_driver.merge_po_bytes, in process) is timed per file; every result is
checked with msgfmt -c and for lost translations (each side's new text is in the file, as the
msgstr or in a conflict comment). A sample of files also goes through `workbench merge-driver`
as git runs it (a new process per file).

Usage: python benchmarks/merge_bench.py [--lang ru] [--cli-sample 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.catalog import catalog_to_bytes, conflicts, parse_catalog
from workbench.catalog.merge_driver import merge_po_bytes


def variants(base: bytes, rng: random.Random) -> tuple[bytes, bytes, set[str], int]:
    """(ours, theirs (not yet rewrapped), every new text, conflicting entries)."""
    ours, theirs = parse_catalog(base), parse_catalog(base)
    entries = [i for i, e in enumerate(ours)
               if e.msgid and not e.msgid_plural and e.msgstr.strip("\n")]
    rng.shuffle(entries)
    tenth = max(1, len(entries) // 10)
    mine, other = entries[:tenth], entries[tenth:2 * tenth]
    clash = mine[: max(1, len(entries) // 100)]
    texts: set[str] = set()
    for i in mine:
        ours[i].msgstr = mark(ours[i].msgstr, "A")
        texts.add(ours[i].msgstr)
    for i in [*other, *clash]:
        theirs[i].msgstr = mark(theirs[i].msgstr, "B")
        texts.add(theirs[i].msgstr)
    ours.metadata["PO-Revision-Date"] = "2026-12-04 10:00+0000"
    ours.metadata["Last-Translator"] = "Ann <ann@example.org>"
    return catalog_to_bytes(ours), catalog_to_bytes(theirs), texts, len(clash)


def mark(text: str, side: str) -> str:
    """A change that keeps msgfmt -c happy: inside leading and trailing newlines."""
    core = text.strip("\n")
    head = text[: len(text) - len(text.lstrip("\n"))]
    return f"{head}{core} ({side}){text[len(head) + len(core):]}"


def rewrap(data: bytes, folder: Path) -> bytes:
    path = folder / "theirs.po"
    path.write_bytes(data)
    subprocess.run(["msgcat", "--width=60", "-o", str(path), str(path)], check=True,
                   capture_output=True)
    return path.read_bytes()


def valid(data: bytes, folder: Path) -> bool:
    path = folder / "merged.po"
    path.write_bytes(data)
    return subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                          capture_output=True).returncode == 0


def lost(data: bytes, texts: set[str]) -> int:
    found: set[str] = set()
    for entry in parse_catalog(data):
        found.add(entry.msgstr)
        found.update(conflicts.other_side(entry) or [])
    return len(texts - found)


def cli_time(folder: Path, base: bytes, ours: bytes, theirs: bytes) -> float:
    paths = [folder / name for name in ("O.po", "A.po", "B.po")]
    for path, data in zip(paths, (base, ours, theirs), strict=True):
        path.write_bytes(data)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench", "merge-driver", *map(str, paths), "x.po"],
                   capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--cli-sample", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (shutil.which("msgunfmt") and shutil.which("msgfmt")):
        print("needs gettext (msgunfmt, msgfmt, msgcat)", file=sys.stderr)
        return 2
    mos = sorted(Path(f"/usr/share/locale/{args.lang}/LC_MESSAGES").glob("*.mo"))
    rng = random.Random(args.seed)
    times, walls, cli, sizes = [], [], [], []
    bad = lost_total = clash_total = reported = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, mo in enumerate(mos):
            base = subprocess.run(["msgunfmt", str(mo)], capture_output=True, check=True).stdout
            ours, theirs, texts, clash = variants(base, rng)
            theirs = rewrap(theirs, folder)
            start, wall = time.process_time(), time.perf_counter()
            outcome = merge_po_bytes(base, ours, theirs, mo.name)
            times.append(time.process_time() - start)
            walls.append(time.perf_counter() - wall)
            sizes.append(len(parse_catalog(base)))
            bad += valid(base, folder) and not valid(outcome.data, folder)
            lost_total += lost(outcome.data, texts)
            clash_total += clash
            reported += len(outcome.conflicts)
            if n < args.cli_sample:
                cli.append(cli_time(folder, base, ours, theirs))
    ms = [t * 1000 for t in times]
    print(f"{len(mos)} {args.lang} catalogs, {sum(sizes):,} entries "
          f"(median {statistics.median(sizes):.0f}, max {max(sizes):,} per file)")
    print(f"merge per file (in process, CPU time): median {statistics.median(ms):.1f} ms, "
          f"mean {statistics.mean(ms):.1f} ms, max {max(ms):.1f} ms, total {sum(times):.2f} s "
          f"(wall: total {sum(walls):.2f} s on a shared machine)")
    print(f"per 1,000 entries: {1e6 * sum(times) / max(sum(sizes), 1):.1f} ms")
    if cli:
        print(f"'workbench merge-driver' as git runs it (first {len(cli)} files): "
              f"median {statistics.median(cli) * 1000:.0f} ms per file (process start included)")
    print(f"conflicts: {clash_total} made, {reported} reported; results failing msgfmt -c (of bases that pass): {bad}; "
          f"translations lost: {lost_total}")
    return 0 if bad == 0 and lost_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
