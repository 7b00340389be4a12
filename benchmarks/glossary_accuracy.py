"""Accuracy of the terminology check on real catalogs translated by professionals.

Data: this machine's /usr/share/locale/{ru,be}/LC_MESSAGES/*.mo (msgunfmt), translated entries,
keyboard accelerators (_File, &File) removed. ISO code lists are left out (no UI text).
Glossary: common software terms with the translations these translators use (a terminologist
would list the same admitted variants), plus "Windows" as a do-not-translate name.

Population: entries whose source names a glossary term (found by our spotter, the same for
both checks). Compared:
- naive: a term's translation must appear as an exact word (case-folded), as Weblate does;
- ours: workbench.glossary.check_translation (lemmas, stems or bounded prefixes).
Reported: the share of the population each check flags (on professional translations most
flags are false alarms), and recall on injected violations: in entries ours passes, the
term's translation is deleted (every form either check, or a crude 3-letter prefix rule, would
see), or replaced by an unrelated word. Both checks should flag those.

    /work/venv/bin/python benchmarks/glossary_accuracy.py [--show N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import polib

from workbench.glossary import Concept, Term, Termbase, check_translation
from workbench.glossary.matcher import Text, find_pattern
from workbench.glossary.morphology import analyzer_for
from workbench.glossary.normalize import normalize
from workbench.glossary.spotting import term_patterns

LOCALE = Path("/usr/share/locale")
ACCELERATOR = re.compile(r"[_&](?=\w)")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

# en term -> {lang: [preferred, admitted...]}
STUDY_GLOSSARY: dict[str, dict[str, list[str]]] = {
    "file": {"ru": ["файл"], "be": ["файл"]},
    "password": {"ru": ["пароль"], "be": ["пароль"]},
    "error": {"ru": ["ошибка"], "be": ["памылка"]},
    "folder": {"ru": ["папка", "каталог"], "be": ["тэчка", "папка"]},
    "directory": {"ru": ["каталог", "папка"], "be": ["каталог", "тэчка"]},
    "user": {"ru": ["пользователь"], "be": ["карыстальнік"]},
    "window": {"ru": ["окно"], "be": ["акно", "вокны"]},  # be: вокны, вокнаў (prothetic в-)
    "device": {"ru": ["устройство"], "be": ["прылада", "прыстасаванне"]},
    "server": {"ru": ["сервер"], "be": ["сервер", "паслужнік", "сэрвэр"]},
    "message": {"ru": ["сообщение"], "be": ["паведамленне"]},
    "printer": {"ru": ["принтер"], "be": ["прынтар"]},
    "disk": {"ru": ["диск"], "be": ["дыск"]},
    "image": {"ru": ["изображение", "образ"], "be": ["выява", "малюнак", "вобраз"]},
    "program": {"ru": ["программа"], "be": ["праграма"]},
    "command": {"ru": ["команда"], "be": ["загад", "каманда"]},
    "network": {"ru": ["сеть"], "be": ["сетка"]},
    "keyboard": {"ru": ["клавиатура"], "be": ["клавіятура"]},
    "font": {"ru": ["шрифт"], "be": ["шрыфт"]},
}
REPLACEMENT = {"ru": "штуковина", "be": "рэч"}


def study_termbase(preferred_only: bool = False) -> Termbase:
    """The study glossary; with ``preferred_only``, one translation per term and no names."""
    tb = Termbase()
    for en, translations in STUDY_GLOSSARY.items():
        terms = [Term(en, "en", pos="noun")]
        for lang, texts in translations.items():
            texts = texts[:1] if preferred_only else texts
            terms += [Term(t, lang, "admitted" if n else "preferred", "noun")
                      for n, t in enumerate(texts)]
        tb.add(Concept("", terms))
    if not preferred_only:
        tb.add(Concept("windows-os", [Term("Windows", "en", pos="properNoun", case_sensitive=True,
                                           dnt=True)]))
    return tb


def load_pairs(lang: str, limit: int | None = None) -> list[tuple[str, str]]:
    """(msgid, msgstr) of the translated entries of the system catalogs of ``lang``."""
    pairs: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for mo in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.mo")):
            if mo.name.startswith("iso_"):
                continue
            po = Path(tmp) / f"{mo.stem}.po"
            done = subprocess.run(["msgunfmt", str(mo), "-o", str(po)], capture_output=True)
            if done.returncode:
                continue
            try:
                entries = polib.pofile(str(po))
            except (OSError, UnicodeDecodeError):
                continue  # a catalog polib cannot read: not what is measured here
            for entry in entries:
                if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
                    continue
                target = entry.msgstr or entry.msgstr_plural.get(0, "")
                if target:
                    pairs.append((ACCELERATOR.sub("", entry.msgid), ACCELERATOR.sub("", target)))
                if limit and len(pairs) >= limit:
                    return pairs
    return pairs


def naive_flags(tb: Termbase, source: str, target: str, lang: str) -> bool:
    """Exact-word check: some concept of the source has none of its translations as a word."""
    words = {normalize(w) for w in WORD.findall(target)}
    for hit in tb.spot(source, "en"):
        if hit.term.dnt:
            if hit.text not in target:
                return True
            continue
        wanted = [normalize(t.text) for t in hit.concept.approved(lang)]
        if wanted and not any(all(p in words for p in w.split()) for w in wanted):
            return True
    return False


def term_spans(tb: Termbase, concept: Concept, target: str, lang: str) -> list[tuple[int, int]]:
    """Where a concept's translation stands in a target, by any of the three rules."""
    text = Text(target, analyzer_for(lang))
    spans = []
    for term in concept.approved(lang):
        for pattern in term_patterns(tb, term, concept):
            spans += [(m.start, m.end) for m in find_pattern(pattern, text, 1)]
        stems = [normalize(w)[:3] for w in term.text.split()]
        for token in text.tokens:
            if token.norm.startswith(tuple(stems)) or any(
                    text.analyzer.related(normalize(w), token.norm) for w in term.text.split()):
                spans.append((token.start, token.end))
    return spans


