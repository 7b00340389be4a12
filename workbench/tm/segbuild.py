"""Building a segment: units in, one segment folder out (see segment.py for the files).

Units are packed as they arrive (UTF-8 blobs with lengths, numpy-compatible arrays), not
kept as Python strings: at 1M units the strings and their lists took about 700 MB, the blobs
take about 150 MB. The folder is written aside and renamed into place.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import overload

import numpy as np

from workbench.tm.gramindex import build_postings
from workbench.tm.normalize import normalize
from workbench.tm.segment import FORMAT, FUZZY, Segment, bytes_hash, checksum, context_hash
from workbench.tm.units import Unit

STEP = 1 << 16  # units encoded or written per step


class _Blob:
    """Byte strings appended one after another, with their lengths."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.sizes = array("q")

    def extend(self, items: list[bytes]) -> None:
        self.data += b"".join(items)
        self.sizes.extend(map(len, items))

    def offsets(self) -> np.ndarray:
        out = np.zeros(len(self.sizes) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(self.sizes, dtype=np.int64), out=out[1:])
        return out


class Columns:
    """Units as packed columns, the input of build_segment: from files (add_units) or, on a
    rebuild, from an older segment (add_rows), so unchanged files are neither parsed nor
    normalized again."""

    def __init__(self) -> None:
        self.src, self.tgt, self.norm = _Blob(), _Blob(), _Blob()  # targets: forms joined by NUL
        self.lens = array("i")  # normalized length in characters
        self.flags, self.ctx, self.file_of = array("B"), array("Q"), array("I")
        self.origin_of = array("I")
        self.origin_names: dict[str, int] = {"": 0}  # a unit's own origin; '' = its file's

    def __len__(self) -> int:
        return len(self.file_of)

    def add_units(self, units: list[Unit], file_idx: int, *, consume: bool = False) -> None:
        """Pack ``units``; with ``consume``, empty the list as it goes, so a million parsed
        units are freed step by step instead of all staying alive next to their packed copy."""
        self.file_of.extend([file_idx] * len(units))
        for lo in range(0, len(units), STEP):  # in steps: temporaries stay small
            part = units[:STEP] if consume else units[lo:lo + STEP]
            if consume:
                del units[:STEP]
            norms = [normalize(u.source) for u in part]
            self.lens.extend(map(len, norms))
            self.norm.extend([n.encode("utf-8", "surrogatepass") for n in norms])
            self.src.extend([u.source.encode("utf-8", "surrogatepass") for u in part])
            self.tgt.extend(["\x00".join(u.targets).encode("utf-8", "surrogatepass") for u in part])
            self.flags.extend(FUZZY if u.fuzzy else 0 for u in part)
            self.ctx.extend(context_hash(u.prev, u.next) for u in part)
            self.origin_of.extend(self._origin_number(u.origin) for u in part)

    def _origin_number(self, origin: str) -> int:
        number = self.origin_names.get(origin)
        if number is None:
            number = self.origin_names[origin] = len(self.origin_names)
        return number

    def add_rows(self, seg: Segment, old_file_idx: int, file_idx: int) -> None:
        rows = np.flatnonzero(seg.file_idx == old_file_idx)
        for lo in range(0, len(rows), STEP):
            ids = rows[lo:lo + STEP]
            self.src.extend(_slices(seg.src_blob, seg.src_off, ids))
            self.tgt.extend(_slices(seg.tgt_blob, seg.tgt_off, ids))
            norms = [seg.norms[i] for i in ids.tolist()]
            self.lens.extend(map(len, norms))
            self.norm.extend([n.encode("utf-8", "surrogatepass") for n in norms])
        self.flags.extend(seg.flags[rows].tolist())
        self.ctx.extend(seg.ctx[rows].tolist())
        self.origin_of.extend(self._origin_number(seg.own_origin(i)) for i in rows.tolist())
        self.file_of.extend([file_idx] * len(rows))


