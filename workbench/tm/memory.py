"""TranslationMemory: the public face of the TM for the CLI, the TUI and scripts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from workbench import languages
from workbench.project import Project
from workbench.tm import scoring, shortpass
from workbench.tm.gramindex import window
from workbench.tm.normalize import normalize
from workbench.tm.segment import FUZZY, Segment, context_hash
from workbench.tm.settings import TMSettings, settings_of
from workbench.tm.store import LoadedIndex, open_index


@dataclass(frozen=True)
class Match:
    """A TM match for a query, best first in lookup results.

    ``diff`` describes the query against the match's source (scoring.diff); ``suggestion`` is
    the target with the query's numbers when numbers are all that differ, else the target.
    """

    score: int  # 0..101
    source: str
    target: str
    targets: tuple[str, ...]
    origin: str
    fuzzy: bool
    diff: list[tuple[str, str]] = field(compare=False, hash=False)
    suggestion: str
    imported: bool = False
    ratio: float = 0.0  # the similarity of the normalized sources, 0..1

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "source": self.source, "target": self.target,
                "targets": list(self.targets), "origin": self.origin, "fuzzy": self.fuzzy,
                "suggestion": self.suggestion, "diff": [list(d) for d in self.diff]}


@dataclass(frozen=True)
class Hit:
    """A scored candidate, before it is dressed as a Match (pretranslate and analyze use it)."""

    score: int
    ratio: float
    seg: int
    unit: int
    source: str
    targets: tuple[str, ...]
    fuzzy: bool
    imported: bool

    def order(self) -> tuple:
        return (-self.score, -self.ratio, self.fuzzy, self.imported, self.seg, self.unit)


class TranslationMemory:
    """The memory of one target language: every catalog of the project plus tm/ imports."""

    def __init__(self, project: Project, lang: str, settings: TMSettings, loaded: LoadedIndex) -> None:
        self.project, self.lang, self.settings = project, lang, settings
        self._use(loaded)

    @classmethod
    def for_project(cls, project: Project, lang: str, *, progress: bool | None = None) -> TranslationMemory:
        """Open (building or updating as needed) the index of ``lang`` in project.cache_dir."""
        lang = languages.validate(lang)
        settings = settings_of(project)
        return cls(project, lang, settings, open_index(project, lang, settings, progress=progress))

    def refresh(self, *, progress: bool | None = None) -> str:
        """Pick up changed catalogs and imports; returns '', 'delta' or 'full'."""
        loaded = open_index(self.project, self.lang, self.settings, progress=progress)
        self._use(loaded)
        return loaded.rebuilt

    def _use(self, loaded: LoadedIndex) -> None:
        self.segments: list[Segment] = loaded.segments
        self.files = loaded.files
        self.warnings: list[str] = loaded.warnings
        self.rebuilt = loaded.rebuilt
        self._concordance: Any = None
        self._masks: dict[int, tuple] = {}  # segment number -> shortpass.char_masks

    def __len__(self) -> int:
        return sum(seg.live_count() for seg in self.segments)

    # -- lookup --------------------------------------------------------------------------------
    def lookup(self, text: str, *, limit: int = 5, min_score: int = 70, prev: str | None = None,
               next: str | None = None, exhaustive: bool = False) -> list[Match]:  # noqa: A002
        """The best matches for ``text``, best first, at most one per (source, translation).

        ``prev``/``next`` are the neighbouring segments' sources ('' at a document edge), for
        101% context matches. ``exhaustive`` scores every unit instead of the index's
        candidates (slow; for tests and the benchmark).
        """
        hits = self.hits(text, limit=limit, min_score=min_score, prev=prev, next=next,
                         exhaustive=exhaustive)
        return [self._match(text, hit) for hit in hits]

    def hits(self, text: str, *, limit: int = 5, min_score: int = 70, prev: str | None = None,
             next: str | None = None, exhaustive: bool = False, skip_origin: str | None = None
             ) -> list[Hit]:  # noqa: A002
        if not text.strip() or limit <= 0:
            return []
        query = normalize(text)
        lowest = scoring.min_ratio(min_score)
        ctx = context_hash(prev, next)
        found: dict[tuple, Hit] = {}
        kth = -1
        for r, s, i in self._candidates(text, query, lowest, exhaustive):
            if len(found) >= limit and scoring.base_score(r) + (r >= 1.0) < kth:
                break  # nothing further down can enter the top `limit`
            hit = self._score(text, r, s, i, ctx, skip_origin)
            if hit is None or hit.score < min_score:
                continue
            key = (hit.source, hit.targets)
            if key not in found or hit.order() < found[key].order():
                found[key] = hit
                if len(found) >= limit:
                    kth = sorted((h.score for h in found.values()), reverse=True)[limit - 1]
        return sorted(found.values(), key=Hit.order)[:limit]

    def _candidates(self, text: str, query: str, lowest: float, exhaustive: bool
                    ) -> Iterator[tuple[float, int, int]]:
        """(ratio, segment, unit) of the index's candidates at or above ``lowest``, best first
        (lazily: a lookup usually stops after a few)."""
        ratios, segs, units = [], [], []
        for s, seg in enumerate(self.segments):
            ids = self._segment_candidates(s, text, query, lowest, exhaustive)
            if not len(ids):
                continue
            r = _ratios(seg, query, ids, lowest)
            keep = r >= lowest
            ratios.append(r[keep])
            units.append(ids[keep])
            segs.append(np.full(int(keep.sum()), s, dtype=np.int64))
        if not ratios:
            return
        r, seg_of, unit_of = np.concatenate(ratios), np.concatenate(segs), np.concatenate(units)
        order = np.lexsort((unit_of, seg_of, -r))
        for start in range(0, len(order), 64):
            chunk = order[start:start + 64]
            yield from zip(r[chunk].tolist(), seg_of[chunk].tolist(), unit_of[chunk].tolist(), strict=True)

    def _segment_candidates(self, s: int, text: str, query: str, lowest: float,
                            exhaustive: bool) -> np.ndarray:
        seg = self.segments[s]
        if seg.n == 0:
            return np.empty(0, dtype=np.int64)
        if lowest >= 0.995:  # 100 and 101 need the very same source: no fuzzy search
            ids = np.empty(0, dtype=np.int64)
        elif exhaustive:
            lo, hi = window(seg.lens, len(query), lowest)
            ids = np.arange(lo, hi, dtype=np.int64)
        else:
            ids = seg.index.candidates(query, lowest, self.settings.candidates)
            lo, hi = window(seg.lens, len(query), lowest)
            if shortpass.applies(query, lowest) and hi - lo > self.settings.candidates:
                # A short query's best match may share no 3-gram with it.
                more = shortpass.candidates(self._char_masks(s), seg.lens, query, lo, hi, lowest,
                                            self.settings.candidates)
                ids = np.unique(np.concatenate((ids, more)))
        same = seg.exact(text)
        if len(same):  # identical sources always take part (ids are sorted)
            at = np.minimum(ids.searchsorted(same), max(len(ids) - 1, 0))
            missing = same if not len(ids) else same[ids[at] != same]
            ids = np.concatenate((ids, missing))
        if seg.alive is not None and len(ids):
            ids = ids[seg.alive[ids]]
        return ids

    def _char_masks(self, s: int) -> tuple[np.ndarray, np.ndarray]:
        masks = self._masks.get(s)
        if masks is None:  # built on the first short query (tens of ms at 1M units)
            seg = self.segments[s]
            masks = self._masks[s] = shortpass.char_masks(seg.norms, seg.lens)
        return masks

    def _score(self, text: str, r: float, s: int, i: int, ctx: int, skip_origin: str | None) -> Hit | None:
        seg = self.segments[s]
        if skip_origin is not None and seg.origin(i) == skip_origin:
            return None
        source = seg.source(i)
        fuzzy = bool(seg.flags[i] & FUZZY)
        imported = seg.imported(i)
        score = scoring.score(text, source, r, self.settings)
        score -= self.settings.fuzzy_penalty if fuzzy else 0
        score -= self.settings.import_penalty if imported else 0
        if score == 100 and ctx and int(seg.ctx[i]) == ctx:
            score = 101
        return Hit(max(score, 0), r, s, i, source, seg.targets(i), fuzzy, imported)

    def origin(self, hit: Hit) -> str:
        """Where ``hit`` comes from: a statement, a tm/ file or the shared memory."""
        return self.segments[hit.seg].origin(hit.unit)

    def _match(self, text: str, hit: Hit) -> Match:
        target = hit.targets[0] if hit.targets else ""
        return Match(hit.score, hit.source, target, hit.targets, self.origin(hit), hit.fuzzy,
                     scoring.diff(text, hit.source),
                     scoring.substitute_numbers(text, hit.source, target), hit.imported, hit.ratio)

    # -- concordance ---------------------------------------------------------------------------
    def concordance(self, words: str | Sequence[str], limit: int = 50) -> list:
        """Units whose source or target contains every word or "quoted phrase" (any case)."""
        from workbench.tm.concordance import Concordance

        if self._concordance is None:
            self._concordance = Concordance(self.segments)
        return self._concordance.search(words, limit)


def _ratios(seg: Segment, query: str, ids: np.ndarray, lowest: float = 0.0) -> np.ndarray:
    """The normalized-source ratio of each unit in ``ids`` (exactly scoring.ratio) when it is
    at least ``lowest``; a lower value otherwise (the distance is only counted that far)."""
    picked = ids.tolist()
    strings = itemgetter(*picked)(seg.norms) if len(picked) > 1 else (seg.norms[picked[0]],)
    total = len(query) + seg.lens[ids].astype(np.int64)
    cutoff = int((1.0 - lowest) * int(total.max())) + 1
    dist = process.cdist([query], strings, scorer=Indel.distance, dtype=np.int32, workers=1,
                         score_cutoff=cutoff)[0]
    return np.where(total > 0, 1.0 - dist / np.maximum(total, 1), 1.0)
