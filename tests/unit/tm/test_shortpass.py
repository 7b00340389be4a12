"""The short-query character filter never drops a unit that can reach the ratio."""

from __future__ import annotations

import random

import numpy as np

from workbench.tm import scoring, shortpass
from workbench.tm.gramindex import window


def _units(rng: random.Random, n: int) -> list[str]:
    alphabet = "abcdeknuyлжё 0"
    return sorted(("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(n)),
                  key=len)


def test_filter_keeps_every_unit_above_the_ratio() -> None:
    rng = random.Random(5)
    norms = _units(rng, 3000)
    lens = np.fromiter(map(len, norms), dtype=np.int32)
    masks = shortpass.char_masks(norms, lens)
    for _ in range(200):
        query = "".join(rng.choice("abcdeknuyлж 0") for _ in range(rng.randint(1, shortpass.SHORT_QUERY)))
        for lowest in (0.5, 0.695, 0.745, 0.845):
            lo, hi = window(lens, len(query), lowest)
            kept = set(shortpass.candidates(masks, lens, query, lo, hi, lowest, 10**6).tolist())
            wanted = {i for i in range(lo, hi) if scoring.ratio(query, norms[i]) >= lowest}
            assert wanted <= kept


def test_filter_drops_units_without_shared_characters() -> None:
    norms = ["xyz", "neku", "qwvz"]
    lens = np.fromiter(map(len, norms), dtype=np.int32)
    masks = shortpass.char_masks(norms, lens)
    lo, hi = window(lens, 4, 0.695)
    assert shortpass.candidates(masks, lens, "nyeu", lo, hi, 0.695, 10).tolist() == [1]


def test_applies_to_short_queries_only() -> None:
    assert scoring.ratio("nyeu", "neku") >= scoring.min_ratio(75)
    assert shortpass.applies("nyeu", scoring.min_ratio(70))
    assert not shortpass.applies("a much longer query", scoring.min_ratio(70))
