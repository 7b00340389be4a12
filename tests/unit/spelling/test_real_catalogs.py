"""The issue's targets on real human translations (essential Debian packages' catalogs; the full
figures over every catalog come from benchmarks/spelling_bench.py): few units flagged, and
one-letter typos caught."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from spelling_helpers import real_checker

from tests.conftest import require_system
from workbench.checks import context_for, pairs_of
from workbench.checks.spelling import spelling_problems

ESSENTIAL = ("coreutils", "grep", "findutils", "diffutils", "apt", "bash", "sed", "tar")
LETTERS = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
           "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя"}
WORD = re.compile(r"[^\W\d_]+")


def catalogs(lang: str, names: tuple[str, ...], tmp_path: Path) -> list[polib.POFile]:
    require_system(shutil.which("msgunfmt") is not None, "msgunfmt (gettext)")
    out = []
    for name in names:
        mo = Path("/usr/share/locale") / lang / "LC_MESSAGES" / f"{name}.mo"
        require_system(mo.is_file(), f"{mo}")
        po = tmp_path / f"{lang}-{name}.po"
        subprocess.run(["msgunfmt", str(mo), "-o", str(po)], check=True, capture_output=True)
        catalog = polib.pofile(str(po))
        catalog.metadata["Language"] = lang
        out.append(catalog)
    return out


def entries(catalog: polib.POFile) -> list[polib.POEntry]:
    return [e for e in catalog if e.msgid and not e.obsolete and not e.fuzzy and e.translated()]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_at_most_five_percent_of_units_flagged(lang: str, tmp_path: Path) -> None:
    real_checker(lang)
    units = flagged = 0
    for catalog in catalogs(lang, ESSENTIAL, tmp_path):
        ctx = context_for(catalog, lang, checks=["spelling"])
        for entry in entries(catalog):
            units += 1
            flagged += any(True for p in pairs_of(entry, ctx) for _ in spelling_problems(p, ctx))
    assert units > 3000
    assert flagged / units <= 0.05, (flagged, units)


def _typo(word: str, n: int, rng: random.Random, letters: str) -> str:
    i = rng.randrange(len(word) - 1)
    kind = n % 4
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice([c for c in letters if c != word[i]]) + word[i + 1:]


@pytest.mark.parametrize(("lang", "names"), [
    ("ru", ("coreutils", "grep")), ("uk", ("coreutils", "grep")), ("be", ("glib20",)),
])
def test_injected_typos_are_caught(lang: str, names: tuple[str, ...], tmp_path: Path) -> None:
    checker = real_checker(lang)
    rng = random.Random(13)
    cases = [(e, m) for c in catalogs(lang, names, tmp_path) for e in entries(c) if not e.msgid_plural
             for m in WORD.finditer(e.msgstr)
             if len(m.group()) >= 5 and m.group().islower() and set(m.group()) <= set(LETTERS[lang])]
    rng.shuffle(cases)
    tried = caught = 0
    for entry, m in cases[:600]:
        if any(x.start <= m.start() < x.end for x in checker.misspellings(entry.msgstr, entry.msgid)):
            continue
        bad = _typo(m.group(), tried, rng, LETTERS[lang])
        if bad == m.group():
            continue
        text = entry.msgstr[:m.start()] + bad + entry.msgstr[m.end():]
        tried += 1
        caught += any(x.start <= m.start() < x.end for x in checker.misspellings(text, entry.msgid))
    assert tried >= 300
    assert caught / tried >= 0.90, (caught, tried)
