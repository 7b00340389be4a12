"""No regular expression of the code base takes super-linear time on a long input.

Each module-level pattern runs over long strings built from its own characters (see
tests/faults/regex_fuzz.py), in a forked child so a catastrophic one cannot hang the suite.
A quadratic pattern takes seconds at LENGTH characters; a linear one about a millisecond.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.faults.regex_fuzz import BUDGET, slowest, slowest_isolated, workbench_patterns

# Patterns known to be quadratic on a long run of one or two characters, in modules of other
# issues still being written (a minimal fix each is proposed here and in the notes of #19).
# Anything new that is super-linear fails the test.
KNOWN = {
    # Quadratic in a run of the characters their first item repeats: the next start inside the
    # run scans it again. The usual fix is a lookbehind excluding those characters at the
    # start (as done for export.typography._PROTECTED), or a possessive quantifier.
    "workbench.segment.sentences._PROTECTED": "links part: a run of '[' or '`' with no closer",
    "workbench.catalog.po_parse._STRING": "a run of escaped quotes on one line",
    # False alarms of the method: these never see a long text the way finditer does here.
    "workbench.segment.sentences._PREVIOUS": "searched in a 24-character window only",
    "workbench.tm.inline._MARKUP": "used with match() at the start only (linear there)",
}


def test_every_pattern_is_linear_on_long_inputs() -> None:
    slow = []
    for name, pattern in workbench_patterns():
        if name in KNOWN:
            continue
        took, sample = slowest_isolated(pattern)
        if took > BUDGET:
            slow.append(f"{name} ({took:.2f} s on {sample!r}...)")
    assert slow == []


def test_the_fuzzer_catches_a_quadratic_pattern() -> None:
    took, _ = slowest(re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))  # the old typography one
    assert took > BUDGET
    fixed, _ = slowest(re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))
    assert fixed == 0.0


@pytest.mark.parametrize("text", ["a" * 400_000, "](" * 200_000, "<" * 400_000, "`x` ; " * 40_000,
                                  "a@" * 200_000, " " * 400_000 + "x"])
def test_typography_is_linear_on_one_long_word(text: str) -> None:
    from workbench.export.typography import apply

    start = time.process_time()  # CPU time: load from other processes does not count
    apply(text, "fr")
    assert time.process_time() - start < 2.0  # 40,000 characters took 8 s before
