"""Candidates for short queries, without gram counting: a lossless character filter.

A short query ("Neku", "Save as") may share no 3-gram with its best match ("nyeu" and
"neku" share none), so the gram index can miss it, and its length window is full of other
short units. Instead, every short unit carries a 64-bit mask of the characters it contains
(each character hashed to one bit). A ratio r needs a common subsequence of at least
r × (len(q) + len(s)) / 2 characters; at most len(q) − popcount(q mask) of those can repeat
a bit, so a unit whose mask shares fewer bits with the query's cannot reach r. The filter
never drops a unit that can reach the ratio; the survivors go to the exact scorer.
"""

from __future__ import annotations

import math

import numpy as np

SHORT_QUERY = 10  # normalized queries up to this length use the filter
LOWEST_RATIO = 0.5  # ... when the minimum ratio is at least this: then units up to
MAX_UNIT = math.floor(SHORT_QUERY * (2 - LOWEST_RATIO) / LOWEST_RATIO)  # characters matter
_MIX = np.uint64(0x9E3779B1)


def applies(query: str, min_ratio: float) -> bool:
    return 0 < len(query) <= SHORT_QUERY and min_ratio >= LOWEST_RATIO


def char_masks(norms: list[str], lens: np.ndarray) -> np.ndarray:
    """The masks of the units of at most MAX_UNIT characters (a prefix: ids follow length)."""
    n = int(lens.searchsorted(lens.dtype.type(MAX_UNIT), "right"))
    masks = np.zeros(n, dtype=np.uint64)
    if n == 0:
        return masks
    one = _bits(np.frombuffer("".join(norms[:n]).encode("utf-32-le"), dtype=np.uint32))
    sizes = lens[:n].astype(np.int64)
    starts = np.cumsum(sizes) - sizes
    filled = sizes > 0
    if filled.any():  # reduceat spans to the next start; empty units in between add nothing
        masks[filled] = np.bitwise_or.reduceat(one, starts[filled])
    return masks


def _bits(cps: np.ndarray) -> np.ndarray:
    return np.left_shift(np.uint64(1), (cps.astype(np.uint64) * _MIX >> np.uint64(20)) & np.uint64(63))


def candidates(masks: np.ndarray, lens: np.ndarray, query: str, lo: int, hi: int,
               min_ratio: float) -> np.ndarray:
    """Ids in [lo, hi) (hi <= len(masks)) whose characters allow ``min_ratio``, in id order."""
    qmask = np.bitwise_or.reduce(_bits(np.frombuffer(query.encode("utf-32-le"), dtype=np.uint32)))
    repeats = len(query) - int(np.bitwise_count(qmask))
    shared = np.bitwise_count(masks[lo:hi] & qmask).astype(np.int32)
    total = lens[lo:hi].astype(np.int32) + len(query)
    need = np.ceil(total * (min_ratio / 2) - 1e-9).astype(np.int32) - repeats
    return np.flatnonzero(shared >= need) + lo
