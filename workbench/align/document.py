"""Two versions of one statement, aligned: blocks (paragraphs, headings, items) first, then
the sentences inside each pair of blocks.

Both sides are split by the project's segmenter, so the sentences are the ones the catalogs
hold. Each link names its source and target sentences, its kind (1–1, 2–1, …), a
confidence between 0 and 1, and whether it is confident enough to be taken as translated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from workbench.align.anchors import Terms, anchors_of, visible
from workbench.align.galechurch import Aligner, Bead, Unit, _norm_cdf
from workbench.align.lexicon import Lexicon
from workbench.segment import split_blocks, split_sentences

TMHint = Callable[[str], list[str]]  # a source sentence -> translations the TM knows for it
CONFIDENT = 0.5
TM_WEIGHT = 6.0  # nats for a TM translation just like the target
LEXICON_WEIGHT = 15.0  # nats for two sentences whose every word translates the other's
Similar = Callable[[Sequence[int], Sequence[int]], float]


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int
    kind: str
    line: int


@dataclass(frozen=True)
class Link:
    src: tuple[int, ...]  # sentence indices on each side; one side empty for 1–0 and 0–1
    tgt: tuple[int, ...]
    crossed: bool
    confidence: float

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}" + ("x" if self.crossed else "")

    @property
    def confident(self) -> bool:
        return len(self.src) == 1 and len(self.tgt) == 1 and self.confidence >= CONFIDENT

    def pairs(self) -> list[tuple[int, int]]:
        if self.crossed:
            return [(self.src[0], self.tgt[1]), (self.src[1], self.tgt[0])]
        return [(s, t) for s in self.src for t in self.tgt]


@dataclass
class Alignment:
    source: list[Sentence]
    target: list[Sentence]
    links: list[Link] = field(default_factory=list)

    def pairs(self) -> set[tuple[int, int]]:
        return {pair for link in self.links for pair in link.pairs()}


@dataclass
class Side:
    """One document to align: its text, format (md or txt), language and term finder."""

    text: str
    lang: str
    fmt: str = "md"
    terms: Terms | None = None
    abbreviations: Iterable[str] = ()


def sentences_of(side: Side) -> list[Sentence]:
    out = []
    extra = tuple(side.abbreviations)
    for index, block in enumerate(split_blocks(side.text, side.fmt)):
        for text in split_sentences(block.text, side.lang, extra):
            out.append(Sentence(text, index, block.kind, block.line))
    return out


def align(source: Side, target: Side, tm: TMHint | None = None,
          known_pairs: Iterable[tuple[str, str]] = ()) -> Alignment:
    """Align two versions of a document, blocks first, then sentences inside block pairs.

    >>> en = "# Belarus\\n\\nZimin got 25 days. Sereda got 12 days. Both appealed."
    >>> ru = "# Беларусь\\n\\nЗимин получил 25 суток. Оба подали апелляцию."
    >>> [(link.kind, link.src, link.tgt) for link in align(Side(en, "en"), Side(ru, "ru")).links]
    [('1-1', (0,), (0,)), ('1-1', (1,), (1,)), ('1-0', (2,), ()), ('1-1', (3,), (2,))]
    """
    return align_many([(source, target)], tm, known_pairs)[0]


def align_many(pairs: list[tuple[Side, Side]], tm: TMHint | None = None,
               known_pairs: Iterable[tuple[str, str]] = ()) -> list[Alignment]:
    """Align document pairs of one language pair (an archive) in two passes, as Moore (2002):
    length and anchors first; then a word-translation table learnt from the pairs that pass
    found (1–1 and confident) and from ``known_pairs`` (the TM's units) adds lexical evidence."""
    docs = [_Doc(source, target, tm) for source, target in pairs]
    first = [doc.run(None) for doc in docs]
    if not pairs:
        return []
    learnt = [(doc.src[link.src[0]].text, doc.tgt[link.tgt[0]].text)
              for doc, result in zip(docs, first, strict=True)
              for link in result.links if link.confident]
    lexicon = Lexicon.train([*learnt, *known_pairs], pairs[0][0].lang, pairs[0][1].lang)
    return [doc.run(lexicon) for doc in docs]


class _Doc:
    def __init__(self, source: Side, target: Side, tm: TMHint | None) -> None:
        self.src, self.tgt = sentences_of(source), sentences_of(target)
        self.s_units = [_unit(s, source) for s in self.src]
        self.t_units = [_unit(t, target) for t in self.tgt]
        total_s = sum(u.length for u in self.s_units) or 1
        self.ratio = (sum(u.length for u in self.t_units) or 1) / total_s
        self.tm = _similarity(self.src, self.tgt, tm) if tm else None

    def evidence(self, lexicon: Lexicon | None) -> Similar | None:
        """Nats of evidence for pairing sentences beyond their lengths and anchors."""
        tm, src, tgt = self.tm, self.src, self.tgt
        if lexicon is None and tm is None:
            return None

        def score(si: Sequence[int], ti: Sequence[int]) -> float:
            total = TM_WEIGHT * tm(si, ti) if tm is not None else 0.0
            if lexicon is not None:
                total += LEXICON_WEIGHT * lexicon.similarity(" ".join(src[i].text for i in si),
                                                              " ".join(tgt[j].text for j in ti))
            return total

        return score

    def run(self, lexicon: Lexicon | None) -> Alignment:
        src, tgt, s_units, t_units = self.src, self.tgt, self.s_units, self.t_units
        similar = self.evidence(lexicon)
        s_blocks, t_blocks = _group(src), _group(tgt)
        block_beads = Aligner([_block_unit(b, s_units) for b in s_blocks],
                              [_block_unit(b, t_units) for b in t_blocks], None, self.ratio).run()
        result = Alignment(src, tgt)
        for bead in block_beads:
            si = [i for b in bead.src for i in s_blocks[b]]
            ti = [j for b in bead.tgt for j in t_blocks[b]]
            if not si or not ti:
                result.links += [Link((i,), (), False, 0.0) for i in si]
                result.links += [Link((), (j,), False, 0.0) for j in ti]
                continue
            local = None if similar is None else _local(similar, si, ti)
            beads = Aligner([s_units[i] for i in si], [t_units[j] for j in ti], local, self.ratio).run()
            result.links += [_link(b, si, ti, local) for b in beads]
        return result


def _unit(sentence: Sentence, side: Side) -> Unit:
    text = visible(sentence.text)
    return Unit(len(text), anchors_of(text, side.lang, side.terms), sentence.kind)


def _group(sentences: list[Sentence]) -> list[list[int]]:
    blocks: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        blocks.setdefault(sentence.block, []).append(index)
    return list(blocks.values())


def _block_unit(indices: list[int], units: list[Unit]) -> Unit:
    total = units[indices[0]].anchors
    for i in indices[1:]:
        total = total + units[i].anchors
    return Unit(sum(units[i].length for i in indices), total, units[indices[0]].kind)


def _similarity(src: list[Sentence], tgt: list[Sentence], tm: TMHint) -> Similar:
    """How like the target the TM's translations of the source are (0 below half alike)."""
    from rapidfuzz import fuzz

    hints: dict[int, list[str]] = {}

    def similar(si: Sequence[int], ti: Sequence[int]) -> float:
        if len(si) != 1:
            return 0.0
        if si[0] not in hints:
            hints[si[0]] = tm(src[si[0]].text)
        target = " ".join(tgt[j].text for j in ti)
        best = max((fuzz.ratio(h, target) / 100 for h in hints[si[0]]), default=0.0)
        return max(0.0, (best - 0.5) * 2)

    return similar


def _local(similar: Similar, si: list[int], ti: list[int]) -> Similar:
    return lambda a, b: similar([si[k] for k in a], [ti[k] for k in b])


def _link(bead: Bead, si: list[int], ti: list[int], similar: Similar | None) -> Link:
    src = tuple(si[k] for k in bead.src)
    tgt = tuple(ti[k] for k in bead.tgt)
    if not src or not tgt:
        return Link(src, tgt, False, 0.0)
    p = 2.0 * (1.0 - _norm_cdf(abs(bead.delta)))
    confidence = math.sqrt(p) * (0.5 if bead.missing else 1.0)
    confidence = 1.0 - (1.0 - confidence) * 0.6 ** min(bead.shared, 5)
    if similar is not None:
        confidence = 1.0 - (1.0 - confidence) * math.exp(-similar(bead.src, bead.tgt) / 3)
    if len(src) + len(tgt) > 2:
        confidence *= 0.8
    return Link(src, tgt, bead.crossed, round(confidence, 3))
