"""Concordance: where were these words translated before? Case-insensitive substring search
over sources and targets, with the spans of every hit for highlighting."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.tm.segment import FUZZY, Segment


@dataclass(frozen=True)
class ConcordanceHit:
    source: str
    target: str
    targets: tuple[str, ...]
    origin: str
    fuzzy: bool
    source_spans: tuple[tuple[int, int], ...]  # (start, end) of each hit in source
    target_spans: tuple[tuple[int, int], ...]

    def as_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "origin": self.origin,
                "fuzzy": self.fuzzy, "source_spans": [list(s) for s in self.source_spans],
                "target_spans": [list(s) for s in self.target_spans]}


def parse_terms(words: str | Sequence[str]) -> list[str]:
    """Words and "quoted phrases", lower-cased; a list is taken as given.

    >>> parse_terms('Trade "joint statement"')
    ['trade', 'joint statement']
    >>> parse_terms('an "unbalanced quote')
    ['an', '"unbalanced', 'quote']
    """
    if isinstance(words, str):
        try:
            parts = shlex.split(words)
        except ValueError:  # an unbalanced quote: plain words
            parts = words.split()
    else:
        parts = list(words)
    return [p.strip().lower() for p in parts if p.strip()]


class _Haystack:
    """One segment's sources (or targets) lower-cased and NUL-joined, built on first use."""

    def __init__(self, texts: list[str]) -> None:
        lowered = [t.lower() for t in texts]
        self.text = "\x00".join(lowered)
        self.lowered = lowered

    def units_with(self, term: str) -> list[int]:
        """Ids of the texts containing ``term``, in id order (shortest sources first)."""
        hay, unit, last = self.text, 0, 0
        found: list[int] = []
        pos = hay.find(term)
        while pos != -1:
            unit += hay.count("\x00", last, pos)
            last = pos
            if not found or found[-1] != unit:
                found.append(unit)
            nxt = hay.find("\x00", pos)
            if nxt == -1:
                break
            pos = hay.find(term, nxt)
        return found


class Concordance:
    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self._hay: dict[tuple[int, str], _Haystack] = {}

    def _haystack(self, s: int, side: str) -> _Haystack:
        key = (s, side)
        if key not in self._hay:
            seg = self.segments[s]
            texts = [seg.source(i) if side == "src" else "\n".join(seg.targets(i)) for i in range(seg.n)]
            self._hay[key] = _Haystack(texts)
        return self._hay[key]

    def search(self, words: str | Sequence[str], limit: int = 50) -> list[ConcordanceHit]:
        terms = parse_terms(words)
        if not terms or limit <= 0:
            return []
        found: list[tuple[int, int, int]] = []  # (source length, segment, unit)
        for s, seg in enumerate(self.segments):
            if seg.n:
                found.extend((int(seg.lens[i]), s, i) for i in self._units(s, terms, limit))
        found.sort()
        return [self._hit(s, i, terms) for _, s, i in found[:limit]]

    def _units(self, s: int, terms: list[str], limit: int) -> list[int]:
        src, tgt = self._haystack(s, "src"), self._haystack(s, "tgt")
        alive = self.segments[s].alive
        first = sorted(set(src.units_with(terms[0])) | set(tgt.units_with(terms[0])))
        out = []
        for i in first:
            if alive is not None and not alive[i]:
                continue
            if all(t in src.lowered[i] or t in tgt.lowered[i] for t in terms[1:]):
                out.append(i)
                if len(out) >= limit:
                    break
        return out

    def _hit(self, s: int, i: int, terms: list[str]) -> ConcordanceHit:
        seg = self.segments[s]
        source, targets = seg.source(i), seg.targets(i)
        return ConcordanceHit(source, targets[0], targets, seg.origin(i), bool(seg.flags[i] & FUZZY),
                              spans(source, terms), spans(targets[0], terms))


def spans(text: str, terms: list[str]) -> tuple[tuple[int, int], ...]:
    """Non-overlapping (start, end) spans of the terms in ``text``, in order, any case.

    >>> spans("Trade unions and the trade union", ["trade union"])
    ((0, 11), (21, 32))
    """
    if not terms:
        return ()
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
                         re.IGNORECASE)
    return tuple(m.span() for m in pattern.finditer(text))

