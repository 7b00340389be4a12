"""One immutable piece of the on-disk index: units in length order, their gram index, blobs.

Files in a segment folder (numpy arrays are memory-mapped on load):
  meta.json          format, unit count, the files the units came from
  norms.txt          normalized sources, one per line, in id order
  grams.txt          the gram vocabulary, one per line; starts.npy/post.npy its posting lists
  lens.npy           normalized lengths (ascending)
  src.bin/src.npy    sources (UTF-8) and their offsets; tgt.bin/tgt.npy targets, plural
                     forms joined by NUL
  flags.npy          1 = fuzzy;  file.npy: index into meta files;  ctx.npy: context hash
  exact.npy/exact_ids.npy   hashes of the raw sources, sorted, for identical-source lookups
  origin.npy         per unit, an index into meta's "origins" (0: the unit's file's origin)

meta.json also holds each file's size and a CRC-32 of sampled blocks (every byte of small
files), checked on load with the arrays' shapes, so a truncated, zeroed or missing file is
found (``DamagedSegment``) and the index rebuilt instead of answering wrongly.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np

from workbench.tm.gramindex import GramIndex

FORMAT = 2
FUZZY = 1


def text_hash(text: str) -> int:
    return bytes_hash(text.encode("utf-8", "surrogatepass"))


def bytes_hash(data: bytes) -> int:
    """64 bits from CRC-32 and Adler-32: fast, and collisions are harmless (matches are
    always checked against the text itself)."""
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def context_hash(prev: str | None, nxt: str | None) -> int:
    """0 means no context known; a real hash of 0 is bumped to 1."""
    if prev is None or nxt is None:
        return 0
    return text_hash(f"{prev}\x00{nxt}") or 1


class DamagedSegment(Exception):
    """A segment folder whose files do not match what was written (say which and why)."""


class Segment:
    """A loaded segment. ``alive`` masks out units of files that changed since it was built."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        meta = _read_meta(folder)
        self.files: list[dict] = meta["files"]
        self.n: int = meta["n"]
        self.origins: list[str] = meta["origins"]
        load = lambda name: np.load(folder / f"{name}.npy", mmap_mode="r").view(np.ndarray)  # noqa: E731
        try:
            self.lens, self.flags, self.file_idx, self.ctx = load("lens"), load("flags"), load("file"), load("ctx")
            self.src_off, self.tgt_off = load("src"), load("tgt")
            self.exact_keys, self.exact_ids = load("exact"), load("exact_ids")
            self.origin_idx = load("origin")
            starts, post = load("starts"), load("post")
            self.src_blob = _map(folder / "src.bin")
            self.tgt_blob = _map(folder / "tgt.bin")
            text = (folder / "norms.txt").read_bytes().decode("utf-8")
            vocab = (folder / "grams.txt").read_bytes().decode("utf-8")
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise DamagedSegment(f"{folder.name}: {exc}") from None
        self.norms = text.split("\n") if self.n else []
        grams = vocab.split("\n") if vocab else []
        _check_shapes(self, starts, post, grams)
        self.index = GramIndex(self.lens, grams, starts, post)
        self.alive: np.ndarray | None = None

    def kill_files(self, indexes: set[int]) -> None:
        if indexes:
            self.alive = ~np.isin(self.file_idx, np.fromiter(indexes, dtype=np.uint32))

    def live_count(self) -> int:
        return self.n if self.alive is None else int(self.alive.sum())

    def source(self, i: int) -> str:
        return self.src_blob[self.src_off[i]:self.src_off[i + 1]].decode("utf-8", "surrogatepass")

    def targets(self, i: int) -> tuple[str, ...]:
        raw = self.tgt_blob[self.tgt_off[i]:self.tgt_off[i + 1]].decode("utf-8", "surrogatepass")
        return tuple(raw.split("\x00"))

    def own_origin(self, i: int) -> str:
        """The unit's own origin ('' when it is its file's)."""
        return self.origins[int(self.origin_idx[i])]

    def origin(self, i: int) -> str:
        """What a match from unit ``i`` names as its origin."""
        return self.own_origin(i) or self.files[int(self.file_idx[i])]["origin"]

    def imported(self, i: int) -> bool:
        return bool(self.files[int(self.file_idx[i])]["imported"])

    def exact(self, text: str) -> np.ndarray:
        key = np.uint64(text_hash(text))
        lo, hi = self.exact_keys.searchsorted(key, "left"), self.exact_keys.searchsorted(key, "right")
        return self.exact_ids[lo:hi].astype(np.int64)


def _read_meta(folder: Path) -> dict:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DamagedSegment(f"{folder.name}/meta.json: {exc}") from None
    ok = (isinstance(meta, dict) and meta.get("format") == FORMAT and _is_count(meta.get("n"))
          and isinstance(meta.get("files"), list)
          and all(isinstance(f, dict) and isinstance(f.get("origin"), str) for f in meta["files"])
          and isinstance(meta.get("origins"), list) and meta["origins"][:1] == [""]
          and all(isinstance(o, str) for o in meta["origins"])
          and isinstance(meta.get("checks"), dict))
    if not ok:
        raise DamagedSegment(f"{folder.name}/meta.json: malformed")
    for name, expected in meta["checks"].items():
        if not isinstance(name, str) or "/" in name or name.startswith("."):
            raise DamagedSegment(f"{folder.name}/meta.json: malformed")
        if checksum(folder / name) != expected:
            raise DamagedSegment(f"{folder.name}/{name}: missing, truncated or changed")
    return meta


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_shapes(seg: Segment, starts: np.ndarray, post: np.ndarray, grams: list[str]) -> None:
    n = seg.n
    per_unit = (seg.lens, seg.flags, seg.file_idx, seg.ctx, seg.exact_keys, seg.exact_ids, seg.origin_idx)
    ok = (all(a.ndim == 1 and len(a) == n for a in per_unit) and len(seg.norms) == n
          and len(seg.src_off) == n + 1 == len(seg.tgt_off) and len(starts) == len(grams) + 1
          and (n == 0 or (int(seg.src_off[-1]) == len(seg.src_blob) and int(seg.tgt_off[-1]) == len(seg.tgt_blob)))
          and int(starts[-1]) == len(post) and (not len(post) or int(post.max()) < n)
          and (n == 0 or (int(seg.file_idx.max()) < len(seg.files)
                          and int(seg.origin_idx.max()) < len(seg.origins))))
    if not ok:
        raise DamagedSegment(f"{seg.folder.name}: its files do not fit together")


SAMPLES, BLOCK = 16, 4096


def checksum(path: Path) -> list[int]:
    """[size, CRC-32]: of the whole file up to 1 MiB, else of its first and last blocks and
    SAMPLES blocks spread between (a damaged index must be found fast, on every load)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as stream:
            if size <= 1 << 20:
                return [size, zlib.crc32(stream.read())]
            crc = 0
            for k in range(SAMPLES + 2):
                stream.seek(min(size - BLOCK, k * (size - BLOCK) // (SAMPLES + 1)))
                crc = zlib.crc32(stream.read(BLOCK), crc)
            return [size, crc]
    except OSError:
        return [-1, 0]


def _map(path: Path) -> bytes:
    import mmap

    if path.stat().st_size == 0:
        return b""
    with open(path, "rb") as stream:
        return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[return-value]
