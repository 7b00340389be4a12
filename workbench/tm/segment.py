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
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from workbench.tm.gramindex import GramIndex, build_postings
from workbench.tm.normalize import normalize
from workbench.tm.units import Unit

FORMAT = 1
FUZZY = 1


def text_hash(text: str) -> int:
    return _bytes_hash(text.encode("utf-8", "surrogatepass"))


def _bytes_hash(data: bytes) -> int:
    """64 bits from CRC-32 and Adler-32: fast, and collisions are harmless (matches are
    always checked against the text itself)."""
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def context_hash(prev: str | None, nxt: str | None) -> int:
    """0 means no context known; a real hash of 0 is bumped to 1."""
    if prev is None or nxt is None:
        return 0
    return text_hash(f"{prev}\x00{nxt}") or 1


def _blob(encoded: list[bytes]) -> tuple[bytes, np.ndarray]:
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
    return b"".join(encoded), offsets


class Segment:
    """A loaded segment. ``alive`` masks out units of files that changed since it was built."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.files: list[dict] = meta["files"]
        self.n: int = meta["n"]
        load = lambda name: np.load(folder / f"{name}.npy", mmap_mode="r").view(np.ndarray)  # noqa: E731
        self.lens, self.flags, self.file_idx, self.ctx = load("lens"), load("flags"), load("file"), load("ctx")
        self.src_off, self.tgt_off = load("src"), load("tgt")
        self.exact_keys, self.exact_ids = load("exact"), load("exact_ids")
        self.src_blob = _map(folder / "src.bin")
        self.tgt_blob = _map(folder / "tgt.bin")
        text = (folder / "norms.txt").read_bytes().decode("utf-8")
        self.norms = text.split("\n") if self.n else []
        vocab = (folder / "grams.txt").read_bytes().decode("utf-8")
        self.index = GramIndex(self.lens, vocab.split("\n") if vocab else [], load("starts"), load("post"))
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

    def exact(self, text: str) -> np.ndarray:
        key = np.uint64(text_hash(text))
        lo, hi = self.exact_keys.searchsorted(key, "left"), self.exact_keys.searchsorted(key, "right")
        return self.exact_ids[lo:hi].astype(np.int64)


def _map(path: Path) -> bytes:
    import mmap

    if path.stat().st_size == 0:
        return b""
    with open(path, "rb") as stream:
        return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[return-value]


@dataclass
class Columns:
    """Units as columns, the input of build_segment: from files (add_units) or, on a rebuild,
    from an older segment (add_rows), so unchanged files are neither parsed nor normalized."""

    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)  # plural forms joined by NUL
    norms: list[str] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    ctx: list[int] = field(default_factory=list)
    file_of: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.sources)

    def add_units(self, units: list[Unit], file_idx: int) -> None:
        self.sources += [u.source for u in units]
        self.targets += ["\x00".join(u.targets) for u in units]
        self.norms += [normalize(u.source) for u in units]
        self.flags += [FUZZY if u.fuzzy else 0 for u in units]
        self.ctx += [context_hash(u.prev, u.next) for u in units]
        self.file_of += [file_idx] * len(units)

    def add_rows(self, seg: Segment, old_file_idx: int, file_idx: int) -> None:
        rows = np.flatnonzero(seg.file_idx == old_file_idx).tolist()
        src, so, tgt, to = seg.src_blob, seg.src_off, seg.tgt_blob, seg.tgt_off
        self.sources += [src[so[i]:so[i + 1]].decode("utf-8", "surrogatepass") for i in rows]
        self.targets += [tgt[to[i]:to[i + 1]].decode("utf-8", "surrogatepass") for i in rows]
        self.norms += [seg.norms[i] for i in rows]
        self.flags += seg.flags[rows].tolist()
        self.ctx += seg.ctx[rows].tolist()
        self.file_of += [file_idx] * len(rows)


def build_segment(parent: Path, cols: Columns, files: list[dict]) -> Path:
    """Write a new segment folder under ``parent`` and return it (written aside, then renamed)."""
    lens = np.fromiter(map(len, cols.norms), dtype=np.int32, count=len(cols))
    order = np.argsort(lens, kind="stable")
    pick = order.tolist()
    norms = [cols.norms[i] for i in pick]
    lens = lens[order]
    vocab, starts, post = build_postings(norms, lens)
    name = f"seg-{uuid.uuid4().hex[:12]}"
    tmp = parent / f".{name}.tmp"
    tmp.mkdir(parents=True)
    try:
        save = lambda key, arr: np.save(tmp / f"{key}.npy", arr)  # noqa: E731
        save("lens", lens)
        save("starts", starts)
        save("post", post)
        for key, values, dtype in (("file", cols.file_of, np.uint32), ("flags", cols.flags, np.uint8),
                                   ("ctx", cols.ctx, np.uint64)):
            save(key, np.asarray(values, dtype=dtype)[order] if len(cols) else np.zeros(0, dtype))
        _write_texts(tmp, [cols.sources[i] for i in pick], [cols.targets[i] for i in pick], norms, vocab)
        meta = {"format": FORMAT, "n": len(cols), "files": files}
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, parent / name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return parent / name


def _write_texts(folder: Path, sources: list[str], targets: list[str], norms: list[str],
                 vocab: list[str]) -> None:
    src = [t.encode("utf-8", "surrogatepass") for t in sources]
    keys = np.fromiter(map(_bytes_hash, src), dtype=np.uint64, count=len(src))
    by_key = np.argsort(keys, kind="stable")
    np.save(folder / "exact.npy", keys[by_key])
    np.save(folder / "exact_ids.npy", by_key.astype(np.uint32))
    tgt = [t.encode("utf-8", "surrogatepass") for t in targets]
    for name, encoded in (("src", src), ("tgt", tgt)):
        blob, offsets = _blob(encoded)
        (folder / f"{name}.bin").write_bytes(blob)
        np.save(folder / f"{name}.npy", offsets)
    (folder / "norms.txt").write_bytes("\n".join(norms).encode("utf-8"))
    (folder / "grams.txt").write_bytes("\n".join(vocab).encode("utf-8"))
