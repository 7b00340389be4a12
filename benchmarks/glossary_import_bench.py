"""Glossary import at scale: a 100,000-term TBX into a project (target: under 30 s).

Terms: the short messages (one to four words) of this machine's Russian system catalogs
(msgunfmt of /usr/share/locale/ru/LC_MESSAGES/*.mo) with their translations, one concept each,
numbered past the real ones to reach --terms. Figures, each a wall-clock time:
- write: the TBX-Basic file written by us;
- import into an empty glossary (read, resolve duplicates, merge, save), the command's path;
- import again into the glossary that now holds them all (every concept found and updated).

    python benchmarks/glossary_import_bench.py [--terms 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from glossary_accuracy import load_pairs  # noqa: E402

from workbench.glossary import Concept, Term, Termbase  # noqa: E402
from workbench.glossary.importing import read_import  # noqa: E402
from workbench.glossary.store import merge, read_termbase, save_termbase  # noqa: E402

TARGET_SECONDS = 30.0


def build(pairs: list[tuple[str, str]], terms: int) -> Termbase:
    short = {}
    for source, target in pairs:
        if 1 <= len(source.split()) <= 4 and target.strip() and source.strip():
            short.setdefault(" ".join(source.split()), " ".join(target.split()))
    real = sorted(short.items())
    concepts, n = [], 0
    while len(concepts) * 2 < terms:
        source, target = real[n % len(real)]
        round_ = n // len(real)
        suffix = f" {round_}" if round_ else ""
        concepts.append(Concept(f"c{n}", [Term(source + suffix, "en"), Term(target + suffix, "ru")]))
        n += 1
    return Termbase(concepts)


def timed(label: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=100_000)
    args = parser.parse_args()
    pairs = load_pairs("ru")
    termbase = build(pairs, args.terms)
    count = sum(len(c.terms) for c in termbase)
    print(f"{len(termbase):,} concepts, {count:,} terms (from {len(pairs):,} real ru pairs)")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "incoming.tbx"
        timed("write TBX-Basic", lambda: save_termbase(termbase, source))
        project = Path(tmp) / "glossary.tbx"

        def import_into(path: Path) -> tuple[int, int]:
            mine = read_termbase(path) if path.exists() else Termbase(path=path)
            imported = read_import(source)
            added, updated = merge(mine, imported.termbase)
            save_termbase(mine, path)
            return added, updated

        start = time.perf_counter()
        added, _ = timed("import into an empty glossary", lambda: import_into(project))
        first = time.perf_counter() - start
        _, updated = timed("import again (every concept known)", lambda: import_into(project))
    print(f"added {added:,}, then updated {updated:,}")
    verdict = "met" if first < TARGET_SECONDS else "NOT met"
    print(f"target: {args.terms:,} terms in under {TARGET_SECONDS:.0f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
