"""Text -> blocks -> sentence segments.

``split_blocks`` finds the translatable blocks of a statement (``blocks.py``), and
``split_sentences`` splits a block into sentences (``sentences.py``): the one seam where the
segmentation of a language is decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.segment.blocks import Block, split_blocks
from workbench.segment.sentences import SRX_LANGUAGES, rules, split_sentences

__all__ = ["SRX_LANGUAGES", "Block", "Segment", "rules", "segment_blocks", "segment_document",
           "split_blocks", "split_sentences"]


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str
    line: int
    block: int  # index of the block it belongs to


def segment_blocks(blocks: list[Block], lang: str, extra_abbreviations: Iterable[str] = ()
                   ) -> list[Segment]:
    """Each block split into sentences; a segment keeps its block's kind, line and index.

    >>> [s.text for s in segment_blocks(split_blocks("Один. Два."), "ru")]
    ['Один.', 'Два.']
    """
    out = []
    for index, block in enumerate(blocks):
        for sentence in split_sentences(block.text, lang, extra_abbreviations):
            out.append(Segment(sentence, block.kind, block.line, index))
    return out


def segment_document(source: str, lang: str, fmt: str = "md",
                     extra_abbreviations: Iterable[str] = ()) -> list[Segment]:
    """The sentence segments of a statement (Markdown, or ``fmt="txt"``), in order.

    >>> for s in segment_document("# Belarus\\n\\nZimin was detained. He was sentenced.", "en"):
    ...     print(s.kind, s.line, s.block, s.text)
    heading 1 0 Belarus
    paragraph 3 1 Zimin was detained.
    paragraph 3 1 He was sentenced.
    """
    return segment_blocks(split_blocks(source, fmt), lang, extra_abbreviations)
