"""More candidates for short queries: a character filter over the length window.

A short query ("Neku", "Save as") may share no 3-gram with its best match ("nyeu" and
"neku" share none), so the gram index can miss it among the many short units of its length
window. Every short unit also carries a 64-bit mask of the characters it contains (each
character hashed to one bit). A ratio r needs a common subsequence of at least
r × (len(q) + len(s)) / 2 characters; at most len(q) − popcount(q mask) of those can repeat
a bit, so a unit whose mask shares fewer bits with the query's cannot reach r, and the
filter drops no unit that can. When more than k units pass, the k sharing the most
characters and character pairs (a second mask: an order hint) are kept; memory.py adds them
to the gram index's candidates. The masks are built on the first short query.
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


def char_masks(norms: list[str], lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The character masks and the pair masks (each character with the next one and the one
    after: an order hint to rank survivors) of the units of at most MAX_UNIT characters (a
    prefix: ids follow length)."""
    n = int(lens.searchsorted(lens.dtype.type(MAX_UNIT), "right"))
    chars, pairs = np.zeros(n, dtype=np.uint64), np.zeros(n, dtype=np.uint64)
    if n == 0:
        return chars, pairs
    cps = np.frombuffer("\n".join(norms[:n]).encode("utf-32-le"), dtype=np.uint32)
    sizes = lens[:n].astype(np.int64) + 1  # with the separator
    starts = np.cumsum(sizes) - sizes
    filled = sizes > 1
    if filled.any():  # reduceat spans to the next start; empty units in between add nothing
        chars[filled] = np.bitwise_or.reduceat(_bits(cps), starts[filled])
        pairs[filled] = np.bitwise_or.reduceat(_pair_bits(cps), starts[filled])
    return chars, pairs


def _bits(cps: np.ndarray) -> np.ndarray:
    return np.left_shift(np.uint64(1), (cps.astype(np.uint64) * _MIX >> np.uint64(20)) & np.uint64(63))


def _pair_bits(cps: np.ndarray) -> np.ndarray:
    """Per position: the bits of (c[i], c[i+1]) and (c[i], c[i+2]) (separators add noise only)."""
    c = np.concatenate((cps, np.zeros(2, dtype=np.uint32))).astype(np.uint64) * _MIX
    mix = np.uint64(0x85EBCA6B)
    one = np.uint64(1)
    near = (((c[:-2] >> np.uint64(7)) * mix + c[1:-1]) >> np.uint64(24)) & np.uint64(63)
    skip = (((c[:-2] >> np.uint64(7)) * mix + c[2:]) >> np.uint64(24)) & np.uint64(63)
    return np.left_shift(one, near) | np.left_shift(one, skip)


def _query_masks(query: str) -> tuple[np.uint64, np.uint64]:
    cps = np.frombuffer(query.encode("utf-32-le"), dtype=np.uint32)
    pairs = _pair_bits(cps)[:-1] if len(cps) > 1 else np.zeros(1, dtype=np.uint64)
    return np.bitwise_or.reduce(_bits(cps)), np.bitwise_or.reduce(pairs)


def candidates(masks: tuple[np.ndarray, np.ndarray], lens: np.ndarray, query: str, lo: int,
               hi: int, min_ratio: float, k: int) -> np.ndarray:
    """Ids in [lo, hi) (hi <= len(masks[0])) whose characters allow ``min_ratio``, in id
    order; when more than ``k`` pass, the ``k`` sharing the most characters and pairs."""
    qchars, qpairs = _query_masks(query)
    repeats = len(query) - int(np.bitwise_count(qchars))
    kind = lens.dtype.type
    ids = []
    start = lo
    while start < hi:  # one run per length: ids follow length, so the bound is one number
        size = int(lens[start])
        end = min(hi, int(lens.searchsorted(kind(size), "right")))
        need = math.ceil((len(query) + size) * min_ratio / 2 - 1e-9) - repeats
        shared = np.bitwise_count(masks[0][start:end] & qchars)
        ids.append(np.flatnonzero(shared >= max(need, 0)) + start)
        start = end
    if not ids:
        return np.empty(0, dtype=np.int64)
    found = np.concatenate(ids)
    if len(found) > k:  # a ranking, not a bound: the most shared characters and pairs
        rank = np.bitwise_count(masks[0][found] & qchars) + np.bitwise_count(masks[1][found] & qpairs)
        found = np.sort(found[np.argpartition(-rank.astype(np.int16), k)[:k]])
    return found.astype(np.int64)
