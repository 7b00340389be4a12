"""Alignment: a statement and its published translation, sentence by sentence.

    from workbench.align import Side, align, align_many
    result = align(Side(english_md, "en"), Side(russian_md, "ru"))
    [(link.kind, link.src, link.tgt, link.confidence) for link in result.links]

``document`` segments and pairs paragraphs, then sentences; ``galechurch`` is the dynamic
programme (lengths and ``anchors``); ``lexicon`` the word table learnt from the pairs and the
TM; ``output`` writes catalogs, TMX and the table; ``project`` brings the project's segmenter
rules, glossary and memory.
"""

from workbench.align.document import Alignment, Link, Side, align, align_many

__all__ = ["Alignment", "Link", "Side", "align", "align_many"]
