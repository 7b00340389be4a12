"""Alignment against gold links on real parallel text whose pairing is known.

The pairs are human translations: the bundled statement's catalogs (ru, be, uk) and the
msgid/msgstr pairs of the real catalogs under /usr/share/locale (ru, uk, be, de, fr).
Sentence-like messages (one sentence each side by the project's segmenter) are put in
documents in catalog order, paragraphs of one to five sentences; then the translation is
disturbed as published translations are:
  reordered  two neighbouring sentences swapped            (gold: crossed links)
  merged     two translated sentences made one ("; ")      (gold: 2–1)
  split      two source sentences made one ("; ")          (gold: 1–2)
  omitted    a sentence dropped from the translation       (gold: 1–0)
  added      a sentence only in the translation            (gold: 0–1)
Link precision and recall count (source sentence, target sentence) pairs.

    python benchmarks/align_bench.py [--docs 80] [--seed 1] [--langs ru,uk,be,de,fr] [--single] [--memory]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.align.document import Side, align, align_many  # noqa: E402
from workbench.segment import split_sentences  # noqa: E402

LOCALE = Path("/usr/share/locale")
RATES = {"reordered": 0.04, "merged": 0.04, "split": 0.04, "omitted": 0.03, "added": 0.03}
_SENTENCE = re.compile(r"^[A-Z][^\n\t]{24,220}[.!?]$")
_TARGET = re.compile(r"^[^\W\d_a-zа-яёіўїєґäöüéèàç][^\n\t]{8,300}[.!?…]$")  # a capital, a stop


def pairs_for(lang: str) -> list[list[tuple[str, str]]]:
    """Runs of (source, translation) pairs, one run per catalog, in catalog order."""
    runs = []
    statement = ROOT / "locales" / lang / "LC_MESSAGES" / "industriall-belarus-joint-statement.po"
    catalogs = [polib.pofile(str(statement))] if statement.exists() else []
    for mo in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.mo")):
        try:
            catalogs.append(polib.mofile(str(mo)))
        except (OSError, ValueError):
            continue
    for catalog in catalogs:
        run = []
        for entry in catalog:
            src, tgt = entry.msgid, entry.msgstr
            if (entry.msgid_plural or "fuzzy" in entry.flags or not tgt or src == tgt
                    or not _SENTENCE.match(src) or not _TARGET.match(tgt.strip())
                    or "_" in src or "&" in src):
                continue
            if split_sentences(src, "en") == [src] and split_sentences(tgt, lang) == [tgt.strip()]:
                run.append((src, tgt.strip()))
        if len(run) >= 6:
            runs.append(list(dict.fromkeys(run)))
    return runs


def _join(first: str, second: str) -> str:
    return f"{first[:-1]}; {second[0].lower()}{second[1:]}" if first[-1] == "." else f"{first} {second}"


def _reads_as(sentences: list[str], lang: str) -> bool:
    return not sentences or split_sentences(" ".join(sentences), lang) == sentences


def build(run: list[tuple[str, str]], rng: random.Random, size: int, lang: str):
    """Two documents (Markdown paragraphs) and the gold pairs of sentence indices."""
    start = rng.randrange(0, max(1, len(run) - size))
    units = run[start:start + size]
    src_pars: list[list[str]] = []
    tgt_pars: list[list[str]] = []
    gold: set[tuple[int, int]] = set()
    si = ti = 0
    i = 0
    while i < len(units):
        n = min(rng.randint(1, 5), len(units) - i)
        block = units[i:i + n]
        i += n
        src_par, tgt_par = [], []
        links: set[tuple[int, int]] = set()
        s0, t0 = si, ti
        k = 0
        while k < len(block):
            s, t = block[k]
            event = rng.choices([*RATES, "plain"], [*RATES.values(), 1 - sum(RATES.values())])[0]
            two = k + 1 < len(block)
            if event == "reordered" and two:
                s2, t2 = block[k + 1]
                src_par += [s, s2]
                tgt_par += [t2, t]
                links |= {(si, ti + 1), (si + 1, ti)}
                si, ti, k = si + 2, ti + 2, k + 2
            elif event == "merged" and two:
                s2, t2 = block[k + 1]
                src_par += [s, s2]
                tgt_par.append(_join(t, t2))
                links |= {(si, ti), (si + 1, ti)}
                si, ti, k = si + 2, ti + 1, k + 2
            elif event == "split" and two:
                s2, t2 = block[k + 1]
                src_par.append(_join(s, s2))
                tgt_par += [t, t2]
                links |= {(si, ti), (si, ti + 1)}
                si, ti, k = si + 1, ti + 2, k + 2
            elif event == "omitted":
                src_par.append(s)
                si, k = si + 1, k + 1
            elif event == "added":
                tgt_par.append(t)
                ti, k = ti + 1, k + 1
            else:
                src_par.append(s)
                tgt_par.append(t)
                links.add((si, ti))
                si, ti, k = si + 1, ti + 1, k + 1
        if not _reads_as(src_par, "en") or not _reads_as(tgt_par, lang):
            si, ti = s0, t0  # the segmenter reads this paragraph otherwise: no gold, left out
            continue
        gold |= links
        src_pars.append(src_par)
        tgt_pars.append(tgt_par)
    return _markdown(src_pars), _markdown(tgt_pars), gold, si, ti


def _markdown(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"


def run_language(lang: str, docs: int, seed: int, batch: bool = True, memory: bool = False
                 ) -> dict[str, float]:
    rng = random.Random(f"{seed}-{lang}")
    runs = pairs_for(lang)
    if not runs:
        return {}
    known: list[tuple[str, str]] = []
    if memory:  # every other catalog is the organisation's memory; documents come from the rest
        rng.shuffle(runs)
        known = [pair for run in runs[1::2] for pair in run]
        runs = runs[::2]
    found = right = wanted = used = skipped = 0
    built = []
    for _ in range(docs):
        run = rng.choice(runs)
        built.append(build(run, rng, rng.randint(8, 30), lang))
    started = time.perf_counter()
    if batch:  # one archive: the word table is learnt from all its documents
        results = align_many([(Side(b[0], "en"), Side(b[1], lang)) for b in built],
                             known_pairs=known)
    else:
        results = [align(Side(b[0], "en"), Side(b[1], lang), known_pairs=known) for b in built]
    took = time.perf_counter() - started
    for (_src, _tgt, gold, n_src, n_tgt), result in zip(built, results, strict=True):
        if len(result.source) != n_src or len(result.target) != n_tgt:
            skipped += 1  # the segmenter saw other sentences than were put in: no gold
            continue
        used += 1
        predicted = result.pairs()
        found += len(predicted)
        wanted += len(gold)
        right += len(predicted & gold)
    return {"docs": used, "skipped": skipped, "links": wanted, "memory": len(known),
            "precision": right / found if found else 0.0,
            "recall": right / wanted if wanted else 0.0, "seconds": took,
            "pairs": sum(len(r) for r in runs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=80,
                        help="documents per language: the archive the word table learns from")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--langs", default="ru,uk,be,de,fr")
    parser.add_argument("--single", action="store_true",
                        help="align each document alone (no word table learnt across the archive)")
    parser.add_argument("--memory", action="store_true",
                        help="half the catalogs are a translation memory the word table learns from")
    args = parser.parse_args()
    print(f"{'lang':<5}{'pairs':>8}{'docs':>6}{'gold links':>12}{'precision':>11}{'recall':>9}{'s/doc':>8}")
    for lang in args.langs.split(","):
        r = run_language(lang, args.docs, args.seed, batch=not args.single, memory=args.memory)
        if not r:
            print(f"{lang:<5} no parallel text found")
            continue
        print(f"{lang:<5}{r['pairs']:>8}{r['docs']:>6}{r['links']:>12}{r['precision']:>11.1%}"
              f"{r['recall']:>9.1%}{r['seconds'] / max(r['docs'] + r['skipped'], 1):>8.3f}"
              + (f"  ({r['skipped']} documents segmented otherwise, left out)" if r["skipped"] else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
