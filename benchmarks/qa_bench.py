"""QA noise, recall and speed on this machine's real catalogs, and the peers' own QA cases.

Prints, for each language (msgunfmt of /usr/share/locale/L/LC_MESSAGES/*.mo):
- noise: the share of units flagged at warning or above, and at error (consistency checks,
  which compare unrelated catalogs, and the spelling check, which has its own benchmark, are
  reported apart), with counts per check;
then, over the catalogs of all the languages together:
- recall on injected errors: changed numbers, dropped placeholders, Latin letters in Cyrillic
  words, dropped brackets, dropped quote marks, blank translations, each in units that were
  clean for that check before;
- the peers' own QA cases (Weblate's and translate-toolkit's tests): recall and false alarms
  per category, ours next to pofilter's (tests/unit/checks/peers/peer_eval.py);
- a seeded sample of flagged units to check by hand (precision), with --sample N;
- speed: `workbench check` over the first language's catalogs against pofilter.

Usage: python benchmarks/qa_bench.py [--langs ru,be,uk] [--inject 200] [--sample 40]
                                     [--no-pofilter] [--no-peers] [--no-noise] [--jobs N]

Measured here (2 CPUs shared, load average 6): flagged at warning+ ru 1.48%, be 1.85%, uk
1.24% of units, at error 0.05-0.07% (spelling apart: 9-59%); injected errors caught: numbers
97.5%, placeholders 100%, Latin in Cyrillic 100%, blank 100% (as errors), dropped brackets 99%,
dropped quotes 98% (warning+); peers' cases: recall 79.6% on Weblate's (pofilter 69.9%), 80.4%
on both suites, false alarms 4.8% (pofilter 28.9%); speed on 85 ru catalogs, one process:
without spelling 2.7 s CPU / 6.9 s wall against pofilter's 9.7 s / 37 s (3.5x by CPU, 5.4x by
wall); with the spelling check 17.6 s CPU.
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
from workbench.checks import families as qa_families
from workbench.checks.text import mask, protected_tokens

CONSISTENCY = {"inconsistent", "reused-translation"}
APART = CONSISTENCY | {"spelling"}  # reported on their own
HOMOGLYPHS = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"}


def unpack(lang: str, folder: Path) -> list[Path]:
    paths = []
    for mo in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
        po = folder / f"{mo.stem}.po"
        done = subprocess.run(["msgunfmt", str(mo), "-o", str(po)], capture_output=True)
        if done.returncode == 0 and po.exists():  # an empty catalog gives no file
            paths.append(po)
    return paths


def noise(lang: str, paths: list[Path], jobs: int | None) -> tuple[list, float]:
    start = time.perf_counter()
    result = run_paths(paths, jobs=jobs)
    elapsed = time.perf_counter() - start
    units = sum(result.entries.values())
    counted = [f for f in result.findings if f.check not in APART]
    warn = {(f.file, f.line) for f in counted if f.severity in ("error", "warning")}
    err = {(f.file, f.line) for f in counted if f.severity == "error"}
    spelled = {(f.file, f.line) for f in result.findings
               if f.check == "spelling" and f.severity != "info"}
    print(f"\n== Noise [{lang}]: {len(paths)} catalogs, {units} units")
    print(f"flagged at warning or above: {len(warn)} units = {100 * len(warn) / units:.2f}%"
          "   (target <= 2%)")
    print(f"flagged at error:            {len(err)} units = {100 * len(err) / units:.2f}%"
          "   (target <= 0.2%)")
    print(f"spelling (its own benchmark; not counted above): {len(spelled)} units = "
          f"{100 * len(spelled) / units:.2f}%")
    across = run_paths(paths, checks=sorted(CONSISTENCY), across=True)
    cons = Counter((f.check, f.severity) for f in across.findings)
    print(f"consistency across all catalogs (unrelated programs; not counted): {dict(cons)}")
    per = Counter((f.check, f.severity) for f in counted)
    for (check, severity), n in per.most_common():
        print(f"  {check:<18} {severity:<8} {n:>6}")
    return counted, elapsed


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


BRACKETED = re.compile(r"\s?[(\[][^()\[\]]*[^\W\d_]{3}[^()\[\]]*[)\]]")
QUOTED = re.compile(r"[«„“\"]([^«»„“”\"]{2,})[»“”\"]")


def _inject_brackets(text: str, rng: random.Random, source: str = "") -> str | None:
    """A bracketed part ("[sic]", "(for example)") left out, where the source has as many."""
    spots = list(BRACKETED.finditer(text))
    if len(spots) != len(BRACKETED.findall(source)):
        return None  # brackets the translator added or moved: nothing to drop from the source
    if not spots:
        return None
    m = rng.choice(spots)
    rest = text[:m.start()] + text[m.end():]
    return rest if rest.strip() else None  # a text that was all brackets: that is a blank one


def _inject_quotes(text: str, rng: random.Random) -> str | None:
    """The quote marks of one quotation left out (its words kept)."""
    spots = list(QUOTED.finditer(text))
    if not spots:
        return None
    m = rng.choice(spots)
    return text[:m.start()] + m.group(1) + text[m.end():]


def _inject_blank(text: str, rng: random.Random) -> str | None:
    return rng.choice((" ", "  ", "\n", " \n"))


# kind -> (injector, checks that should catch it, whether it must be an error)
INJECTIONS = {"changed number": (_inject_number, {"numbers"}, True),
              "dropped placeholder": (_inject_placeholder, {"printf", "brace"}, True),
              "Latin in Cyrillic": (_inject_latin, {"mixed-script"}, True),
              "blank translation": (_inject_blank, {"blank"}, True),
              "dropped brackets": (_inject_brackets, {"brackets"}, False),
              "dropped quotes": (_inject_quotes, {"quotes-changed", "quotes"}, False)}


def recall(paths: list[Path], per_kind: int, seed: int, out_dir: Path) -> None:
    rng = random.Random(seed)
    print(f"\n== Injected errors (seed {seed}, up to {per_kind} per kind)")
    pool = []
    for path in paths:
        cat = read_catalog(path)
        ctx = context_for(cat, file=path, checks=sorted(set().union(
            *(wanted for _inject, wanted, _error in INJECTIONS.values()))))
        pool += [(cat, ctx, e) for e in cat
                 if e.msgid and e.msgstr and not e.msgid_plural and not e.obsolete]
    rng.shuffle(pool)
    touched: dict[Path, object] = {}
    for kind, (inject, wanted, as_error) in INJECTIONS.items():
        tried = caught = 0
        missed: list[str] = []
        for cat, ctx, entry in pool:
            if tried >= per_kind:
                break
            changed = (inject(entry.msgstr, rng, entry.msgid) if inject is _inject_brackets
                       else inject(entry.msgstr, rng))
            if changed is None or changed == entry.msgstr:
                continue
            if wanted & {f.check for f in check_entry(entry, ctx)}:
                continue
            original, entry.msgstr = entry.msgstr, changed
            after = check_entry(entry, ctx)
            tried += 1
            floor = ("error",) if as_error else ("error", "warning")
            hit = any(f.check in wanted and f.severity in floor for f in after)
            caught += hit
            if not hit and len(missed) < 3:
                missed.append(f"      missed: {entry.msgid[:70]!r} -> {entry.msgstr[:70]!r}")
            if tried > per_kind // 2:  # keep half of them in files for the command-line run
                entry.msgstr = original
            else:
                touched[Path(ctx.file or "")] = cat
        how = "as errors" if as_error else "at warning+"
        print(f"  {kind:<20} caught {how:<11}: {caught}/{tried} = "
              f"{100 * caught / max(tried, 1):.1f}%   (target >= 95%)")
        print("\n".join(missed))
    written = []
    for path, cat in touched.items():
        target = out_dir / f"{path.parent.name}.{path.name}"
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
    families = ",".join(f for f in qa_families() if f != "spelling")
    bare = _timed([*check, "--jobs", "1", "--check", families, *map(str, paths)])
    print(f"  the same without spelling:     {bare[0]:.2f} s wall, {bare[1]:.2f} s CPU")
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
          f"{theirs[1] / single[1]:.1f}x by CPU time (one process each); without spelling "
          f"{theirs[1] / bare[1]:.1f}x by CPU time   (target >= 5x)")


def peers() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests/unit/checks/peers"))
    import peer_eval

    print("\n== The peers' own QA cases (Weblate 5.14.3, translate-toolkit): recall and false "
          "alarms per category, ours and pofilter's")
    print("\n".join(peer_eval.report(peer_eval.tally(peer_eval.load_cases()))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--langs", default="ru,be,uk")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--inject", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-pofilter", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-noise", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        every: list[Path] = []
        findings: list = []
        first: tuple[list[Path], float] | None = None
        for lang in args.langs.split(","):
            folder = Path(tmp) / lang
            folder.mkdir()
            paths = unpack(lang, folder)
            if not paths:
                print(f"no catalogs in /usr/share/locale/{lang}/LC_MESSAGES")
                continue
            found, elapsed = noise(lang, paths, args.jobs) if not args.no_noise else ([], 0.0)
            findings += found
            every += paths
            first = first or (paths, elapsed)
        if not every or first is None:
            sys.exit("no catalogs to measure")
        injected = Path(tmp) / "injected"
        injected.mkdir()
        if args.inject:
            recall(every, args.inject, args.seed, injected)
        if not args.no_peers:
            peers()
        if args.sample:
            sample(findings, args.sample, args.seed)
        speed(first[0], first[1], not args.no_pofilter)


if __name__ == "__main__":
    main()
