"""The peers' own QA test cases, table-driven: Weblate's weblate/checks/tests/ and
translate-toolkit's tests/translate/filters/checks/ (peers/cases.jsonl, made by
peers/extract.py; sources, commits and licences in peers/MANIFEST.md).

Each case is (source, target, language, expected: the peer's verdict). We do not agree with
every verdict (translate-toolkit fails "1,000.00" -> "1 000,00", a right localization), so the
targets are the issue's: recall on Weblate's cases at least pofilter's, on both suites at
least 80%, false alarms at most half of pofilter's. pofilter's verdicts are computed here,
on the same cases, with translate-toolkit's StandardChecker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "peers"))
import peer_eval  # noqa: E402

CASES = peer_eval.load_cases()


@pytest.fixture(scope="module")
def rows() -> dict:
    pytest.importorskip("translate.filters.checks")  # pofilter: a test dependency
    return peer_eval.tally(CASES)


def test_the_table_holds_both_suites_and_every_category() -> None:
    suites = {c["suite"] for c in CASES}
    assert suites == {"weblate", "translate-toolkit"}
    assert {c["category"] for c in CASES} == set(peer_eval.CATEGORIES)
    assert sum(c["expected"] == "fail" for c in CASES) >= 150


def test_recall_on_weblate_cases_is_at_least_pofilters(rows: dict) -> None:
    weblate = peer_eval.totals(rows, "weblate")
    assert weblate["ours_hit"] >= weblate["pof_hit"]


def test_recall_on_both_suites_is_at_least_80_percent(rows: dict) -> None:
    both = peer_eval.totals(rows)
    assert both["ours_hit"] / both["fail"] >= 0.80


def test_false_alarms_are_at_most_half_of_pofilters(rows: dict) -> None:
    both = peer_eval.totals(rows)
    assert both["ours_fa"] <= both["pof_fa"] / 2


@pytest.mark.parametrize("case", [c for c in CASES if c["category"] in (
    "blank", "brackets", "doubled words", "zero-width") and c["suite"] == "weblate"
    or c["check"] in ("brackets", "blank", "sentencecount", "newlines")],
    ids=lambda c: f"{c['check']}:{c['source'][:20]!r}")
def test_cases_we_agree_with(case: dict) -> None:
    """Categories where our verdict is the peer's on every case: each one, as a regression
    test (the other categories hold a few deliberate disagreements, counted above)."""
    assert peer_eval.ours(case) is (case["expected"] == "fail")
