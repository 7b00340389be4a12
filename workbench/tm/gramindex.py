"""Character-3-gram inverted index over normalized sources, limited to a length window.

Units are numbered in order of normalized length, so the units whose length can still reach
a ratio lie in one id range [lo, hi), and each gram's posting list (sorted ids) is cut to that
range with two binary searches. The rarer half of the query's grams, and any other gram found
in at most 5% of the window, are counted per unit (the most frequent grams are skipped: they
cost the most and tell the least), and the best-counted units (1024 by default, [tm]
candidates) go on to the exact scorer. The benchmark (benchmarks/tm_bench.py) checks this
against scoring every unit in the window.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
import threading
from collections.abc import Sequence
from functools import cache

import numpy as np

# Count a gram when it is among the rarer half of the query's grams or covers at most this
# share of the window.
COMMON_SHARE = 0.05
MAX_GRAMS = 255  # counts fit a byte
SAMPLE = 16


def window(lens: np.ndarray, length: int, min_ratio: float) -> tuple[int, int]:
    """Ids of the units whose length allows ratio >= min_ratio (indel >= length difference).

    >>> window(np.array([2, 5, 6, 10, 18, 19], dtype=np.int32), 10, 0.7)  # lengths 6..18
    (2, 5)
    """
    if min_ratio <= 0:
        return 0, len(lens)
    shortest = math.ceil(length * min_ratio / (2 - min_ratio) - 1e-9)
    longest = math.floor(length * (2 - min_ratio) / min_ratio + 1e-9)
    # Scalars of the array's dtype: a Python int would make numpy convert the whole array.
    kind = lens.dtype.type
    shortest, longest = kind(min(shortest, 2**31 - 1)), kind(min(longest, 2**31 - 1))
    return int(lens.searchsorted(shortest, "left")), int(lens.searchsorted(longest, "right"))


def grams_of(norm: str) -> set[str]:
    padded = f" {norm} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


@cache
def _keep_freed_memory() -> None:
    """Let glibc reuse freed megabyte-sized blocks instead of unmapping them.

    Each lookup makes a few temporaries of a few MB (counts over the length window). By
    default glibc maps and unmaps such blocks, and every lookup then pays hundreds of page
    faults (a third of its time in a VM). These are glibc's own dynamic limits, fixed.
    Set WORKBENCH_NO_MALLOPT=1 to leave the allocator alone.
    """
    if not sys.platform.startswith("linux") or os.environ.get("WORKBENCH_NO_MALLOPT"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD
        libc.mallopt(-1, 64 << 20)  # M_TRIM_THRESHOLD
    except (OSError, AttributeError):
        pass


class GramIndex:
    def __init__(self, lens: np.ndarray, vocab: list[str], starts: np.ndarray, post: np.ndarray) -> None:
        _keep_freed_memory()
        self.lens = lens
        self.grams = {g: i for i, g in enumerate(vocab)}
        self.starts = starts.tolist()
        self.post = post
        self._local = threading.local()

    def candidates(self, norm: str, min_ratio: float, k: int) -> np.ndarray:
        """Up to ``k`` unit ids most likely to be the best matches of ``norm``, in id order."""
        lo, hi = window(self.lens, len(norm), min_ratio)
        if hi - lo <= k:
            return np.arange(lo, hi, dtype=np.int64)
        chosen = self._postings(norm, lo, hi)
        if not chosen:
            return np.empty(0, dtype=np.int64)
        counts = self._counts()
        hits = np.concatenate(chosen)
        # Byte counters (fewer than MAX_GRAMS lists) stay in cache; a typed 1 keeps numpy on
        # its fast path for add.at (duplicates add up, unlike counts[hits] += 1).
        np.add.at(counts, hits, np.uint8(1))
        try:
            return _top(counts[lo:hi], k, self.lens[lo:hi], len(norm)) + lo
        finally:
            counts[lo:hi] = 0

    def _counts(self) -> np.ndarray:
        """This thread's zeroed counters, one per unit."""
        counts = getattr(self._local, "counts", None)
        if counts is None:
            counts = self._local.counts = np.zeros(len(self.lens), dtype=np.uint8)
        return counts

    def _postings(self, norm: str, lo: int, hi: int) -> list[np.ndarray]:
        bounds = np.array([lo, hi], dtype=np.uint32)
        post, starts, ids = self.post, self.starts, self.grams
        slices = []
        for gram in grams_of(norm):
            g = ids.get(gram)
            if g is None:
                continue
            a = starts[g]
            i0, i1 = post[a:starts[g + 1]].searchsorted(bounds).tolist()  # one call for both ends
            if i1 > i0:
                slices.append((i1 - i0, a + i0, a + i1))
        slices.sort()
        rare = (len(slices) + 1) // 2
        limit = COMMON_SHARE * (hi - lo)
        chosen = [post[a:b] for j, (n, a, b) in enumerate(slices) if j < rare or n <= limit]
        return chosen[:MAX_GRAMS]


