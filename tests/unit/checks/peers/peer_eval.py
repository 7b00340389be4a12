"""Our checks and pofilter's filters on the peers' own QA test cases (cases.jsonl), per category.

    python tests/unit/checks/peers/peer_eval.py [--misses CATEGORY]

A case "fails" (is flagged) for us when a check of its category reports a warning or an error;
for pofilter when a filter of its category fails (translate-toolkit's StandardChecker, with
the case's target language, the filters below; its own cases are judged by the filter they
test, as in its suite). Recall = flagged / should-fail; false alarms = flagged / should-pass.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from workbench.catalog import parse_catalog
from workbench.checks import check_entry, context_for

HERE = Path(__file__).parent
# category -> (our check ids, pofilter filters)
CATEGORIES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "numbers": (frozenset({"numbers", "unit-symbol"}), ("numbers",)),
    "placeholders": (frozenset({"printf", "brace"}), ("printf", "pythonbraceformat")),
    "quotes": (frozenset({"quotes", "quotes-changed", "straight-quotes"}),
               ("singlequoting", "doublequoting")),
    "brackets": (frozenset({"brackets"}), ("brackets",)),
    "line breaks": (frozenset({"line-breaks", "spaces"}), ("newlines",)),
    "spacing": (frozenset({"spaces"}), ("startwhitespace", "endwhitespace", "doublespacing")),
    "french spacing": (frozenset({"french-spacing"}), ("puncspacing",)),
    "end punctuation": (frozenset({"end-punctuation"}), ("endpunc",)),
    "doubled words": (frozenset({"doubled-words"}), ("doublewords",)),
    "blank": (frozenset({"blank", "untranslated"}), ("blank", "untranslated")),
    "same as source": (frozenset({"same-as-source"}), ("unchanged",)),
    "acronyms": (frozenset({"acronyms"}), ("acronyms",)),
    "markup": (frozenset({"tags", "unsafe-markup"}), ("xmltags",)),
    "sentences": (frozenset({"sentence-count"}), ("sentencecount",)),
    "urls": (frozenset({"urls"}), ("urls", "emails")),
    "markdown": (frozenset({"markdown"}), ()),
    "zero-width": (frozenset({"zero-width"}), ()),
}
EMPTY_SOURCE = "Text"  # Weblate's duplicate-word cases give no source; a PO msgid cannot be empty


def load_cases() -> list[dict[str, Any]]:
    with (HERE / "cases.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _quote(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + text.replace("\t", "\\t").replace("\r", "\\r") + '"'


def ours(case: dict[str, Any]) -> bool:
    """True when one of our checks of the case's category reports a warning or an error."""
    lang = case["lang"] or "en"
    ref = "#: corpus/case.md:1\n" if "md" in case["flags"] else ""
    po = ('msgid ""\nmsgstr ""\n"Language: ' + lang + '\\n"\n'
          '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          f"{ref}msgid {_quote(case['source'] or EMPTY_SOURCE)}\nmsgstr {_quote(case['target'])}\n")
    cat = parse_catalog(po.encode("utf-8"))
    wanted = CATEGORIES[case["category"]][0]
    ctx = context_for(cat, lang)
    return any(f.check in wanted and f.severity != "info" for f in check_entry(cat[0], ctx))


@cache
def _checker(lang: str) -> Any:
    from translate.filters import checks

    return checks.StandardChecker(checks.CheckerConfig(targetlanguage=lang or None))


def pofilter(case: dict[str, Any]) -> bool:
    """True when pofilter's filters of the category fail the case."""
    from translate.filters import checks
    from translate.lang import data

    names = ((case["check"],) if case["suite"] == "translate-toolkit"
             else CATEGORIES[case["category"]][1])
    checker = _checker(case["lang"])
    source, target = data.normalize(case["source"]), data.normalize(case["target"])
    for name in names:
        try:
            if not getattr(checker, name)(source, target):
                return True
        except checks.FilterFailure:
            return True
        except Exception:  # noqa: BLE001 - a filter that crashes flags nothing
            continue
    return False


def tally(cases: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, int]]:
    """(suite, category) -> counts: fail, pass, ours_hit, ours_fa, pof_hit, pof_fa."""
    out: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        row = out[(case["suite"], case["category"])]
        bad = case["expected"] == "fail"
        row["fail" if bad else "pass"] += 1
        row["ours_hit" if bad else "ours_fa"] += ours(case)
        row["pof_hit" if bad else "pof_fa"] += pofilter(case)
    return out


def totals(rows: dict[tuple[str, str], dict[str, int]], suite: str | None = None
           ) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for (s, _cat), row in rows.items():
        if suite is None or s == suite:
            for key, value in row.items():
                out[key] += value
    return out


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def report(rows: dict[tuple[str, str], dict[str, int]]) -> list[str]:
    lines = [f"{'suite':<18}{'category':<17}{'fail':>5}{'pass':>5}  {'recall ours':>11}"
             f"{'pofilter':>9}  {'false alarms ours':>17}{'pofilter':>9}"]
    for (suite, cat), r in sorted(rows.items()):
        lines.append(f"{suite:<18}{cat:<17}{r['fail']:>5}{r['pass']:>5}  "
                     f"{_pct(r['ours_hit'], r['fail']):>11}{_pct(r['pof_hit'], r['fail']):>9}  "
                     f"{_pct(r['ours_fa'], r['pass']):>17}{_pct(r['pof_fa'], r['pass']):>9}")
    for suite in ("weblate", "translate-toolkit", None):
        t = totals(rows, suite)
        lines.append(f"{'all: ' + (suite or 'both'):<35}{t['fail']:>5}{t['pass']:>5}  "
                     f"{_pct(t['ours_hit'], t['fail']):>11}{_pct(t['pof_hit'], t['fail']):>9}  "
                     f"{_pct(t['ours_fa'], t['pass']):>17}{_pct(t['pof_fa'], t['pass']):>9}")
    return lines


def main() -> None:
    cases = load_cases()
    if "--misses" in sys.argv:
        cat = sys.argv[sys.argv.index("--misses") + 1]
        for case in cases:
            if cat in (case["category"], "all") and ours(case) != (case["expected"] == "fail"):
                print(case["suite"][:2], case["expected"], case["lang"], case["check"],
                      repr(case["source"])[:70], "->", repr(case["target"])[:70])
        return
    print("\n".join(report(tally(cases))))


if __name__ == "__main__":
    main()