def inject(target: str, spans: list[tuple[int, int]], replacement: str) -> str:
    for start, end in sorted(set(spans), reverse=True):
        target = target[:start] + replacement + target[end:]
    return " ".join(target.split())


def study(lang: str, tb: Termbase, show: int) -> dict[str, float]:
    pairs = load_pairs(lang)
    started = time.process_time()
    counts: Counter[str] = Counter()
    shown = 0
    for source, target in pairs:
        hits = [h for h in tb.spot(source, "en")]
        if not hits:
            continue
        counts["population"] += 1
        counts["naive"] += naive_flags(tb, source, target, lang)
        ours = check_translation(tb, source, target, "en", lang)
        counts["ours"] += bool(ours)
        if ours and shown < show:
            shown += 1
            print(f"  flagged: {ours[0].message} | {source[:60]!r} | {target[:60]!r}")
        if ours:
            continue
        # Not a homograph ("Windows" the name and "windows"): either reading passes there.
        shared = Counter(h.span for h in hits)
        concept = next((h.concept for h in hits if not h.term.dnt and h.concept.approved(lang)
                        and shared[h.span] == 1), None)
        if concept is None:
            continue
        spans = term_spans(tb, concept, target, lang)
        if not spans:
            continue  # kept as written (an option name, a quoted value): nothing to remove
        for kind, replacement in (("deleted", ""), ("replaced", REPLACEMENT[lang])):
            broken = inject(target, spans, replacement)
            counts[f"{kind}"] += 1
            found = check_translation(tb, source, broken, "en", lang)
            counts[f"{kind} ours"] += any(c.concept is concept for c in found)
            counts[f"{kind} naive"] += naive_flags(tb, source, broken, lang)
    seconds = time.process_time() - started
    pop = counts["population"] or 1
    figures = {
        "entries": len(pairs), "with a term": counts["population"],
        "naive flags %": 100 * counts["naive"] / pop, "ours flags %": 100 * counts["ours"] / pop,
        "injected": counts["deleted"],
        "recall deleted %": 100 * counts["deleted ours"] / max(counts["deleted"], 1),
        "recall replaced %": 100 * counts["replaced ours"] / max(counts["replaced"], 1),
        "naive recall deleted %": 100 * counts["deleted naive"] / max(counts["deleted"], 1),
        "cpu s": seconds,
    }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N of our remaining flags")
    parser.add_argument("--lang", action="append", help="ru and/or be (default both)")
    parser.add_argument("--preferred-only", action="store_true",
                        help="a cruder glossary: one translation per term, no names")
    args = parser.parse_args()
    tb = study_termbase(args.preferred_only)
    for lang in args.lang or ["ru", "be"]:
        if not (LOCALE / lang / "LC_MESSAGES").is_dir():
            print(f"{lang}: no catalogs on this machine", file=sys.stderr)
            continue
        figures = study(lang, tb, args.show)
        print(f"{lang}: " + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                                      for k, v in figures.items()))
        ratio = figures["ours flags %"] / max(figures["naive flags %"], 1e-9)
        print(f"{lang}: ours flags {ratio:.0%} of what the naive check flags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