def _top(counts: np.ndarray, k: int, lens: np.ndarray, length: int) -> np.ndarray:
    """Window positions of the k highest counts; ties go to the lengths nearest the query's.

    The threshold is first guessed on every 16th unit, so the window is scanned about once.
    """
    guess = _threshold(counts[::SAMPLE], max(1, k // SAMPLE))
    low = max(1, guess - 1)
    picked = np.flatnonzero(counts >= low)
    while len(picked) < k and low > 1:  # the guess was too high
        low = max(1, low - 2)
        picked = np.flatnonzero(counts >= low)
    values = counts[picked]
    exact = _threshold(values, k)
    if exact > low:
        keep = values >= exact
        picked, values = picked[keep], values[keep]
    if len(picked) > k:
        above, tied = picked[values > exact], picked[values == exact]
        room = k - len(above)
        # Ids follow length, so the tied units nearest the query's length are a contiguous run.
        centre = int(lens[tied].searchsorted(lens.dtype.type(length)))
        start = min(max(0, centre - room // 2), len(tied) - room)
        picked = np.sort(np.concatenate([above, tied[start:start + room]]))
    return picked.astype(np.int64)


def _threshold(values: np.ndarray, k: int) -> int:
    """The highest t >= 1 such that at least k values are >= t (1 when fewer than k are > 0)."""
    if not len(values):
        return 1
    units_at = np.bincount(values)
    from_top = np.cumsum(units_at[:0:-1])  # values >= max, >= max-1, …, >= 1
    return max(1, len(units_at) - 1 - int(from_top.searchsorted(k)))


# ---------------------------------------------------------------- building


CHUNK = 1 << 16  # units per building step at most (local ids fit 16 bits) ...
CHUNK_CHARS = 1 << 19  # ... and characters: the long units at the end would make big steps


def _chunks(lens: np.ndarray) -> list[tuple[int, int]]:
    """[lo, hi) unit ranges of at most CHUNK units and (unless one unit is longer) CHUNK_CHARS."""
    ends = np.cumsum(lens.astype(np.int64) + 2)
    out, lo = [], 0
    while lo < len(lens):
        base = int(ends[lo - 1]) if lo else 0
        hi = int(ends.searchsorted(base + CHUNK_CHARS, "right"))
        hi = min(max(hi, lo + 1), lo + CHUNK, len(lens))
        out.append((lo, hi))
        lo = hi
    return out


def build_postings(norms: Sequence[str], lens: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(vocabulary, starts, postings) for ``norms`` (already in length order).

    Built in chunks (CHUNK units, CHUNK_CHARS characters), in two passes (count each gram's units, then place them),
    so memory beyond the output stays at a few tens of MB whatever the size: at 1M units a
    one-shot build needed about 1.5 GB of temporaries.

    >>> vocab, starts, post = build_postings(["ab", "abc"], np.array([2, 3], dtype=np.int32))
    >>> [(g, post[starts[i]:starts[i + 1]].tolist()) for i, g in enumerate(vocab)][:3]
    [(' ab', [0, 1]), ('ab ', [0]), ('abc', [1])]
    """
    n = len(norms)
    if n == 0 or int(lens[-1]) == 0:  # ascending: the last is the longest
        return [], np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.uint32)
    chunks = _chunks(lens)
    alphabet = _alphabet(norms, chunks)
    bits = max(1, len(alphabet).bit_length())
    lut = np.zeros(int(alphabet[-1]) + 1, dtype=np.uint64)
    lut[alphabet] = np.arange(1, len(alphabet) + 1, dtype=np.uint64)
    found = [_runs(_chunk_pairs(norms, lens, lo, hi, lut, bits)[0]) for lo, hi in chunks]
    codes = np.concatenate([c for c, _ in found])
    weights = np.concatenate([k for _, k in found])
    order = np.argsort(codes, kind="stable")
    vocab_codes, first = _runs(codes[order], starts_too=True)
    counts = np.add.reduceat(weights[order], first) if len(first) else np.zeros(0, dtype=np.int64)
    del found, codes, weights, order
    starts = np.zeros(len(vocab_codes) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    post = np.empty(int(starts[-1]), dtype=np.uint32)
    fill = starts[:-1].copy()
    for lo, hi in chunks:  # ids ascend chunk by chunk, so each list stays sorted
        codes, units = _chunk_pairs(norms, lens, lo, hi, lut, bits)
        gram = vocab_codes.searchsorted(codes)
        first = np.flatnonzero(np.concatenate(([True], gram[1:] != gram[:-1])))
        run = np.diff(np.append(first, len(gram)))
        rank = np.arange(len(gram)) - np.repeat(first, run)
        post[fill[gram] + rank] = units
        fill[gram[first]] += run
    return _decode(vocab_codes, alphabet, bits), starts, post


def _runs(ordered: np.ndarray, starts_too: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how often each occurs (or where each run
    starts). Sorting ourselves: np.unique's hash path is ~40× slower on these arrays."""
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    if starts_too:
        return ordered[first], first
    return ordered[first], np.diff(np.append(first, len(ordered)))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    values = np.sort(values)
    return _runs(values)[0]


def _alphabet(norms: Sequence[str], chunks: list[tuple[int, int]]) -> np.ndarray:
    seen = np.zeros(0, dtype=np.uint32)
    for lo, hi in chunks:
        cps = np.frombuffer(" ".join(norms[lo:hi]).encode("utf-32-le"), dtype=np.uint32)
        seen = _sorted_unique(np.concatenate((seen, _sorted_unique(cps))))
    return _sorted_unique(np.append(seen, np.uint32(32)))  # with the padding space


def _chunk_pairs(norms: Sequence[str], lens: np.ndarray, lo: int, hi: int, lut: np.ndarray,
                 bits: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (gram code, unit id) pairs of units [lo, hi), sorted by gram then unit."""
    part, sizes = norms[lo:hi], lens[lo:hi].astype(np.int64)
    cps = np.frombuffer(f" {'  '.join(part)} ".encode("utf-32-le"), dtype=np.uint32)
    if len(cps) < 3:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint32)
    c = lut[cps]
    b = np.uint64(bits)
    codes = (c[:-2] << (b + b)) | (c[1:-1] << b) | c[2:]
    del c, cps
    valid = np.ones(len(codes), dtype=bool)
    ends = np.cumsum(sizes + 2)  # each unit is " norm " with the pads shared: drop the two
    valid[ends[ends - 2 < len(valid)] - 2] = False  # grams that straddle two units
    valid[ends[ends - 1 < len(valid)] - 1] = False
    local = np.repeat(np.arange(len(part), dtype=np.uint64), sizes)
    codes = codes[valid]
    if 3 * bits + 16 <= 64:
        keys = _sorted_unique((codes << np.uint64(16)) | local)
        return keys >> np.uint64(16), (keys & np.uint64(0xFFFF)).astype(np.uint32) + np.uint32(lo)
    order = np.lexsort((local, codes))  # a huge alphabet: codes use more than 48 bits
    codes, local = codes[order], local[order]
    keep = np.concatenate(([True], (codes[1:] != codes[:-1]) | (local[1:] != local[:-1])))
    return codes[keep], local[keep].astype(np.uint32) + np.uint32(lo)


def _decode(codes: np.ndarray, alphabet: np.ndarray, bits: int) -> list[str]:
    chars = ["", *map(chr, alphabet.tolist())]
    mask = (1 << bits) - 1
    return [chars[c >> (2 * bits)] + chars[(c >> bits) & mask] + chars[c & mask] for c in codes.tolist()]
