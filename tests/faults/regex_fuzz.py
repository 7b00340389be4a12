"""Find regular expressions that take super-linear time on long inputs.

Every compiled pattern at module level in ``workbench`` (and in lists, tuples and dicts
there) is run with ``finditer`` over long strings made of the characters the pattern itself
names (one character repeated, or two alternating) plus a few usual suspects. A pattern that
backtracks over the whole rest of the input at each position takes quadratic time and stands
out by orders of magnitude: at LENGTH characters a linear pattern needs about a millisecond.

    python tests/faults/regex_fuzz.py      # prints the slowest patterns
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import sys
import time
from collections.abc import Iterator

LENGTH = 2000
GROWTH = 4  # the worst input is timed again GROWTH times longer
BUDGET = 0.2  # seconds at GROWTH * LENGTH characters; a linear pattern needs a few ms
RATIO = 8.0  # linear time grows GROWTH-fold, quadratic GROWTH**2-fold
SUSPECTS = " a1.@<>`-_*(\n\\/:!\"["
SKIP_PACKAGES = ("workbench.tui",)  # Textual widgets import slowly; their patterns are few


def workbench_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    import workbench

    for info in pkgutil.walk_packages(workbench.__path__, "workbench."):
        if info.name.startswith(SKIP_PACKAGES) or info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency missing: nothing to scan there
            continue
        seen: set[int] = set()
        for name, value in vars(module).items():
            for pattern in _patterns_in(value):
                if id(pattern) not in seen and isinstance(pattern.pattern, str):
                    seen.add(id(pattern))
                    yield f"{info.name}.{name}", pattern


def _patterns_in(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            if isinstance(item, re.Pattern):
                yield item
            elif isinstance(item, tuple):
                yield from (i for i in item if isinstance(i, re.Pattern))
    elif isinstance(value, dict):
        for item in value.values():
            if isinstance(item, re.Pattern):
                yield item


def alphabet(pattern: re.Pattern[str]) -> str:
    """The characters a pattern names literally, and the usual suspects."""
    literal = re.sub(r"\\[pPdDwWsSbBAZ]|\\[0-9]+|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}", "",
                     pattern.pattern)
    own = sorted({c for c in literal if c.isprintable() and c not in "()[]{}?+|^$"} - set(SUSPECTS))
    return SUSPECTS + "".join(own[:8])


def inputs(pattern: re.Pattern[str], length: int = LENGTH) -> Iterator[str]:
    letters = alphabet(pattern)
    for c in letters:
        yield c * length
    for a, b in itertools.combinations(letters, 2):
        yield (a + b) * (length // 2)


def _time(pattern: re.Pattern[str], text: str) -> float:
    # CPU time of this process, not wall time: other load on the machine does not count.
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - start


def slowest(pattern: re.Pattern[str], length: int = LENGTH) -> tuple[float, str]:
    """The time on the worst input made GROWTH times longer, or 0 when that time grew about
    linearly; and the input's first characters."""
    worst, sample = -1.0, ""
    for text in inputs(pattern, length):
        took = _time(pattern, text)
        if took > worst:
            worst, sample = took, text
    longer = sample * GROWTH
    for _attempt in range(3):  # confirm, so a busy machine's hiccup is no finding
        took = _time(pattern, longer)
        worst = min(worst, _time(pattern, sample))
        if took < BUDGET or took < RATIO * max(worst, 1e-4):
            return 0.0, sample[:8]
    return took, sample[:8]


def slowest_isolated(pattern: re.Pattern[str], timeout: float = 20.0) -> tuple[float, str]:
    """``slowest`` in a forked child: the regex engine cannot be interrupted, a process can."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=lambda: child.send(slowest(pattern)))
    worker.start()
    got = parent.recv() if parent.poll(timeout) else (float("inf"), "(timed out)")
    worker.kill()
    worker.join()
    return got


def main() -> int:
    rows = []
    for name, pattern in workbench_patterns():
        took, sample = slowest_isolated(pattern)
        rows.append((took, name, sample))
    rows.sort(key=lambda row: row[0], reverse=True)
    for took, name, sample in rows[:15]:
        print(f"{took * 1000:8.1f} ms  {name}  on {sample!r}...")
    print(f"{len(rows)} patterns, {sum(t > 0 for t, _, _ in rows)} super-linear (over {BUDGET} s "
          f"at {LENGTH * GROWTH} characters, {RATIO:g}x the time at {LENGTH})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