def _slices(blob: bytes | bytearray, offsets: np.ndarray, ids: np.ndarray) -> list[bytes]:
    starts, ends = offsets[ids].tolist(), offsets[ids + 1].tolist()
    return [bytes(blob[a:b]) for a, b in zip(starts, ends, strict=True)]


class _Sorted(Sequence[str]):
    """The normalized sources in length order, decoded a slice at a time for the gram index."""

    def __init__(self, blob: bytearray, offsets: np.ndarray, order: np.ndarray) -> None:
        self.blob, self.offsets, self.order = blob, offsets, order

    def __len__(self) -> int:
        return len(self.order)

    @overload
    def __getitem__(self, key: int) -> str: ...
    @overload
    def __getitem__(self, key: slice) -> list[str]: ...
    def __getitem__(self, key: int | slice) -> str | list[str]:
        if isinstance(key, int):
            return self[key:key + 1][0]
        ids = self.order[key]
        return [b.decode("utf-8", "surrogatepass") for b in _slices(self.blob, self.offsets, ids)]


def build_segment(parent: Path, cols: Columns, files: list[dict]) -> Path:
    """Write a new segment folder under ``parent`` and return it (written aside, then renamed)."""
    lens = np.frombuffer(cols.lens, dtype=np.int32) if len(cols) else np.zeros(0, np.int32)
    order = np.argsort(lens, kind="stable")
    name = f"seg-{uuid.uuid4().hex[:12]}"
    tmp = parent / f".{name}.tmp"
    tmp.mkdir(parents=True)
    try:
        save = lambda key, arr: np.save(tmp / f"{key}.npy", arr)  # noqa: E731
        save("lens", lens[order])
        for key, values, dtype in (("file", cols.file_of, np.uint32), ("flags", cols.flags, np.uint8),
                                   ("ctx", cols.ctx, np.uint64), ("origin", cols.origin_of, np.uint32)):
            column = np.frombuffer(values, dtype=dtype) if len(values) else np.zeros(0, dtype)
            save(key, column[order])
        _write_texts(tmp, cols, order)
        norms = _Sorted(cols.norm.data, cols.norm.offsets(), order)
        _write_norms(tmp / "norms.txt", norms)
        vocab, starts, post = build_postings(norms, lens[order])
        save("starts", starts)
        save("post", post)
        (tmp / "grams.txt").write_bytes("\n".join(vocab).encode("utf-8"))
        names = sorted(cols.origin_names, key=cols.origin_names.__getitem__)
        meta = {"format": FORMAT, "n": len(order), "files": files, "origins": names,
                "checks": {p.name: checksum(p) for p in sorted(tmp.iterdir())}}
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, parent / name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return parent / name


def _write_texts(folder: Path, cols: Columns, order: np.ndarray) -> None:
    keys = np.empty(len(order), dtype=np.uint64)
    for name, blob in (("src", cols.src), ("tgt", cols.tgt)):
        offsets = blob.offsets()
        with open(folder / f"{name}.bin", "wb") as out:
            for lo in range(0, len(order), STEP):
                texts = _slices(blob.data, offsets, order[lo:lo + STEP])
                if name == "src":
                    keys[lo:lo + len(texts)] = np.fromiter(map(bytes_hash, texts), dtype=np.uint64,
                                                           count=len(texts))
                out.write(b"".join(texts))
        sizes = (offsets[1:] - offsets[:-1])[order]
        sorted_offsets = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(sizes, out=sorted_offsets[1:])
        np.save(folder / f"{name}.npy", sorted_offsets)
    by_key = np.argsort(keys, kind="stable")
    np.save(folder / "exact.npy", keys[by_key])
    np.save(folder / "exact_ids.npy", by_key.astype(np.uint32))


def _write_norms(path: Path, norms: _Sorted) -> None:
    with open(path, "wb") as out:
        for lo in range(0, len(norms), STEP):
            out.write((b"\n" if lo else b"") + "\n".join(norms[lo:lo + STEP]).encode("utf-8"))
