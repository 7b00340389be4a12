"""The line-break and width tables have their generator (issue #17): tools/gen_po_unidata.py.

Regenerating all 196,608 code points takes ~45 s, so the test runs the generator's own probe on a
spread sample and checks it gives the committed tables' values (the full run was compared byte
for byte when the tables were regenerated; see the notes of issue 17)."""

from __future__ import annotations

import ctypes.util
import importlib.util
from bisect import bisect_right
from pathlib import Path

from interchange_helpers import require_system

from workbench.catalog import po_unidata

TOOL = Path(__file__).resolve().parents[3] / "tools" / "gen_po_unidata.py"


def _table(text: str) -> tuple[list[int], list[str]]:
    tokens = [t.split(":") for t in text.split()]
    return [int(a, 16) for a, _ in tokens], [b for _, b in tokens]


def test_the_generator_reproduces_the_committed_tables_on_a_sample() -> None:
    require_system(ctypes.util.find_library("unistring") is not None, "libunistring (gettext's)")
    spec = importlib.util.spec_from_file_location("gen_po_unidata", TOOL)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    lib = gen._lib()
    reps = list(gen.REPRESENTATIVES.values())
    known = {gen._probe(lib, cp, reps): name for name, cp in reversed(gen.REPRESENTATIVES.items())}
    lb_starts, lb_values = _table(po_unidata.LINE_BREAK)
    w_starts, w_values = _table(po_unidata.WIDTH)
    sample = sorted(set(range(0, gen.LIMIT, 61)) | set(lb_starts) | set(w_starts))
    for cp in sample:
        assert known.get(gen._probe(lib, cp, reps), "AL") == lb_values[bisect_right(lb_starts, cp) - 1], hex(cp)
        width = lib.uc_width(cp, b"UTF-8")
        assert ("c" if width < 0 else str(width)) == w_values[bisect_right(w_starts, cp) - 1], hex(cp)
