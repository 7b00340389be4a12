"""Spelling: speed of the check, units flagged on real catalogs, injected typos caught.

    python benchmarks/spelling_bench.py            # everything (real catalogs need msgunfmt)
    python benchmarks/spelling_bench.py --speed    # only the check's speed
    python benchmarks/spelling_bench.py --engines  # chunspell vs spylls (vs pyenchant if there)

1. Speed: the `spelling` QA check over the bundled catalogs and over the real ru catalogs of
   /usr/share/locale (cold: first pass, empty caches; warm: the same entries again, as the
   editor and a second `workbench check` see them). Target: warm >= 5,000 segments/s.
2. Flag rate: translated units of the real ru and uk catalogs of /usr/share/locale (iso_*
   lists of place names left out) with at least one finding, against raw Hunspell over the
   same words. Target: <= 5%.
3. Typo catch: one-letter typos (a letter dropped, doubled, swapped with the next, or replaced)
   injected into correct words of five letters or more of real translations, in ru, uk and be
   (official-orthography be catalogs). Target: >= 90% flagged.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.checks import context_for, pairs_of  # noqa: E402
from workbench.checks.spelling import spelling_problems  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.spelling import SpellChecker, checker_for, orthography_of, tokens  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")
ALPHABET = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
            "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя"}


def real_catalogs(lang: str, tmp: Path) -> list[polib.POFile]:
    folder = Path("/usr/share/locale") / lang / "LC_MESSAGES"
    if not folder.is_dir() or not shutil.which("msgunfmt"):
        return []
    out = []
    for mo in sorted(folder.glob("*.mo")):
        if mo.name.startswith("iso_"):
            continue
        po = tmp / f"{lang}-{mo.stem}.po"
        subprocess.run(["msgunfmt", str(mo), "-o", str(po)], check=True, capture_output=True)
        if not po.exists():
            continue  # an empty catalog: msgunfmt writes nothing
        catalog = polib.pofile(str(po))
        catalog.metadata["Language"] = lang
        out.append(catalog)
    return out


def translated(catalog: polib.POFile) -> list[polib.POEntry]:
    return [e for e in catalog if e.msgid and not e.obsolete and not e.fuzzy and e.translated()]


def speed(label: str, catalogs: list[polib.POFile], project: Project | None = None) -> None:
    units = [(pair, ctx) for cat in catalogs
             for ctx in [context_for(cat, file=cat.fpath, project=project, checks=["spelling"])]
             for e in translated(cat) for pair in pairs_of(e, ctx)]
    if not units:
        return
    for run in ("cold", "warm"):
        seconds = float("inf")
        for _ in range(1 if run == "cold" else 5):  # warm: the best of five (a shared machine)
            start = time.perf_counter()
            found = sum(1 for pair, ctx in units for _ in spelling_problems(pair, ctx))
            seconds = min(seconds, time.perf_counter() - start)
        print(f"  {label:34s} {run}: {len(units):6d} segments in {seconds:6.3f} s = "
              f"{len(units) / seconds:9,.0f} segments/s ({found} findings)")


def flag_rate(lang: str, catalogs: list[polib.POFile]) -> None:
    checker = checker_for(lang)
    if checker is None or not catalogs:
        return
    units = flagged = raw = 0
    for cat in catalogs:
        ctx = context_for(cat, lang, checks=["spelling"])
        for entry in translated(cat):
            pairs = list(pairs_of(entry, ctx))
            units += 1
            flagged += any(True for p in pairs for _ in spelling_problems(p, ctx))
            raw += any(not checker.speller.spell(w) for p in pairs for w in _judged(checker, p.target))
    print(f"  {lang}: {units} translated units in {len(catalogs)} catalogs: spelling flags "
          f"{flagged} ({flagged / units:.2%}); Hunspell alone over the same words {raw} "
          f"({raw / units:.2%})")


def _judged(checker: SpellChecker, text: str) -> list[str]:
    """The words the check looks at in ``text``, for raw Hunspell to judge alone."""
    out = []
    for word in tokens.words(text):
        found = [word.text] if word.text and not word.parts else [p for p, _s, _e in word.parts]
        out += [w for w in found if tokens.judged(w, checker.script)]
    return out


def engines(lang: str, catalogs: list[polib.POFile], sample: int = 5000) -> None:
    """Words/s and verdicts of each engine on the same dictionary and the same words (the
    distinct words the check judges in the real catalogs)."""
    from workbench.spelling.backend import _chunspell, _spylls

    checker = checker_for(lang)
    if checker is None or not catalogs:
        return
    words = sorted({w for c in catalogs for e in translated(c) for w in _judged(checker, e.msgstr)})
    words = random.Random(5).sample(words, min(sample, len(words)))
    ref = checker.speller.ref
    spellers: dict[str, object] = {"chunspell": _chunspell(ref), "spylls": _spylls(ref)}
    try:
        import enchant  # pyenchant: needs the system's libenchant-2 (not a dependency)

        spellers["pyenchant"] = enchant.Dict(ref.name).check
    except Exception:  # noqa: BLE001 - not installed: left out
        pass
    verdicts = {}
    for name, engine in spellers.items():
        if engine is None:
            continue
        spell = engine if callable(engine) else engine.spell  # type: ignore[attr-defined]
        start = time.perf_counter()
        verdicts[name] = [bool(spell(w)) for w in words]
        rate = len(words) / (time.perf_counter() - start)
        print(f"  {lang} {name:10s} {rate:10,.0f} words/s, {verdicts[name].count(False)} of "
              f"{len(words)} unknown")
    first = next(iter(verdicts.values()), [])
    for name, found in verdicts.items():
        differ = [w for w, a, b in zip(words, first, found, strict=True) if a != b]
        print(f"  {lang} {name:10s} differs from {next(iter(verdicts))} on {len(differ)} words "
              f"{differ[:5]}")


def _typo(word: str, kind: str, rng: random.Random, alphabet: str) -> str:
    i = rng.randrange(len(word) - 1)
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        j = next((k for k in range(i, len(word) - 1) if word[k] != word[k + 1]), None)
        return word if j is None else word[:j] + word[j + 1] + word[j] + word[j + 2:]
    return word[:i] + rng.choice([c for c in alphabet if c != word[i].lower()]) + word[i + 1:]


def typo_catch(lang: str, catalogs: list[polib.POFile], samples: int = 2000) -> None:
    checker = checker_for(lang)
    if checker is None or not catalogs:
        return
    if lang == "be":
        catalogs = [c for c in catalogs if orthography_of(
            e.msgstr for e in c).name == "official"]
    rng = random.Random(13)
    cases = []
    for cat in catalogs:
        for e in translated(cat):
            if e.msgid_plural or not e.msgstr:
                continue
            for m in WORD.finditer(e.msgstr):
                word = m.group()
                if len(word) >= 5 and word.islower() and set(word) <= set(ALPHABET[lang]):
                    cases.append((e, m))
    rng.shuffle(cases)
    caught = tried = real_words = 0
    for entry, m in cases:
        if tried >= samples:
            break
        if any(x.start <= m.start() < x.end for x in checker.misspellings(entry.msgstr, entry.msgid)):
            continue  # the word is unknown already: no test of a typo
        kind = ("drop", "double", "swap", "replace")[tried % 4]
        bad = _typo(m.group(), kind, rng, ALPHABET[lang])
        if bad == m.group():
            continue
        text = entry.msgstr[:m.start()] + bad + entry.msgstr[m.end():]
        tried += 1
        hit = any(x.start <= m.start() < x.end for x in checker.misspellings(text, entry.msgid))
        caught += hit
        real_words += not hit and checker.speller.spell(bad)
    print(f"  {lang}: {caught} of {tried} injected typos caught ({caught / tried:.1%}); of the "
          f"misses, {real_words} are dictionary words themselves")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", action="store_true", help="only the speed figures")
    parser.add_argument("--engines", action="store_true", help="only the engines compared")
    args = parser.parse_args()
    bundled = [polib.pofile(str(p)) for p in sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))]
    with tempfile.TemporaryDirectory() as tmp:
        real = {lang: real_catalogs(lang, Path(tmp)) for lang in ("ru", "uk", "be")}
        for lang in real:
            checker = checker_for(lang)
            print(f"{lang}: {checker.describe() if checker else 'no dictionary'}")
        if args.engines:
            print("engines on the same dictionaries and words:")
            for lang in real:
                engines(lang, real[lang])
            return
        print("speed of the spelling check:")
        speed("bundled catalogs", bundled, Project.open(ROOT))
        speed("real ru catalogs of /usr/share/locale", real["ru"])
        if args.speed:
            return
        print("units flagged (target <= 5%):")
        for lang in ("ru", "uk"):
            flag_rate(lang, real[lang])
        print("injected one-letter typos in words of 5+ letters (target >= 90%):")
        for lang in ("ru", "uk", "be"):
            typo_catch(lang, real[lang])


if __name__ == "__main__":
    main()
